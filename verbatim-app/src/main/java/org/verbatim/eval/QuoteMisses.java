package org.verbatim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.verbatim.enrich.Annotator;
import org.verbatim.enrich.AttributionSamples;
import org.verbatim.enrich.QuoteModels;
import org.verbatim.model.Annotation;
import org.verbatim.model.Span;
import org.verbatim.model.Timestamp;

/**
 * Where recall goes: every gold attribution of a PolNeAR-format split that no prediction overlaps (the scorer's
 * recall rule, {@link QuoteScorer}) is put in the first stage that loses it.
 * <ul>
 * <li>(a) no cue candidate: no candidate word of the finder lies in the gold cue (sorted by the cue's form);</li>
 * <li>(b) the cue model rejects it: a candidate at the gold cue has a content overlapping the gold content, but
 * below the threshold (counted by the best such probability, so one sees what a lower threshold brings back);</li>
 * <li>(c) the cue is there but the content fails: no content candidate of the gold cue overlaps the gold content
 * (the gold content lies in another sentence or paragraph, or on the other side), or an accepted candidate is lost
 * by the selection (the rules' path for quoted sentences, one content per cue, clashes);</li>
 * <li>(d) a hit, not a miss, listed to show how recall is earned: the gold is overlapped only by predictions that the
 * scorer pairs with another gold attribution (recall the scorer gives by overlap, not by this attribution's cue).</li>
 * </ul>
 * Gold attributions without a cue span are counted apart, and predictions that overlap no gold are listed as (fp).
 * {@code ./verbatim train quotes --misses} prints the table for the train split (each fold's documents annotated by
 * the models fitted on the other four) and for dev (the shipped models); {@code main} does dev alone (English).
 */
public final class QuoteMisses {
    private static final Set<String> FUNCTION = Set.of("to", "of", "in", "on", "at", "by", "for", "with", "as", "that",
            "the", "a", "an", "and", "or", "but", "is", "was", "are", "were", "be", "been", "has", "have", "had",
            "it", "this", "from", "about", "if", "not", "no", "so", "up", "out", "into", "over", "than", "who", "what",
            "how", "why", "when", "where", "which", "per", "via", "under", "after", "before", "like");

    private QuoteMisses() {
    }

    /** The counts by category (and sub-category), with a few examples each. */
    public static final class Table {
        final Map<String, Integer> counts = new TreeMap<>();
        final Map<String, List<String>> examples = new TreeMap<>();
        int gold;
        int hit;

        void add(String key, String example, int keep) {
            counts.merge(key, 1, Integer::sum);
            List<String> l = examples.computeIfAbsent(key, k -> new ArrayList<>());
            if (l.size() < keep) {
                l.add(example);
            }
        }

        public String describe(int keep) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "gold %d, found (overlap) %d = recall %.4f, missed %d%n", gold, hit,
                    gold == 0 ? 0.0 : (double) hit / gold, gold - hit));
            counts.forEach((k, v) -> {
                b.append(String.format(Locale.ROOT, "  %-58s %5d%n", k, v));
                if (keep > 0) {
                    for (String e : examples.get(k)) {
                        b.append("      ").append(e).append('\n');
                    }
                }
            });
            return b.toString();
        }
    }

    /** A new, empty table. */
    public static Table table() {
        return new Table();
    }

    /**
     * Adds to {@code t} the misses of {@code docs} annotated with {@code models} (language {@code lang}, whose cue
     * model must be present), keeping {@code keep} examples per category.
     */
    public static Table analyse(List<JsonNode> docs, QuoteModels models, String lang, Table t, int keep) {
        Annotator annotator = new Annotator(false, models);
        AttributionSamples samples = new AttributionSamples(models);
        org.verbatim.enrich.BinaryModel cue = models.language(lang).cue();
        double threshold = cue.threshold();
        for (JsonNode d : docs) {
            String text = d.get("text").asText();
            Annotation a = annotator.annotate(text, textOrNull(d, "title"), Timestamp.dayOf(textOrNull(d, "date")));
            List<QuoteScorer.Pred> preds = QuoteEval.predictions(a);
            List<QuoteScorer.Gold> gold = QuoteEval.gold(d.get("quotes"));
            List<List<Span>[]> spans = GoldSpans.attributions(d.get("quotes"));
            List<AttributionSamples.CueSample> cands = samples.cues(text, lang);
            double[] p = new double[cands.size()];
            for (int i = 0; i < p.length; i++) {
                String[] f = cands.get(i).features();
                p[i] = cue.probability(f, f.length);
            }
            int[] bestGold = new int[preds.size()];
            for (int i = 0; i < preds.size(); i++) {
                bestGold[i] = bestGold(text, preds.get(i), gold);
            }
            for (int i = 0; i < preds.size(); i++) {
                if (bestGold[i] < 0) {
                    QuoteScorer.Pred q = preds.get(i);
                    String span = text.substring(q.start(), q.end()).replace('\n', ' ');
                    t.add("(fp) predicted, no gold overlaps/" + q.kind(), d.get("doc_id").asText() + " ["
                            + (span.length() > 90 ? span.substring(0, 90) + "..." : span) + "] speaker="
                            + q.speakerText(), keep);
                }
            }
            for (int g = 0; g < gold.size(); g++) {
                t.gold++;
                String kind = gold.get(g).kind();
                List<Span> cueSpans = spans.get(g)[0];
                List<Span> content = trimmed(text, spans.get(g)[1]);
                String ex = example(d, text, cueSpans, content);
                boolean own = false;
                boolean other = false;
                for (int i = 0; i < preds.size(); i++) {
                    QuoteScorer.Pred q = preds.get(i);
                    int[] ps = QuoteScorer.trim(text, q.start(), q.end());
                    if (GoldSpans.overlapsAny(new Span(ps[0], Math.max(ps[0], ps[1])), content)) {
                        own |= bestGold[i] == g;
                        other |= bestGold[i] != g;
                    }
                }
                if (own || other) {
                    t.hit++;
                    if (!own) {
                        t.add("(d) a hit through another attribution's prediction only/" + kind, ex, keep);
                    }
                    continue;
                }
                if (cueSpans.isEmpty()) {
                    t.add("(0) gold without cue/" + kind, ex, keep);
                    continue;
                }
                double bestAtCue = -1;
                double bestRight = -1;
                Span contentAtCue = null;
                for (int i = 0; i < cands.size(); i++) {
                    AttributionSamples.CueSample c = cands.get(i);
                    if (!GoldSpans.overlapsAny(c.token(), cueSpans)) {
                        continue;
                    }
                    bestAtCue = Math.max(bestAtCue, p[i]);
                    contentAtCue = contentAtCue == null ? c.content() : new Span(
                            Math.min(contentAtCue.start(), c.content().start()),
                            Math.max(contentAtCue.end(), c.content().end()));
                    if (GoldSpans.overlapsAny(c.content(), content)) {
                        bestRight = Math.max(bestRight, p[i]);
                    }
                }
                if (bestAtCue < 0) {
                    t.add("(a) no cue candidate/" + cueForm(text, cueSpans), ex, keep);
                } else if (bestRight < 0) {
                    t.add("(c) cue candidate, no content candidate overlaps/" + where(text, contentAtCue, content),
                            ex, keep);
                } else if (bestRight < threshold) {
                    t.add("(b) cue model rejects, best p in " + band(bestRight), ex + " p=" + fmt(bestRight), keep);
                } else {
                    StringBuilder near = new StringBuilder();
                    int cs = cueSpans.get(0).start();
                    for (QuoteScorer.Pred q : preds) {
                        if (Math.abs(q.start() - cs) < 300) {
                            near.append(" | pred[").append(clip(text.substring(q.start(), q.end()))).append("] by ")
                                    .append(q.speakerText());
                        }
                    }
                    t.add("(c) accepted, lost in selection/" + kind, ex + " p=" + fmt(bestRight) + near, keep);
                }
            }
        }
        return t;
    }

    /** The gold a prediction is paired with by the scorer: the largest overlap, -1 for none. */
    private static int bestGold(String text, QuoteScorer.Pred p, List<QuoteScorer.Gold> gold) {
        int[] ps = QuoteScorer.trim(text, p.start(), p.end());
        int best = -1;
        int bestOv = 0;
        for (int g = 0; g < gold.size(); g++) {
            for (int[] s : gold.get(g).quoteSpans()) {
                int[] f = QuoteScorer.trim(text, s[0], s[1]);
                int ov = QuoteScorer.overlap(ps[0], ps[1], f[0], f[1]);
                if (ov > bestOv) {
                    best = g;
                    bestOv = ov;
                }
            }
        }
        return best;
    }

    private static String band(double p) {
        double[] edges = {0.3, 0.25, 0.2, 0.15, 0.1, 0.05};
        for (int i = 0; i < edges.length; i++) {
            if (p >= edges[i]) {
                return i == 0 ? String.format(Locale.ROOT, "[%.2f, threshold)", edges[i])
                        : String.format(Locale.ROOT, "[%.2f, %.2f)", edges[i], edges[i - 1]);
            }
        }
        return "[0, 0.05)";
    }

    /** Where the gold content lies relative to the cue's content candidates. */
    private static String where(String text, Span cands, List<Span> gold) {
        int gs = gold.isEmpty() ? 0 : gold.get(0).start();
        int ge = gold.isEmpty() ? 0 : gold.get(gold.size() - 1).end();
        if (gs >= cands.end()) {
            return text.substring(cands.end(), gs).contains("\n") ? "gold content in a later paragraph"
                    : "gold content in a later sentence";
        }
        if (ge <= cands.start()) {
            return text.substring(ge, cands.start()).contains("\n") ? "gold content in an earlier paragraph"
                    : "gold content in an earlier sentence";
        }
        return "gold content within the sentence, other side or part";
    }

    private static String cueForm(String text, List<Span> cue) {
        String c = text.substring(cue.get(0).start(), cue.get(0).end()).strip();
        if (c.isEmpty() || !Character.isLetter(c.charAt(0))) {
            return c.startsWith(":") ? "colon" : "punctuation or mark";
        }
        if (insideQuotes(text, cue.get(0).start())) {
            return "inside quotation marks";
        }
        String first = c.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(c.charAt(0))) {
            return "title-case word";
        }
        return FUNCTION.contains(first) ? "function word" : "lower-case word";
    }

    /** An odd number of quotation marks between the paragraph start and {@code at}. */
    private static boolean insideQuotes(String text, int at) {
        int p = text.lastIndexOf('\n', at - 1) + 1;
        int open = 0;
        for (int i = p; i < at; i++) {
            char ch = text.charAt(i);
            if (ch == '\u201c') {
                open++;
            } else if (ch == '\u201d') {
                open = Math.max(0, open - 1);
            } else if (ch == '"') {
                open = open == 0 ? 1 : 0;
            }
        }
        return open > 0;
    }

    private static String example(JsonNode d, String text, List<Span> cue, List<Span> content) {
        String c = cue.isEmpty() ? "-" : text.substring(cue.get(0).start(), cue.get(0).end());
        String q = content.isEmpty() ? "" : text.substring(content.get(0).start(), content.get(0).end());
        q = q.length() > 70 ? q.substring(0, 70) + "..." : q;
        return d.get("doc_id").asText() + " cue=[" + c.replace('\n', ' ') + "] content=[" + q.replace('\n', ' ')
                + "]";
    }

    private static String clip(String s) {
        s = s.replace('\n', ' ');
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private static String fmt(double p) {
        return String.format(Locale.ROOT, "%.3f", p);
    }

    private static List<Span> trimmed(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            int[] t = QuoteScorer.trim(text, s.start(), s.end());
            if (t[1] > t[0]) {
                out.add(new Span(t[0], t[1]));
            }
        }
        return out;
    }

    private static String textOrNull(JsonNode d, String key) {
        return d.hasNonNull(key) ? d.get(key).asText() : null;
    }


    /** Recall and precision of the split at other cue thresholds (what (b) would bring back, at what cost). */
    static String sweep(List<JsonNode> docs, QuoteModels models, double[] thresholds) {
        StringBuilder b = new StringBuilder("cue threshold sweep (shipped models, only the threshold changed):\n");
        QuoteModels.Language en = models.language("en");
        for (double th : thresholds) {
            QuoteModels m = QuoteModels.of(Map.of("en", new QuoteModels.Language(en.cueCounts(),
                    en.cue().withThreshold(th), en.speaker(), en.continuation())));
            QuoteEval.Result r = QuoteEval.evaluate(docs, new Annotator(false, m));
            b.append(String.format(Locale.ROOT, "  %.3f: P %.4f R %.4f speaker %.4f (predicted %d)%n", th,
                    r.precision(), r.recall(), r.speakerAccuracy(), r.predicted()));
        }
        return b.toString();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: QuoteMisses GOLD.jsonl [--examples N] [--sweep]");
            System.exit(2);
        }
        int keep = 0;
        boolean sweep = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--examples") && i + 1 < args.length) {
                keep = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--sweep")) {
                sweep = true;
            }
        }
        List<JsonNode> docs = Corpora.jsonLines(Path.of(args[0]));
        QuoteModels models = QuoteModels.fromClassPath();
        System.out.print(analyse(docs, models, "en", table(), keep).describe(keep));
        if (sweep) {
            System.out.print(sweep(docs, models, new double[] {0.2, 0.25, 0.275, 0.3, models.language("en").cue()
                    .threshold()}));
        }
    }
}
