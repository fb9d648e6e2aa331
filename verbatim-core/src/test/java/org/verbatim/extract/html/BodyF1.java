package org.verbatim.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-body metric (test code): tokens are runs of Unicode word characters, each text is the multiset of its
 * 4-token shingles (1-3 tokens: one shingle), per-page precision/recall macro-averaged, F1 of the two means.
 */
final class BodyF1 {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;

    void add(String gold, String pred) {
        Map<List<String>, Integer> g = shingles(gold);
        Map<List<String>, Integer> p = shingles(pred);
        int tp = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            tp += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        int nPred = p.values().stream().mapToInt(Integer::intValue).sum();
        int nGold = g.values().stream().mapToInt(Integer::intValue).sum();
        if (nPred > 0) {
            precisionSum += (double) tp / nPred;
            precisionPages++;
        }
        if (nGold > 0) {
            recallSum += (double) tp / nGold;
            recallPages++;
        }
    }

    double f1() {
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> toks = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            toks.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        if (toks.isEmpty()) {
            return out;
        }
        if (toks.size() < N) {
            out.put(List.copyOf(toks), 1);
            return out;
        }
        for (int i = 0; i + N <= toks.size(); i++) {
            out.merge(List.copyOf(toks.subList(i, i + N)), 1, Integer::sum);
        }
        return out;
    }
}
