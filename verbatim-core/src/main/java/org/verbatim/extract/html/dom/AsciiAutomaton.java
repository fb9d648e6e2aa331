package org.verbatim.extract.html.dom;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.extract.common.AhoCorasick;

/**
 * Reads an ASCII string once, one table lookup per character, and tells which of many lower-case fragments it
 * contains (Aho-Corasick), or which are its prefixes ({@code anchored}), ASCII letters compared ignoring case. Each
 * fragment carries bits; the answer is the union of the bits of the fragments found. The class and id of every element
 * are matched against dozens of hint fragments, where {@code contains} per fragment cost more than the rest of the
 * DOM pass.
 *
 * <p>Immutable and thread-safe. Values with a non-ASCII character are the caller's: their case rules differ
 * ({@link #NOT_ASCII}).
 */
final class AsciiAutomaton {
    /** What {@link #bits} returns for a value with a non-ASCII character. */
    static final long NOT_ASCII = -1;
    private static final int ASCII = 128;
    /** Input symbol of each ASCII character (upper-case letters share their lower case's); 0: in no fragment. */
    private final byte[] symbol = new byte[ASCII];
    private final int symbols;
    /** Transitions, {@code next[state * symbols + symbol]}; state 0 is the start; -1 ends an anchored match. */
    private final int[] next;
    /** Bits of the fragments ending in each state (and, unanchored, in the states it falls back to). */
    private final long[] out;
    private final boolean anchored;
    /** The bits of all fragments: the scan stops early once all of them are found. */
    private final long all;

    /**
     * An automaton of {@code fragments} (no upper-case ASCII letter; an empty one is in every value), fragment {@code i} carrying
     * {@code bits[i]} (non-zero). Anchored: only prefixes of the value match. A fragment with a non-ASCII character
     * cannot be in an ASCII value: it is left to the caller's handling of non-ASCII values, but its bits still count
     * among those that can be found.
     */
    AsciiAutomaton(List<String> fragments, List<Long> bits, boolean anchored) {
        if (fragments.size() != bits.size()) {
            throw new IllegalArgumentException("one bit set per fragment");
        }
        this.anchored = anchored;
        int count = 1;
        long union = 0;
        List<String> ascii = new ArrayList<>();
        List<Long> asciiBits = new ArrayList<>();
        for (int f = 0; f < fragments.size(); f++) {
            String s = fragments.get(f);
            if (bits.get(f) == 0) {
                throw new IllegalArgumentException("no bits for '" + s + "'");
            }
            union |= bits.get(f);
            if (s.chars().anyMatch(c -> c >= 'A' && c <= 'Z')) {
                throw new IllegalArgumentException("fragment must be lower-case: '" + s + "'");
            }
            if (s.chars().allMatch(c -> c < ASCII)) {
                ascii.add(s);
                asciiBits.add(bits.get(f));
            }
        }
        for (String s : ascii) {
            for (int i = 0; i < s.length(); i++) {
                if (symbol[s.charAt(i)] == 0) {
                    symbol[s.charAt(i)] = (byte) count++;
                }
            }
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            symbol[c] = symbol[c + ('a' - 'A')];
        }
        symbols = count;
        all = union;
        AhoCorasick.Trie trie = new AhoCorasick.Trie(symbols);
        for (int f = 0; f < ascii.size(); f++) {
            trie.add(ascii.get(f), c -> symbol[c], asciiBits.get(f));
        }
        next = new int[trie.states() * symbols];
        if (anchored) {
            out = trie.ends();
            table(trie);
        } else {
            out = trie.link(next);
        }
    }

    /**
     * Union of the bits of the fragments {@code value} holds (anchored: starts with), or {@link #NOT_ASCII} when a
     * non-ASCII character comes before the answer is settled. Bits found in an ASCII part are found by any case rule
     * too, so the answer is settled once every bit is found, or once an anchored match has no way on.
     */
    long bits(String value) {
        long found = out[0];
        int state = 0;
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c >= ASCII) {
                return NOT_ASCII;
            }
            state = next[state * symbols + symbol[c]];
            if (state < 0) {
                return found; // anchored, and no fragment starts this way
            }
            found |= out[state];
            if (found == all) {
                return found;
            }
        }
        return found;
    }

    /**
     * Anchored automata only: the bits of the fragments equal to {@code value[from, to)} (ASCII letters compared
     * ignoring case), or {@link #NOT_ASCII} when a non-ASCII character comes first.
     */
    long equal(String value, int from, int to) {
        if (!anchored) {
            throw new IllegalStateException("equal() needs an anchored automaton");
        }
        int state = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c >= ASCII) {
                return NOT_ASCII;
            }
            state = next[state * symbols + symbol[c]];
            if (state < 0) {
                return 0;
            }
        }
        return out[state];
    }

    /** Anchored: the trie itself, a missing edge ending the match. */
    private void table(AhoCorasick.Trie trie) {
        for (int s = 0; s < trie.states(); s++) {
            for (int sym = 0; sym < symbols; sym++) {
                int child = trie.child(s, sym);
                next[s * symbols + sym] = child == 0 ? -1 : child;
            }
        }
    }
}
