package org.verbatim.extract.common;

import java.util.List;

/**
 * A fixed set of phrases that a text is searched for all at once (Aho-Corasick): {@link #in} tells whether any
 * phrase occurs in a text, reading each character once, where one {@code contains} per phrase would read the text
 * once per phrase. Characters are compared exactly (callers lower-case both sides). Immutable and thread-safe.
 */
public final class Phrases {
    /** Symbol of each ASCII character: 0 for one that is in no phrase. */
    private final int[] ascii = new int[128];
    /** The other characters of the phrases, sorted, and their symbols. */
    private final char[] others;
    private final int[] otherSymbols;
    private final int symbols;
    /** Transitions, {@code next[state * symbols + symbol]}; state 0 is the start. */
    private final int[] next;
    /** Non-zero where a phrase ends in the state (or in a state it falls back to). */
    private final long[] match;
    private final boolean empty;

    /** @param phrases the phrases; an empty phrase is in every text */
    public Phrases(List<String> phrases) {
        java.util.TreeMap<Character, Integer> other = new java.util.TreeMap<>();
        int count = 1;
        boolean hasEmpty = false;
        for (String p : phrases) {
            hasEmpty |= p.isEmpty();
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c < 128 && ascii[c] == 0) {
                    ascii[c] = count++;
                } else if (c >= 128 && !other.containsKey(c)) {
                    other.put(c, count++);
                }
            }
        }
        others = new char[other.size()];
        otherSymbols = new int[other.size()];
        int k = 0;
        for (var e : other.entrySet()) {
            others[k] = e.getKey();
            otherSymbols[k++] = e.getValue();
        }
        symbols = count;
        empty = hasEmpty;
        AhoCorasick.Trie trie = new AhoCorasick.Trie(symbols);
        for (String p : phrases) {
            trie.add(p, c -> symbol((char) c), 1);
        }
        next = new int[trie.states() * symbols];
        match = trie.link(next);
    }

    /** Whether some phrase occurs in {@code text}. */
    public boolean in(String text) {
        if (empty) {
            return true;
        }
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            state = next[state * symbols + symbol(text.charAt(i))];
            if (match[state] != 0) {
                return true;
            }
        }
        return false;
    }

    private int symbol(char c) {
        if (c < 128) {
            return ascii[c];
        }
        int at = java.util.Arrays.binarySearch(others, c);
        return at < 0 ? 0 : otherSymbols[at];
    }
}
