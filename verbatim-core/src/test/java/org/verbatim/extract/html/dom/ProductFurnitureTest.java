package org.verbatim.extract.html.dom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.html.Pages;
import org.verbatim.extract.html.meta.PageIndex;

class ProductFurnitureTest {
    private static final String DESCRIPTION = "<p>A regular fit tee crafted from heavy combed cotton, preshrunk.</p>";
    private static final String REVIEW = "<p>I bought three of these and they wash well, five stars from me.</p>";

    private static List<Segment> segments(String body) {
        Document doc = Jsoup.parse(Pages.page("<title>t</title>", body));
        return DomAnalyzer.analyze(doc.body(), PageIndex.ofHead(doc, Pages.TODAY)).segments();
    }

    /** The texts of the segments not in furniture, all segments kept. */
    private static List<String> left(String body) {
        List<Segment> s = segments(body);
        boolean[] kept = new boolean[s.size()];
        Arrays.fill(kept, true);
        boolean[] furniture = ProductFurniture.inside(s, kept);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!furniture[i]) {
                out.add(s.get(i).text());
            }
        }
        return out;
    }

    @Test
    void reviewsAndOtherProductsAreFurnitureAndTheDescriptionIsNot() {
        List<String> left = left("<div class='product-description'>" + DESCRIPTION + "</div>"
                + "<section id='customer-reviews'>" + REVIEW + "</section>"
                + "<div class='upsell-grid'><p>Heavy Tee in black</p></div>");
        assertThat(left).containsExactly(Jsoup.parse(DESCRIPTION).text());
    }

    @Test
    void aContainerOfTheHeadingOrOfMostOfTheTextIsTheProductItself() {
        String withHeading = "<div class='product has-reviews'><h1>Staple Tee</h1>" + DESCRIPTION + "</div>"
                + "<div class='other'><p>" + "Sizes run true. ".repeat(30) + "</p></div>";
        assertThat(left(withHeading)).hasSize(3);
        String most = "<div class='product reviews-enabled'>" + DESCRIPTION + DESCRIPTION + "</div><p>Price 20</p>";
        assertThat(left(most)).hasSize(3);
        assertThat(left("<div class='reviews-list'>" + REVIEW + "</div>" + DESCRIPTION)).hasSize(1);
    }

    @Test
    void aContainerNamedAlsoForTheProductsOwnTextIsNotFurniture() {
        assertThat(left("<div id='press_reviews' class='area_description'>" + REVIEW + "</div>" + DESCRIPTION))
                .hasSize(2);
    }

    @Test
    void onlyKeptSegmentsAreMarked() {
        List<Segment> s = segments(DESCRIPTION + "<div class='reviews'>" + REVIEW + "</div>");
        assertThat(ProductFurniture.inside(s, new boolean[] {true, false})).containsExactly(false, false);
    }
}
