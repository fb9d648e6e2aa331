package org.verbatim.extract.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
    /** Whether a phrase ends in each state (or in a state it falls back to). */
    private final boolean[] match;
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
        List<int[]> edges = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        edges.add(new int[symbols]);
        ends.add(false);
        for (String p : phrases) {
            int state = 0;
            for (int i = 0; i < p.length(); i++) {
                int sym = symbol(p.charAt(i));
                if (edges.get(state)[sym] == 0) {
                    edges.get(state)[sym] = edges.size();
                    edges.add(new int[symbols]);
                    ends.add(false);
                }
                state = edges.get(state)[sym];
            }
            ends.set(state, true);
        }
        next = new int[edges.size() * symbols];
        match = new boolean[edges.size()];
        for (int s = 0; s < match.length; s++) {
            match[s] = ends.get(s);
        }
        link(edges);
    }

    /** The trie completed breadth first with the fall-backs; a character in no phrase leads back to the start. */
    private void link(List<int[]> edges) {
        int[] fail = new int[edges.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int sym = 1; sym < symbols; sym++) {
            int child = edges.get(0)[sym];
            next[sym] = child;
            if (child != 0) {
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            match[s] |= match[fail[s]];
            for (int sym = 1; sym < symbols; sym++) {
                int child = edges.get(s)[sym];
                if (child != 0) {
                    fail[child] = next[fail[s] * symbols + sym];
                    next[s * symbols + sym] = child;
                    queue.add(child);
                } else {
                    next[s * symbols + sym] = next[fail[s] * symbols + sym];
                }
            }
        }
    }

    /** Whether some phrase occurs in {@code text}. */
    public boolean in(String text) {
        if (empty) {
            return true;
        }
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            state = next[state * symbols + symbol(text.charAt(i))];
            if (match[state]) {
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
