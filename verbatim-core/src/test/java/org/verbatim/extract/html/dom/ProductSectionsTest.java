package org.verbatim.extract.html.dom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductSectionsTest {
    /** The texts of the segments outside the sections named furniture. */
    private static List<String> left(String body) {
        return Furnished.left(body, (a, kept) -> ProductSections.inside(a.segments()));
    }

    @Test
    void aSectionNamedForOtherProductsEndsAtTheNextHeadingOfItsLevel() {
        List<String> left = left("<h1>Staple Tee</h1><p>A regular fit tee of combed cotton.</p>"
                + "<h2>Similar items</h2><p>Heavy Tee</p><h3>Faded Tee</h3><p>Boxy Tee</p>"
                + "<h2>Specifications</h2><p>Fabric: cotton</p>");
        assertThat(left).containsExactly("Staple Tee", "A regular fit tee of combed cotton.", "Specifications",
                "Fabric: cotton");
    }

    @Test
    void aDeeperHeadingDoesNotCloseTheSectionButAHigherOneDoes() {
        List<String> left = left("<h3>Customers also bought</h3><p>Mug</p><h4>Socks</h4><p>Cap</p>"
                + "<h2>Details</h2><p>Made in Portugal</p>");
        assertThat(left).containsExactly("Details", "Made in Portugal");
    }

    @Test
    void phrasesMatchWholeWordsInHeadingsOnly() {
        assertThat(ProductSections.names("People who viewed this item ALSO VIEWED")).isTrue();
        assertThat(ProductSections.names("Frequently asked questions")).isTrue();
        assertThat(ProductSections.names("29 reviews for Minimalist Sandals")).isTrue();
        assertThat(ProductSections.names("Déjà vus")).isTrue();
        assertThat(ProductSections.names("Recommended")).isFalse();
        assertThat(ProductSections.names("Customer reviews")).isFalse();
        assertThat(ProductSections.names("Dissimilar itemsets")).isFalse();
        assertThat(left("<p>Similar items</p><p>More</p>")).hasSize(2);
    }
}
