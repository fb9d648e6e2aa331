package org.verbatim.extract.html.dom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArticleFurnitureTest {
    private static final String STORY = "<p>The council voted on Tuesday to close the old bridge to lorries until "
            + "repairs are done next spring.</p>";
    private static final String BIO = "<p>Jane Doe covers local politics and transport for the paper.</p>";


    /** The texts of the segments not in furniture, all segments kept. */
    private static List<String> left(String body) {
        return Furnished.left(body, (a, kept) -> ArticleFurniture.inside(a.segments(), kept, a.stats()));
    }

    @Test
    void aBiographyADisclaimerACallToActionAndAnAuthorBoxAreFurnitureAndTheStoryIsNot() {
        List<String> left = left("<div class='entry-content'>" + STORY + STORY + "</div>"
                + "<div class='author-bio'>" + BIO + "</div>"
                + "<div id='legal-disclaimer'><p>Nothing here is financial advice.</p></div>"
                + "<section class='cta-box'><p>Try our planner free for 14 days.</p></section>"
                + "<div class='post-author'><h3>About Jane</h3></div>");
        assertThat(left).containsExactly(Jsoup.parse(STORY).text(), Jsoup.parse(STORY).text());
    }

    @Test
    void aNameMustBeAWholePartOfTheClassOrId() {
        // "biology" and "unrelated" hold "bio" and "related" only as letters, not as parts of the name
        assertThat(left("<div class='biology-notes'>" + BIO + "</div><div id='unrelated'>" + STORY + "</div>"
                + STORY + STORY)).hasSize(4);
    }

    @Test
    void aContainerOfTheHeadingOrOfMostOfTheKeptTextIsTheStoryItself() {
        assertThat(left("<article class='post has-related'><h1>Bridge closed</h1>" + STORY + "</article>"
                + "<p>" + "Lorries will be diverted through the ring road. ".repeat(8) + "</p>")).hasSize(3);
        assertThat(left("<div class='post related-enabled'>" + STORY + STORY + STORY + "</div>" + BIO))
                .hasSize(4);
        assertThat(left("<aside class='related-stories'>" + BIO + "</aside>" + STORY + STORY)).hasSize(2);
    }
}
