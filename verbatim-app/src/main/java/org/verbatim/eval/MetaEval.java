package org.verbatim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.verbatim.model.Article;
import org.verbatim.model.Timestamp;

/**
 * The metadata suites of {@link Evaluation}: publication dates (htmldate's metric on its 1,000 pages and the fundus
 * published day), authors (fundus, exact names after normalisation) and standfirsts (fundus, the body shingle metric
 * on pages with a gold standfirst).
 */
final class MetaEval {
    private MetaEval() {
    }

    /**
     * htmldate's metric: a right day is a true positive, a wrong one a false positive, none a false negative (a true
     * negative when the gold is null); accuracy = (TP + TN) / all. Fundus: the share of pages with the right day
     * (compared in the gold's offset when both state one).
     */
    static void dates(Evaluation ev, Corpora corpora, Map<String, Double> figures, ObjectNode details) {
        Path dir = corpora.shared().resolve("corpora/htmldate");
        List<Corpora.GoldPage> pages = new ArrayList<>();
        for (JsonNode g : Corpora.jsonLines(dir.resolve("gold.jsonl"))) {
            pages.add(new Corpora.GoldPage(g.path("id").asText(), dir.resolve(g.path("file").asText()),
                    Corpora.text(g, "url"), null, null, null, g));
        }
        List<Article> predicted = ev.extractAll("htmldate", pages);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        ObjectNode per = details.putObject("htmldate");
        for (int i = 0; i < pages.size(); i++) {
            String gold = Corpora.text(pages.get(i).gold(), "published");
            Timestamp ours = predicted.get(i).published();
            ObjectNode p = per.putObject(pages.get(i).id());
            p.put("gold", gold);
            p.put("published", ours == null ? null : ours.toString());
            if (ours == null) {
                tn += gold == null ? 1 : 0;
                fn += gold == null ? 0 : 1;
            } else if (gold != null && ours.date().equals(LocalDate.parse(gold))) {
                tp++;
            } else {
                fp++;
            }
        }
        figures.put("htmldate.accuracy", (double) (tp + tn) / pages.size());
        figures.put("htmldate.precision", tp + fp == 0 ? 0 : (double) tp / (tp + fp));
        figures.put("htmldate.recall", tp + fn == 0 ? 0 : (double) tp / (tp + fn));
        List<Corpora.GoldPage> fundus = corpora.fundus();
        List<Article> fp2 = ev.extractAll("fundus dates", fundus);
        int right = 0;
        int dated = 0;
        ObjectNode fd = details.putObject("fundus_dates");
        for (int i = 0; i < fundus.size(); i++) {
            String gold = Corpora.text(fundus.get(i).gold(), "published");
            if (gold == null) {
                continue;
            }
            dated++;
            Timestamp ours = fp2.get(i).published();
            boolean ok = ours != null && dayIn(ours, gold).equals(LocalDate.parse(gold.substring(0, 10)));
            right += ok ? 1 : 0;
            ObjectNode p = fd.putObject(fundus.get(i).id());
            p.put("ok", ok);
            p.put("gold", gold);
            p.put("published", ours == null ? null : ours.toString());
        }
        figures.put("fundus.published.day", dated == 0 ? 0 : (double) right / dated);
    }

    /** Our day, seen in the gold's offset when both have one (the gold states its own offset or none). */
    private static LocalDate dayIn(Timestamp t, String gold) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([+-]\\d\\d:\\d\\d)$").matcher(gold.strip());
        if (t.value() instanceof OffsetDateTime o && m.find()) {
            return o.withOffsetSameInstant(ZoneOffset.of(m.group(1))).toLocalDate();
        }
        return t.date();
    }

    /** Fundus authors: micro precision, recall and F1 over exact names (case-folded, whitespace collapsed). */
    static void authors(Evaluation ev, Corpora corpora, Map<String, Double> figures, ObjectNode details) {
        List<Corpora.GoldPage> pages = corpora.fundus();
        List<Article> predicted = ev.extractAll("fundus authors", pages);
        int tp = 0;
        int np = 0;
        int ng = 0;
        ObjectNode per = details.putObject("fundus_authors");
        for (int i = 0; i < pages.size(); i++) {
            Set<String> gold = new LinkedHashSet<>();
            pages.get(i).gold().path("authors").forEach(a -> gold.add(normName(a.asText())));
            Set<String> ours = new LinkedHashSet<>();
            predicted.get(i).authors().forEach(a -> ours.add(normName(a)));
            int hit = 0;
            for (String a : ours) {
                hit += gold.contains(a) ? 1 : 0;
            }
            tp += hit;
            np += ours.size();
            ng += gold.size();
            ObjectNode p = per.putObject(pages.get(i).id());
            p.put("ok", hit == gold.size() && hit == ours.size());
            p.putPOJO("gold", List.copyOf(gold));
            p.putPOJO("authors", List.copyOf(ours));
        }
        double pr = np == 0 ? 0 : (double) tp / np;
        double re = ng == 0 ? 0 : (double) tp / ng;
        figures.put("fundus.authors.precision", pr);
        figures.put("fundus.authors.recall", re);
        figures.put("fundus.authors.f1", pr + re == 0 ? 0 : 2 * pr * re / (pr + re));
    }

    static String normName(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Fundus standfirsts: the body shingle metric on the pages with a gold standfirst. */
    static void standfirst(Evaluation ev, Corpora corpora, Map<String, Double> figures, ObjectNode details) {
        List<Corpora.GoldPage> pages = new ArrayList<>();
        for (Corpora.GoldPage g : corpora.fundus()) {
            if (g.standfirst() != null && !g.standfirst().isBlank()) {
                pages.add(g);
            }
        }
        List<Article> predicted = ev.extractAll("fundus standfirst", pages);
        List<BodyMetric.PageScore> rows = new ArrayList<>();
        ObjectNode per = details.putObject("fundus_standfirst");
        for (int i = 0; i < pages.size(); i++) {
            String ours = predicted.get(i).standfirst();
            BodyMetric.PageScore r = BodyMetric.score(pages.get(i).id(), pages.get(i).standfirst(),
                    ours == null ? "" : ours);
            rows.add(r);
            ObjectNode p = per.putObject(pages.get(i).id());
            p.put("f1", r.f1());
            p.put("gold", pages.get(i).standfirst());
            p.put("standfirst", ours);
        }
        BodyMetric.Result r = BodyMetric.aggregate(rows);
        figures.put("fundus.standfirst.f1", r.f1());
        figures.put("fundus.standfirst.precision", r.precision());
        figures.put("fundus.standfirst.recall", r.recall());
        figures.put("fundus.standfirst.pages", (double) r.pages());
    }
}
