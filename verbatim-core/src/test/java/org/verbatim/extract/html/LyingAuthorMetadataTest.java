package org.verbatim.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.model.Article;

/**
 * Pages whose author metadata lies or is dressed up: the site's name, a desk ("Staff", "Redaktion"), an
 * organisation, an agency, roles, e-mail addresses and handles where a person's name should be. Each page states
 * the authors and agencies a reader would credit.
 */
class LyingAuthorMetadataTest {
    private static final String SITE = "<meta property='og:site_name' content='Example News'>";

    private static Article page(String head, String body) {
        return Pages.extract(Pages.page("<title>Council votes on budget</title>" + SITE + head,
                "<article><h1>Council votes on budget</h1>" + body + Pages.paras(1, 3) + "</article>"));
    }

    private static String ld(String authorJson) {
        return "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":" + authorJson
                + "}</script>";
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("meta author is the site name",
                        "<meta name='author' content='Example News'>", "", List.of(), List.of()),
                Arguments.of("meta author is the site's host",
                        "<meta name='author' content='news.example.com'>", "", List.of(), List.of()),
                Arguments.of("author is Staff",
                        "<meta name='author' content='Staff'>", "", List.of(), List.of()),
                Arguments.of("author is a desk with the site's name",
                        "<meta name='author' content='Example News Staff'>", "", List.of(), List.of()),
                Arguments.of("author is Redaktion",
                        "<meta name='author' content='Redaktion'>", "", List.of(), List.of()),
                Arguments.of("JSON-LD author is an Organization (the publisher)",
                        ld("{\"@type\":\"Organization\",\"name\":\"Example Media Group\"}"), "", List.of(),
                        List.of()),
                Arguments.of("JSON-LD author is an agency Organization",
                        ld("{\"@type\":\"Organization\",\"name\":\"Reuters\"}"), "", List.of(), List.of("Reuters")),
                Arguments.of("JSON-LD Organization author gives way to the visible byline",
                        ld("{\"@type\":\"Organization\",\"name\":\"Example News\"}"),
                        "<p class='byline'>By Jane Doe</p>", List.of("Jane Doe"), List.of()),
                Arguments.of("agency after the name in the byline",
                        "", "<p class='byline'>By Jane Doe, AP</p>", List.of("Jane Doe"),
                        List.of("Associated Press")),
                Arguments.of("agency in parentheses in the author meta",
                        "<meta name='author' content='Jane Doe (dpa)'>", "", List.of("Jane Doe"), List.of("dpa")),
                Arguments.of("agency alone in the byline",
                        "", "<p class='byline'>By The Associated Press</p>", List.of(),
                        List.of("Associated Press")),
                Arguments.of("two names joined by 'and' with a role",
                        "", "<p class='byline'>By Ann Poe and John Roe, Chief Correspondent</p>",
                        List.of("Ann Poe", "John Roe"), List.of()),
                Arguments.of("role before the name",
                        "<meta name='author' content='Senior Political Correspondent Jane Doe'>", "",
                        List.of("Jane Doe"), List.of()),
                Arguments.of("e-mail and handle in the byline",
                        "", "<div class='byline'><a href='/p/jd'>Jane Doe</a> jane.doe@example.com @janedoe</div>",
                        List.of("Jane Doe"), List.of()),
                Arguments.of("date and reading time in the byline",
                        "", "<div class='byline'>Von Max Muster | Updated 3 May 2024 | 4 Minute Read</div>",
                        List.of("Max Muster"), List.of()),
                Arguments.of("agency named only in the dateline",
                        "<meta name='author' content='Jane Doe'>",
                        "<p>BERLIN (dpa/AFP) - Der Rat hat am Dienstag abgestimmt, und die Mehrheit war knapp.</p>",
                        List.of("Jane Doe"), List.of("dpa", "AFP")),
                Arguments.of("all-capitals desk line after the name",
                        "", "<p class='author'>von David Roe, EXAMPLE THURINGIA</p>", List.of("David Roe"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void authorsAndAgenciesAreWhatAReaderWouldCredit(String label, String head, String body, List<String> authors,
                                                     List<String> agencies) {
        Article a = page(head, body);
        assertThat(a.authors()).as(label + ": authors").containsExactlyElementsOf(authors);
        assertThat(a.agencies()).as(label + ": agencies").containsExactlyElementsOf(agencies);
    }
}
