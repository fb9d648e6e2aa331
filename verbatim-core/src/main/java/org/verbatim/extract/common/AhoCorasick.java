package org.verbatim.extract.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The two steps that build a phrase-search automaton (Aho-Corasick), shared by the automata of the extractors: a trie
 * of the phrases over small integer symbols, then its completion into a transition table with the fall-back links.
 * State 0 is the start; symbol 0 stands for every character in no phrase.
 */
public final class AhoCorasick {
    private AhoCorasick() {
    }

    /** A trie under construction: per state, its children by symbol, and the bits of the phrases ending there. */
    public static final class Trie {
        private final int symbols;
        private final List<int[]> edges = new ArrayList<>();
        private final List<Long> ends = new ArrayList<>();

        /** @param symbols how many symbols there are, 0 included */
        public Trie(int symbols) {
            this.symbols = symbols;
            edges.add(new int[symbols]);
            ends.add(0L);
        }

        /** Adds {@code phrase}, read through {@code symbolOf}, ending in a state that carries {@code bits}. */
        public void add(String phrase, IntUnaryOperator symbolOf, long bits) {
            int state = 0;
            for (int i = 0; i < phrase.length(); i++) {
                int sym = symbolOf.applyAsInt(phrase.charAt(i));
                if (edges.get(state)[sym] == 0) {
                    edges.get(state)[sym] = edges.size();
                    edges.add(new int[symbols]);
                    ends.add(0L);
                }
                state = edges.get(state)[sym];
            }
            ends.set(state, ends.get(state) | bits);
        }

        public int states() {
            return edges.size();
        }

        /** The child of {@code state} by {@code symbol}, 0 for none. */
        public int child(int state, int symbol) {
            return edges.get(state)[symbol];
        }

        /** The bits of the phrases ending in each state. */
        public long[] ends() {
            return ends.stream().mapToLong(Long::longValue).toArray();
        }

        /**
         * The completed automaton: fills {@code next[state * symbols + symbol]} (every state has every transition,
         * missing ones following the fall-back links) and returns per state the bits of the phrases found on
         * reaching it, its own and those of the states it falls back to.
         */
        public long[] link(int[] next) {
            long[] out = ends();
            int[] fail = new int[states()];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int sym = 0; sym < symbols; sym++) {
                int child = child(0, sym);
                next[sym] = child;
                if (child != 0) {
                    queue.add(child);
                }
            }
            while (!queue.isEmpty()) {
                int s = queue.poll();
                out[s] |= out[fail[s]];
                for (int sym = 0; sym < symbols; sym++) {
                    int child = child(s, sym);
                    if (child != 0) {
                        fail[child] = next[fail[s] * symbols + sym];
                        next[s * symbols + sym] = child;
                        queue.add(child);
                    } else {
                        next[s * symbols + sym] = next[fail[s] * symbols + sym];
                    }
                }
            }
            return out;
        }
    }
}
