package org.verbatim.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.model.Article;

/**
 * The {@code wcxb} suite: body P/R/F1 (the WCXB metric, {@link WcxbMetric}) over all pages, per page type and per
 * fold, the snippet rates, and title, date and byline figures over all pages, over the articles, and over the articles
 * of each fold and of folds 0-3 together (fold 4 is the untouched check of hand-written rules). Figures are named
 * {@code wcxb.body.f1}, {@code wcxb.<type>.f1}, {@code wcxb.fold<k>.f1}, {@code wcxb.article.title.exact},
 * {@code wcxb.article.fold4.authors.f1}, {@code wcxb.article.folds0-3.date.accuracy}, ... and the miss listing of
 * folds 0-3 by kind ({@link WcxbMisses}: {@code wcxb.article.folds0-3.date.miss.given_no_gold}...; each article's kind
 * in the report's details as {@code date_miss}, {@code title_miss}, {@code authors_miss}). {@code wcxb.extraction.clean}
 * is the share of pages on which no stage of extraction threw ({@link Article#isFailureWarning}; a page's failures
 * are in its details as {@code failures}): a bug that costs a page its metadata is seen, not silently scored.
 */
public final class WcxbEval {
    private WcxbEval() {
    }

    /** Scores {@code predicted} (one article per page, in the same order) and adds figures under {@code prefix}. */
    public static void score(String prefix, List<WcxbCorpus.Page> pages, List<Article> predicted, Map<String, Double> figures,
                      ObjectNode details) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        ObjectNode per = details.putObject(prefix);
        List<Row> all = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            WcxbCorpus.Page g = pages.get(i);
            Row r = row(g, predicted.get(i));
            all.add(r);
            groups.computeIfAbsent(g.type(), k -> new ArrayList<>()).add(r);
            groups.computeIfAbsent("fold" + g.fold(), k -> new ArrayList<>()).add(r);
            perPage(per.putObject(g.id()), g, predicted.get(i), r);
        }
        putGroup(prefix, all, figures);
        figures.put(prefix + ".with_rate", mean(all, r -> r.body.withRate()));
        figures.put(prefix + ".without_rate", mean(all, r -> r.body.withoutRate()));
        figures.put(prefix + ".pages", (double) all.size());
        figures.put(prefix + ".extraction.clean", mean(all, r -> failures(r.article).isEmpty() ? 1.0 : 0.0));
        putMeta(prefix, all, figures);
        for (String t : WcxbCorpus.TYPES) {
            if (groups.containsKey(t)) {
                putGroup(prefix + "." + t, groups.get(t), figures);
            }
        }
        List<Row> articles = groups.getOrDefault("article", List.of());
        putMeta(prefix + ".article", articles, figures);
        int[] updates = new int[2];
        for (Row r : articles) {
            MetaEval.countUpdate(r.article, r.date, updates);
        }
        MetaEval.putUpdates(figures, prefix + ".article.date.update_only.", updates);
        for (int k = 0; k < WcxbCorpus.FOLDS; k++) {
            List<Row> f = groups.get("fold" + k);
            if (f != null) {
                figures.put(prefix + ".fold" + k + ".f1", mean(f, r -> r.body.f1()));
            }
            int fold = k;
            putMeta(prefix + ".article.fold" + k, articles.stream().filter(r -> r.page.fold() == fold).toList(),
                    figures);
        }
        // the folds hand-written rules were decided on, apart from the untouched check (fold 4)
        List<Row> tuning = articles.stream().filter(r -> r.page.fold() < WcxbCorpus.FOLDS - 1).toList();
        putMeta(prefix + ".article.folds0-3", tuning, figures);
        putMisses(prefix + ".article.folds0-3", tuning, figures);
        putPageTypes(prefix, all, figures);
    }

    /** One page's scores; {@code title}, {@code date} and {@code authors} are {@code null} where the gold is silent. */
    private record Row(WcxbCorpus.Page page, Article article, WcxbMetric.Body body, Boolean title, boolean date,
                       Double authors, String predictedType, boolean skipped) {
    }

    private static Row row(WcxbCorpus.Page g, Article a) {
        WcxbMetric.Body body = WcxbMetric.body(a.text(), g.content(), g.with(), g.without());
        Boolean title = g.title() == null || g.title().isEmpty() ? null : WcxbMetric.titleMatches(g.title(), a.title());
        boolean date = WcxbMetric.day(g.date()).equals(WcxbMetric.day(a.published() == null ? null
                : a.published().toString()));
        Double authors = g.author() == null || g.author().isEmpty() ? null
                : WcxbMetric.authorsF1(g.author(), credited(a));
        return new Row(g, a, body, title, date, authors, a.pageType() == null ? null : a.pageType().label(),
                org.verbatim.pipeline.PageProcessor.notAnArticle(a));
    }

    /**
     * The warnings of {@code a} that say a stage of extraction threw ({@link Article#isFailureWarning}): a page whose
     * metadata or body was lost to a bug, not to the page.
     */
    static List<String> failures(Article a) {
        return a.warnings().stream().filter(Article::isFailureWarning).toList();
    }

    /** What the byline is scored against: persons, agencies and organisation credits together. */
    static List<String> credited(Article a) {
        List<String> out = new ArrayList<>(a.authors());
        out.addAll(a.agencies());
        out.addAll(a.credits());
        return out;
    }

    private static void perPage(ObjectNode p, WcxbCorpus.Page g, Article a, Row r) {
        p.put("type", g.type());
        p.put("fold", g.fold());
        p.put("f1", r.body.f1());
        p.put("precision", r.body.precision());
        p.put("recall", r.body.recall());
        p.put("words", WcxbMetric.tokens(a.text()).size());
        p.put("gold_words", WcxbMetric.tokens(g.content()).size());
        p.put("predicted_type", r.predictedType);
        p.put("predicted_confidence", a.pageTypeConfidence());
        p.put("skipped_by_ingest", r.skipped);
        p.put("title", a.title());
        p.put("gold_title", g.title());
        p.put("published", a.published() == null ? null : a.published().toString());
        p.put("published_is_update", a.publishedIsUpdate());
        p.put("gold_date", g.date());
        p.put("authors", String.join("; ", credited(a)));
        p.put("gold_author", g.author());
        List<String> failures = failures(a);
        if (!failures.isEmpty()) {
            p.put("failures", String.join("; ", failures));
        }
        if (g.type().equals("article")) {
            p.put("date_miss", dateMiss(r));
            p.put("title_miss", titleMiss(r));
            p.put("authors_miss", authorsMiss(r));
        }
    }

    /**
     * The miss listing: how many pages of {@code rows} missed their date, title or byline, by kind
     * ({@link WcxbMisses}); {@code <name>.date.miss.given_no_gold}, {@code <name>.authors.miss.none_found}...
     */
    private static void putMisses(String name, List<Row> rows, Map<String, Double> figures) {
        putKinds(name + ".date.miss.", WcxbMisses.DATE_KINDS, rows.stream().map(WcxbEval::dateMiss).toList(), figures);
        putKinds(name + ".title.miss.", WcxbMisses.TITLE_KINDS, rows.stream().map(WcxbEval::titleMiss).toList(),
                figures);
        putKinds(name + ".authors.miss.", WcxbMisses.AUTHOR_KINDS, rows.stream().map(WcxbEval::authorsMiss).toList(),
                figures);
    }

    private static void putKinds(String prefix, List<String> kinds, List<String> found, Map<String, Double> figures) {
        for (String kind : kinds) {
            figures.put(prefix + kind, (double) found.stream().filter(kind::equals).count());
        }
    }

    private static String dateMiss(Row r) {
        return WcxbMisses.date(WcxbMetric.day(r.page.date()), WcxbMetric.day(str(r.article.published())),
                WcxbMetric.day(str(r.article.modified())), r.article.publishedIsUpdate());
    }

    private static String titleMiss(Row r) {
        return WcxbMisses.title(r.page.title(), r.article.title());
    }

    private static String authorsMiss(Row r) {
        return WcxbMisses.authors(r.page.author(), credited(r.article));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static void putGroup(String name, List<Row> rows, Map<String, Double> figures) {
        figures.put(name + ".f1", mean(rows, r -> r.body.f1()));
        figures.put(name + ".precision", mean(rows, r -> r.body.precision()));
        figures.put(name + ".recall", mean(rows, r -> r.body.recall()));
    }

    private static void putMeta(String name, List<Row> rows, Map<String, Double> figures) {
        if (rows.isEmpty()) {
            return;
        }
        List<Row> titled = rows.stream().filter(r -> r.title != null).toList();
        List<Row> bylined = rows.stream().filter(r -> r.authors != null).toList();
        figures.put(name + ".title.exact", mean(titled, r -> r.title ? 1.0 : 0.0));
        figures.put(name + ".date.accuracy", mean(rows, r -> r.date ? 1.0 : 0.0));
        figures.put(name + ".authors.f1", mean(bylined, r -> r.authors));
    }

    /** Page-type accuracy and the F1 of telling articles from the other types, when the extractor gives types. */
    private static void putPageTypes(String prefix, List<Row> rows, Map<String, Double> figures) {
        if (rows.stream().allMatch(r -> r.predictedType == null)) {
            return;
        }
        figures.put(prefix + ".page_type.accuracy", mean(rows, r -> r.page.type().equals(r.predictedType) ? 1.0 : 0));
        long tp = rows.stream().filter(r -> isArticle(r.page.type()) && isArticle(r.predictedType)).count();
        long fp = rows.stream().filter(r -> !isArticle(r.page.type()) && isArticle(r.predictedType)).count();
        long fn = rows.stream().filter(r -> isArticle(r.page.type()) && !isArticle(r.predictedType)).count();
        figures.put(prefix + ".article_vs_other.f1", tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn));
        // what ingest's default does with them: articles it would skip, other pages it would index
        figures.put(prefix + ".ingest.articles_skipped", mean(rows.stream().filter(r -> isArticle(r.page.type()))
                .toList(), r -> r.skipped ? 1.0 : 0.0));
        figures.put(prefix + ".ingest.others_kept", mean(rows.stream().filter(r -> !isArticle(r.page.type()))
                .toList(), r -> r.skipped ? 0.0 : 1.0));
    }

    private static boolean isArticle(String type) {
        return "article".equals(type);
    }

    private static double mean(List<Row> rows, java.util.function.ToDoubleFunction<Row> f) {
        return rows.isEmpty() ? 0 : rows.stream().mapToDouble(f).sum() / rows.size();
    }
}
