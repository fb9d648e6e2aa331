package org.verbatim.extract.html.dom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Finds whether a string contains one of a few lower-case fragments, ignoring case, without allocating. Used on the
 * class, id and itemprop of every element in the DOM pass, where lower-casing or a regex per element would cost more
 * than the rest: an ASCII value (nearly every class name) is read once by an {@link AsciiAutomaton}; a value with
 * another character takes the plain scan ({@link #scan}), whose case rules the automaton reproduces exactly.
 *
 * <p>Immutable and thread-safe.
 */
public final class FragmentMatcher {
    private static final int ASCII = 128;
    /** Plain scan: the fragments by their (ASCII) first character. */
    private final String[][] byFirst = new String[ASCII][];
    private final AsciiAutomaton automaton;
    /** The fragments as the automaton reads them ({@link #fold}). */
    private final List<String> folded = new ArrayList<>();

    /** A matcher of {@code fragments}: lower-case, non-empty, starting with an ASCII character. */
    public FragmentMatcher(List<String> fragments) {
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < ASCII; i++) {
            groups.add(new ArrayList<>());
        }
        for (String f : fragments) {
            if (f.isEmpty() || f.charAt(0) >= ASCII || !f.equals(f.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("fragment must be lower-case ASCII-initial: '" + f + "'");
            }
            groups.get(f.charAt(0)).add(f);
            folded.add(fold(f));
        }
        for (int i = 0; i < ASCII; i++) {
            byFirst[i] = groups.get(i).isEmpty() ? null : groups.get(i).toArray(new String[0]);
        }
        automaton = new AsciiAutomaton(folded, Collections.nCopies(folded.size(), 1L), false);
    }

    /** Whether {@code value} contains a fragment, ignoring case. */
    public boolean matches(String value) {
        long bits = automaton.bits(value);
        // rare: non-ASCII case folding (dotless i, Kelvin sign...) follows String's rules
        return bits == AsciiAutomaton.NOT_ASCII ? scan(value) : bits != 0;
    }

    /**
     * Several matchers read at once, where one value is tested against each of them (the class of every element
     * against the date, byline and other-author hints): one automaton pass answers for all.
     *
     * <p>Immutable and thread-safe.
     */
    public static final class Group {
        private final FragmentMatcher[] matchers;
        private final AsciiAutomaton automaton;

        /** A group of at most 31 {@code matchers}; bit {@code i} of {@link #matches} answers for the {@code i}th. */
        public Group(FragmentMatcher... matchers) {
            if (matchers.length > 31) {
                throw new IllegalArgumentException("at most 31 matchers in a group");
            }
            this.matchers = matchers.clone();
            List<String> fragments = new ArrayList<>();
            List<Long> bits = new ArrayList<>();
            for (int i = 0; i < matchers.length; i++) {
                fragments.addAll(matchers[i].folded);
                bits.addAll(Collections.nCopies(matchers[i].folded.size(), 1L << i));
            }
            automaton = new AsciiAutomaton(fragments, bits, false);
        }

        /** Bit {@code i} set when the {@code i}th matcher {@link FragmentMatcher#matches matches} {@code value}. */
        public int matches(String value) {
            long bits = automaton.bits(value);
            if (bits != AsciiAutomaton.NOT_ASCII) {
                return (int) bits;
            }
            int scanned = 0;
            for (int i = 0; i < matchers.length; i++) {
                scanned |= matchers[i].scan(value) ? 1 << i : 0;
            }
            return scanned;
        }
    }

    /**
     * The plain scan, the reference semantics: a fragment matching at some index with
     * {@code regionMatches(true...)}, the first character compared as ASCII.
     */
    boolean scan(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            String[] candidates = c < ASCII ? byFirst[c] : null;
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

    /**
     * A fragment as the automaton needs it: {@code regionMatches(true...)} equates two characters when their
     * upper-then-lower-case forms are equal, so an ASCII character matches a fragment character exactly when that
     * character folds to it (a dotless i folds to {@code i}); a character folding outside ASCII matches none.
     */
    private static String fold(String f) {
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            sb.append(Character.toLowerCase(Character.toUpperCase(f.charAt(i))));
        }
        return sb.toString();
    }
}
