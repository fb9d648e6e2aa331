package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.jsoup.internal.StringUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The canonical link's shortcut: a URL it passes as plain must be exactly what resolving it would give. */
class PlainAbsoluteUrlTest {
    @Test
    void passesOnlyPlainHttpUrls() {
        assertThat(MetadataReader.isPlainAbsolute("https://news.example/2024/story?id=3#top")).isTrue();
        assertThat(MetadataReader.isPlainAbsolute("/2024/story")).isFalse();
        assertThat(MetadataReader.isPlainAbsolute("HTTPS://news.example/")).isFalse();
        assertThat(MetadataReader.isPlainAbsolute("https://news.example/a/../b")).isFalse();
        assertThat(MetadataReader.isPlainAbsolute("https://news.example/a b")).isFalse();
        assertThat(MetadataReader.isPlainAbsolute("https://bücher.example/")).isFalse();
    }

    static LongStream seeds() {
        return LongStream.range(0, 500).map(i -> 4_242L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aPlainUrlResolvesToItself(long seed) {
        Random random = new Random(seed);
        String alphabet = "abcXYZ019/?#=&%.-_~:@!$'()*+,;[]";
        StringBuilder sb = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
        sb.append(random.nextBoolean() ? "news.example" : "Sub.News.example:8080");
        sb.append(random.nextInt(4) == 0 ? "" : "/");
        for (int i = 0, n = random.nextInt(40); i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String href = sb.toString();
        if (MetadataReader.isPlainAbsolute(href)) {
            assertThat(StringUtil.resolve("https://base.example/dir/page.html", href)).as("seed %d", seed)
                    .isEqualTo(href);
        }
    }
}
