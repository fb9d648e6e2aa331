package org.verbatim.extract.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {

    /**
     * {@code s} as a page that encoded it in UTF-8 twice shows it: its bytes read in {@code charset}, a byte that
     * Windows-1252 leaves undefined read as the control character of its value (as browsers read it).
     */
    private static String twice(String s, Charset charset) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, charset);
            out.append(c.equals("\ufffd") ? String.valueOf((char) (b & 0xff)) : c);
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A DIY Investor’s Guide", "Café “Müller” – naïve", "Zürich Ärger", "Łódź", "日本語のタイトル"})
    void textEncodedTwiceIsRepairedWhicheverCharsetReadItTheSecondTime(String s) {
        assertThat(Mojibake.repair(twice(s, StandardCharsets.ISO_8859_1))).isEqualTo(s);
        assertThat(Mojibake.repair(twice(s, Charset.forName("windows-1252")))).isEqualTo(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Café Müller", "naïve façade", "Â©2024 Ü", "plain ASCII", "", "Â"})
    void textAsWrittenStaysAsItIs(String s) {
        assertThat(Mojibake.repair(s)).isEqualTo(s);
    }

    @Test
    void nullStaysNullAndSeededTextsSurviveARoundTrip() {
        assertThat(Mojibake.repair(null)).isNull();
        Random random = new Random(15);
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 12; j++) {
                sb.append((char) (0x20 + random.nextInt(0x24f - 0x20)));
            }
            String s = sb.toString();
            String repaired = Mojibake.repair(twice(s, StandardCharsets.ISO_8859_1));
            assertThat(repaired).as("seeded text %d", i).isEqualTo(s);
            assertThat(Mojibake.repair(repaired)).as("a second repair changes nothing").isEqualTo(s);
        }
    }
}
