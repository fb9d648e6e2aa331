package org.verbatim.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds whether a string contains one of a few lower-case ASCII fragments, ignoring case, without allocating: the
 * fragments are grouped by first letter, so most positions of the string cost one array lookup. Used on the class
 * and id of every element in the DOM pass, where lower-casing or a regex per element would cost more than the rest.
 */
final class FragmentMatcher {
    private final String[][] byFirst = new String[128][];

    /** A matcher of {@code fragments}: lower-case, non-empty, starting with an ASCII character. */
    FragmentMatcher(List<String> fragments) {
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            groups.add(new ArrayList<>());
        }
        for (String f : fragments) {
            if (f.isEmpty() || f.charAt(0) >= 128 || !f.equals(f.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("fragment must be lower-case ASCII-initial: '" + f + "'");
            }
            groups.get(f.charAt(0)).add(f);
        }
        for (int i = 0; i < 128; i++) {
            byFirst[i] = groups.get(i).isEmpty() ? null : groups.get(i).toArray(new String[0]);
        }
    }

    /** Whether {@code value} contains a fragment, ignoring case. */
    boolean matches(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            String[] candidates = c < 128 ? byFirst[c] : null;
            if (candidates != null) {
                for (String f : candidates) {
                    if (value.regionMatches(true, i, f, 0, f.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
