package org.verbatim.extract.html.body;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.model.Block;

/**
 * Passages of a product page that mostly repeat an earlier one: the same description edited for another layout or
 * another variant of the product ("Fender Player II Strat RW 3TS Electric Guitar * Body: Alder ..." after the RW BCG
 * one), a key-ingredients tab retelling the ingredients section. An exact copy is caught by
 * {@link ContentChooser#withoutRepeats}; these differ in a few words, in case or in punctuation. Immutable.
 */
final class NearRepeats {
    /** The fewest words of a passage dropped as a near repeat: shorter ones (labels, prices, spec lines) may repeat. */
    static final int MIN_WORDS = 8;
    /**
     * The share of a passage's words (counted with repeats) that one earlier passage must hold for it to go. Decided
     * on wcxb-dev folds 0-3 in an offline replay of the fold models' output (product pages, against 0.6481): 0.6552
     * to 0.6563 from 0.6 to 0.8 with 5 or 8 words, 0.6525 from 0.9; against the words of all earlier passages
     * together instead of one, 0.6460 to 0.6580 (less steady). Cross-validated, whole extractor: folds 0-3 product
     * 0.6481 to 0.6559, fold 4 product 0.7562 to 0.7554; in-sample product 0.7976 to 0.8002.
     */
    static final double SHARE = 0.8;

    private NearRepeats() {
    }

    /** The blocks less those of {@link #MIN_WORDS} words or more of which one earlier block holds {@link #SHARE}. */
    static List<Block> without(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        List<Map<String, Integer>> seen = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            Map<String, Integer> words = words(b.text());
            int n = size(words);
            if (n >= MIN_WORDS && repeats(words, n, seen)) {
                continue;
            }
            out.add(b);
            seen.add(words);
        }
        return out.size() == blocks.size() ? blocks : out;
    }

    /** Whether one of the {@code earlier} passages holds at least {@link #SHARE} of the {@code n} {@code words}. */
    private static boolean repeats(Map<String, Integer> words, int n, List<Map<String, Integer>> earlier) {
        for (Map<String, Integer> e : earlier) {
            if (size(e) * 1.0 >= SHARE * n && shared(words, e) >= SHARE * n) {
                return true;
            }
        }
        return false;
    }

    /** The words two bags share, counted with repeats. */
    private static int shared(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (Map.Entry<String, Integer> w : a.entrySet()) {
            n += Math.min(w.getValue(), b.getOrDefault(w.getKey(), 0));
        }
        return n;
    }

    private static int size(Map<String, Integer> words) {
        int n = 0;
        for (int c : words.values()) {
            n += c;
        }
        return n;
    }

    /** The bag of a text's words: runs of letters and digits, lower-cased. */
    static Map<String, Integer> words(String text) {
        Map<String, Integer> bag = new HashMap<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean in = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                bag.merge(text.substring(start, i).toLowerCase(Locale.ROOT), 1, Integer::sum);
                start = -1;
            }
        }
        return bag;
    }
}
