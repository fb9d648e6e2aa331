package org.verbatim.extract.html.dom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductNoticesTest {
    /** The texts of the segments that are not notices. */
    private static List<String> left(String body) {
        return Furnished.left(body, (a, kept) -> ProductNotices.inside(a.segments()));
    }

    @Test
    void errorMessagesSignInPromptsAndBareAddressesAreNotices() {
        List<String> left = left("<h1>Staple Tee</h1><p>A regular fit tee of combed cotton.</p>"
                + "<div><h2>Oops! Looks like we're having trouble connecting to our server.</h2>"
                + "<p>Refresh your browser window to try again.</p></div>"
                + "<p>Sign in to add this item to your wishlist.</p>"
                + "<dl><dt>Thumbnail</dt><dd>https://cdn.example.com/images/tee_bone_thumb.jpg</dd></dl>"
                + "<p>Fabric: cotton</p>");
        assertThat(left).containsExactly("Staple Tee", "A regular fit tee of combed cotton.", "Thumbnail",
                "Fabric: cotton");
    }

    @Test
    void phrasesMatchWholeWordsInShortSegmentsOnly() {
        assertThat(ProductNotices.notice("We use cookies to improve your experience.")).isTrue();
        assertThat(ProductNotices.notice("Nous utilisons des cookies.")).isTrue();
        assertThat(ProductNotices.notice("Seller's other items")).isTrue();
        assertThat(ProductNotices.notice("Seen all over town")).isFalse();
        assertThat(ProductNotices.notice("A retry button: try it again")).isFalse();
        assertThat(ProductNotices.notice("See https://example.com/manual for the manual")).isFalse();
        String longText = "This chainsaw is easy to start, and if it stalls you simply try again. ".repeat(6);
        assertThat(ProductNotices.notice(longText)).isFalse();
    }
}
