package org.verbatim.extract.html;

/**
 * Chooses the standfirst between the dek found in the markup and the page's declared description. The dek is the
 * visible, complete text, so it wins when the description confirms it (shares most of its words) or when there is no
 * description; a dek the description does not confirm is often a teaser, a comment-form prompt or an opinion label,
 * and the description, written as the summary, is taken instead.
 */
final class StandfirstChooser {
    /** Share of the description's words a dek must contain to be confirmed. */
    static final double MIN_AGREEMENT = 0.5;

    private StandfirstChooser() {
    }

    /** The standfirst, or {@code null}. */
    static String choose(String dek, String description) {
        if (dek == null || description == null) {
            return dek != null ? dek : description;
        }
        return TitleReconciler.overlap(description, dek) >= MIN_AGREEMENT ? dek : description;
    }
}
