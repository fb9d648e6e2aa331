package org.verbatim.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WCXB benchmark's metrics, as {@code ../shared/tools/score_wcxb.py} states them (and agreeing with it to 1e-6,
 * checked by a test): a bag-of-words body overlap per page on lower-cased word tokens, averaged over pages; snippet
 * rates; title exact after a reader's normalisation; the publication day htmldate's way; byline name-set F1.
 */
public final class WcxbMetric {
    /** Word characters as the reference's {@code \w}: Unicode letters and numbers, and '_'. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NAME_SPLIT = Pattern.compile(",|;|\\band\\b|&", Pattern.UNICODE_CHARACTER_CLASS);
    /** A byline part that is only a credential ("MS", "Ph.D.", "CEPF®") names nobody. */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?:[A-Z0-9][A-Z0-9.\\-+®/]*\\s*)+|Ph\\.?\\s?D\\.?|M\\.?D\\.?|Dr\\.?|Jr\\.?|Sr\\.?|Esq\\.?");

    private WcxbMetric() {
    }

    /** One page's body figures and snippet rates. */
    public record Body(double precision, double recall, double f1, double withRate, double withoutRate) {
    }

    /** Lower-cased word tokens. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Bag-of-words precision, recall and F1 of {@code predicted} against {@code gold}, with the snippet rates. */
    public static Body body(String predicted, String gold, List<String> with, List<String> without) {
        double[] prf = overlap(tokens(predicted), tokens(gold));
        String low = predicted == null ? "" : predicted.toLowerCase(Locale.ROOT);
        return new Body(prf[0], prf[1], prf[2], share(with, low, 1.0), share(without, low, 0.0));
    }

    private static double[] overlap(List<String> p, List<String> g) {
        if (g.isEmpty()) {
            double v = p.isEmpty() ? 1 : 0;
            return new double[] {v, v, v};
        }
        if (p.isEmpty()) {
            return new double[] {0, 0, 0};
        }
        Map<String, int[]> bag = new HashMap<>();
        for (String t : g) {
            bag.computeIfAbsent(t, k -> new int[1])[0]++;
        }
        long common = 0;
        for (String t : p) {
            int[] c = bag.get(t);
            if (c != null && c[0] > 0) {
                c[0]--;
                common++;
            }
        }
        double prec = (double) common / p.size();
        double rec = (double) common / g.size();
        return new double[] {prec, rec, prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec)};
    }

    private static double share(List<String> snippets, String lowText, double none) {
        if (snippets.isEmpty()) {
            return none;
        }
        int found = 0;
        for (String s : snippets) {
            found += lowText.contains(s.toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        return (double) found / snippets.size();
    }

    /** The reference's title form: NFKC, plain quotes and dashes, no soft hyphens, spaces folded, case folded. */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> sb.append('\'');
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> sb.append('"');
                case '\u2013', '\u2014', '\u2212' -> sb.append('-');
                case '\u00ad', '\u200b' -> { }
                default -> sb.append(c);
            }
        }
        String folded = SPACES.matcher(sb).replaceAll(" ").strip();
        return folded.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT); // case folding: "ß" and "SS" agree
    }

    /** Whether the titles agree after {@link #norm}. */
    public static boolean titleMatches(String gold, String predicted) {
        return norm(gold).equals(norm(predicted));
    }

    /** The day of an ISO date or timestamp string ({@code ""} for {@code null}), as the reference compares them. */
    public static String day(String iso) {
        String s = iso == null ? "" : iso;
        return s.length() > 10 ? s.substring(0, 10) : s;
    }

    /** Name-set F1 of the credited names against the gold byline; gold parts that are only credentials dropped. */
    public static double authorsF1(String goldByline, List<String> credited) {
        Set<String> gold = goldNames(goldByline);
        Set<String> pred = new LinkedHashSet<>();
        for (String c : credited) {
            if (!norm(c).isEmpty()) {
                pred.add(norm(c.strip()));
            }
        }
        long tp = pred.stream().filter(gold::contains).count();
        double p = pred.isEmpty() ? 0 : (double) tp / pred.size();
        double r = gold.isEmpty() ? 0 : (double) tp / gold.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Set<String> goldNames(String byline) {
        List<String> parts = new ArrayList<>();
        for (String p : NAME_SPLIT.split(byline == null ? "" : byline, -1)) {
            if (!norm(p).isEmpty()) {
                parts.add(p.strip());
            }
        }
        List<String> kept = parts.stream().filter(p -> !CREDENTIAL.matcher(p).matches()).toList();
        Set<String> out = new LinkedHashSet<>();
        for (String p : kept.isEmpty() ? parts : kept) {
            out.add(norm(p));
        }
        return out;
    }
}
