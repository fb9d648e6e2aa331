package org.verbatim.index;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Stable, URL-safe ids for speakers and entities, derived from their names: the one identity of a speaker for every
 * reader of the index (the CLI's {@link ArticleSearch#speakers} and the web app alike).
 */
public final class Ids {
    private Ids() {
    }

    /**
     * The id of a name: NFKC, lower case, runs of anything but letters and digits as one {@code -}
     * ("Dr. Anna Weber" and "dr anna weber" both give {@code dr-anna-weber}); {@code ""} when no letter or digit is left.
     */
    public static String of(String name) {
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        boolean dash = false;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                sb.appendCodePoint(cp);
                dash = false;
            } else {
                dash = true;
            }
        }
        return sb.toString();
    }
}
