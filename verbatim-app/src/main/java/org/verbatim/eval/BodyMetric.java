package org.verbatim.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public article-extraction benchmark's body metric: tokens are maximal runs of Unicode word characters; a text
 * becomes the multiset of its consecutive 4-token shingles (1-3 tokens: one shingle). Per page tp is the multiset
 * intersection; corpus precision and recall are means over pages (precision only over pages with a prediction,
 * recall only over pages with a gold text); F1 is the harmonic mean of the two means.
 *
 * <p>Agrees with {@code ../shared/tools/score_body.py} to 1e-6 (checked by a test when that script is present).
 */
public final class BodyMetric {
    /**
     * A word character is a Unicode letter or number, or '_': what the reference scorer's {@code \w} (Python's
     * {@code str.isalnum() or '_'}) accepts. Java's {@code \w} with {@code UNICODE_CHARACTER_CLASS} also takes
     * combining marks (Mn, Mc, Me), which joins Hindi, Thai or Arabic words differently from the reference; the ASCII
     * default is worse still (up to 0.012 of F1 on multilingual pages).
     */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private BodyMetric() {
    }

    /** One page's counts. */
    public record PageScore(String id, long tp, long predicted, long gold, boolean exact) {
        public Double precision() {
            return predicted == 0 ? null : (double) tp / predicted;
        }

        public Double recall() {
            return gold == 0 ? null : (double) tp / gold;
        }

        public double f1() {
            long denom = predicted + gold;
            return denom == 0 ? 1.0 : 2.0 * tp / denom;
        }
    }

    /** Corpus figures. */
    public record Result(int pages, double precision, double recall, double f1, double exact, int emptyPredictions) {
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> toks) {
        Map<List<String>, Integer> counts = new HashMap<>();
        if (toks.isEmpty()) {
            return counts;
        }
        if (toks.size() < N) {
            counts.put(List.copyOf(toks), 1);
            return counts;
        }
        for (int i = 0; i + N <= toks.size(); i++) {
            counts.merge(toks.subList(i, i + N), 1, Integer::sum);
        }
        return counts;
    }

    public static PageScore score(String id, String gold, String predicted) {
        List<String> gt = tokens(gold);
        List<String> pt = tokens(predicted);
        Map<List<String>, Integer> g = shingles(gt);
        Map<List<String>, Integer> p = shingles(pt);
        long tp = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            tp += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        return new PageScore(id, tp, sum(p), sum(g), gt.equals(pt));
    }

    public static Result aggregate(List<PageScore> rows) {
        double ps = 0;
        double rs = 0;
        int np = 0;
        int nr = 0;
        int exact = 0;
        int empty = 0;
        for (PageScore r : rows) {
            if (r.predicted() > 0) {
                ps += r.precision();
                np++;
            } else {
                empty++;
            }
            if (r.gold() > 0) {
                rs += r.recall();
                nr++;
            }
            exact += r.exact() ? 1 : 0;
        }
        double p = np == 0 ? 0 : ps / np;
        double r = nr == 0 ? 0 : rs / nr;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Result(rows.size(), p, r, f1, rows.isEmpty() ? 0 : (double) exact / rows.size(), empty);
    }

    private static long sum(Map<List<String>, Integer> m) {
        long s = 0;
        for (int v : m.values()) {
            s += v;
        }
        return s;
    }
}
