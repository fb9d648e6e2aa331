package org.verbatim.extract.common;


/** Keys for comparing texts loosely, shared by the HTML and the scraped-text extractors. */
public final class TextKey {
    /** Runs of anything but letters and digits: what separates words when texts are compared word by word. */
    public static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextKey() {
    }

    /**
     * {@code s} reduced to its letters and digits, lower-cased: "Storm – Live!" and "storm live" get the same key.
     * Compares headlines, lines and names across punctuation, spacing and case.
     */
    public static String loose(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Chars.isLetterOrDigit(c)) {
                sb.append(Chars.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
