package org.verbatim.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.Verbatim;
import org.verbatim.model.Article;
import org.verbatim.model.Timestamp;

/**
 * Pages whose date metadata lies or is missing (small pages written for this test, under {@code lying/}). The rule
 * is "the right answer or none": a declared date that disagrees with a lone shown date stays (shown dates also come
 * from teasers and comments), a dateline that other sources back wins, future dates are dropped, an update stamp is
 * never the publication, a UTC stamp is put back on the page's local day, and a page with no date gives none.
 */
class LyingMetadataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # page,                       url,                                                  published,                  modified
            ld-vs-lone-dateline.html,     https://news.example.com/harbour-board,               2024-05-03T10:00+01:00,     -
            ld-vs-backed-dateline.html,   https://news.example.com/harbour-board,               2024-03-14,                 -
            updated-above-headline.html,  https://news.example.com/hafen,                       2024-03-01,                 2024-03-03T18:10
            future-declared.html,         https://news.example.com/harbour-board,               2021-06-04,                 -
            url-only.html,                https://news.example.com/2019/06/17/harbour-board,    2019-06-17,                 -
            no-date.html,                 https://news.example.com/harbour-board,               -,                          -
            utc-evening.html,             https://news.example.com/2023/11/08/harbour-board,    2023-11-08,                 -
            utc-with-local-twin.html,     https://news.example.com/harbour-board,               2023-11-08T22:28:35-05:00,  2023-11-09T04:01Z
            """)
    void givesTheRightDateOrNone(String page, String url, String published, String modified) throws IOException {
        Article a = Verbatim.extractHtml(read(page), url);
        assertThat(text(a.published())).as("published").isEqualTo(published);
        assertThat(text(a.modified())).as("modified").isEqualTo(modified);
    }

    private static String text(Timestamp t) {
        return t == null ? null : t.toString();
    }

    private static String read(String name) throws IOException {
        try (InputStream in = LyingMetadataTest.class.getResourceAsStream("lying/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
