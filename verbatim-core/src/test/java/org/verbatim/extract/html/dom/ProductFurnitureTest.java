package org.verbatim.extract.html.dom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ProductFurnitureTest {
    private static final String DESCRIPTION = "<p>A regular fit tee crafted from heavy combed cotton, preshrunk.</p>";
    private static final String REVIEW = "<p>I bought three of these and they wash well, five stars from me.</p>";


    /** The texts of the segments not in furniture, all segments kept. */
    private static List<String> left(String body) {
        return Furnished.left(body, (a, kept) -> ProductFurniture.inside(a.segments(), kept, a.stats()));
    }

    @Test
    void reviewsAndOtherProductsAreFurnitureAndTheDescriptionIsNot() {
        List<String> left = left("<div class='product-description'>" + DESCRIPTION + "</div>"
                + "<section id='customer-reviews'>" + REVIEW + "</section>"
                + "<div class='upsell-grid'><p>Heavy Tee in black</p></div>");
        assertThat(left).containsExactly(Jsoup.parse(DESCRIPTION).text());
    }

    @Test
    void tooltipsPopoversAndDialogsAreFurniture() {
        List<String> left = left("<div class='product-description'>" + DESCRIPTION + "</div>"
                + "<span class='price-tooltip__content'><p>Found a lower price elsewhere? Let us know.</p></span>"
                + "<div class='membership-popover'><p>Join the club and save on every order.</p></div>"
                + "<div id='guarantee-modal'><p>Shop with confidence: money back on every order.</p></div>"
                + "<div class='tooltipster'><p>Cotton from organic farms</p></div>");
        assertThat(left).containsExactly(Jsoup.parse(DESCRIPTION).text(), "Cotton from organic farms");
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
    void aSegmentOfAPrunedBlockIsStillInsideTheOtherProductsAroundIt() {
        // the social box is pruned as boilerplate, which detaches it from the DOM: its text is still in the upsells
        DomAnalyzer.Analysis a = Furnished.analysis(DESCRIPTION + "<section class='upsell-grid'><div class='social'>"
                + "<p>Heavy Tee in black, also in white and grey</p></div></section>");
        List<Segment> s = a.segments();
        assertThat(s).hasSize(2);
        assertThat(s.get(1).pruned).isPositive();
        assertThat(s.get(1).owner.parent().parent()).isNull();
        assertThat(ProductFurniture.inside(s, new boolean[] {true, true}, a.stats())).containsExactly(false, true);
    }

    @Test
    void customersWordsCountOnlyWhereTheyStillStandAfterPruning() {
        DomAnalyzer.Analysis pruned = Furnished.analysis(DESCRIPTION + "<section id='customer-reviews'><div class='social'>"
                + REVIEW + "</div></section>");
        assertThat(pruned.segments().get(1).pruned).isPositive();
        assertThat(ProductFurniture.inside(pruned.segments(), new boolean[] {true, true}, pruned.stats()))
                .containsExactly(false, false);
        DomAnalyzer.Analysis shown = Furnished.analysis(DESCRIPTION + "<section id='customer-reviews'><div class='quote'>"
                + REVIEW + "</div></section>");
        assertThat(ProductFurniture.inside(shown.segments(), new boolean[] {true, true}, shown.stats()))
                .containsExactly(false, true);
    }

    @Test
    void carouselsAndOtherProductsAreFurniture() {
        assertThat(left("<div class='product-carousel'><p>Heavy Tee in black</p></div>" + DESCRIPTION)).hasSize(1);
        assertThat(left("<div id='more-products'><p>Heavy Tee in black</p></div>" + DESCRIPTION)).hasSize(1);
    }

    @Test
    void onlyKeptSegmentsAreMarked() {
        DomAnalyzer.Analysis a = Furnished.analysis(DESCRIPTION + "<div class='reviews'>" + REVIEW + "</div>");
        assertThat(ProductFurniture.inside(a.segments(), new boolean[] {true, false}, a.stats()))
                .containsExactly(false, false);
    }
}
