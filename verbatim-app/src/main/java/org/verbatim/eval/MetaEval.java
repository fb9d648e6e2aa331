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
import org.verbatim.extract.html.meta.NewsAgencies;
import org.verbatim.model.Article;
import org.verbatim.model.Timestamp;
import org.verbatim.pipeline.PageProcessor;

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
        int[] updates = new int[2];
        ObjectNode per = details.putObject("htmldate");
        for (int i = 0; i < pages.size(); i++) {
            String gold = Corpora.text(pages.get(i).gold(), "published");
            Timestamp ours = predicted.get(i).published();
            ObjectNode p = per.putObject(pages.get(i).id());
            p.put("gold", gold);
            p.put("published", ours == null ? null : ours.toString());
            if (PageProcessor.notAnArticle(predicted.get(i))) {
                p.put("skipped_by_ingest", predicted.get(i).pageType().label() + " "
                        + predicted.get(i).pageTypeConfidence());
            }
            p.put("published_is_update", predicted.get(i).publishedIsUpdate());
            boolean right = ours != null && gold != null && ours.date().equals(LocalDate.parse(gold));
            countUpdate(predicted.get(i), right, updates);
            if (ours == null) {
                tn += gold == null ? 1 : 0;
                fn += gold == null ? 0 : 1;
            } else if (right) {
                tp++;
            } else {
                fp++;
            }
        }
        putUpdates(figures, "htmldate.update_only.", updates);
        figures.put("htmldate.accuracy", (double) (tp + tn) / pages.size());
        figures.put("htmldate.precision", tp + fp == 0 ? 0 : (double) tp / (tp + fp));
        figures.put("htmldate.recall", tp + fn == 0 ? 0 : (double) tp / (tp + fn));
        List<Corpora.GoldPage> fundus = corpora.fundus();
        List<Article> fp2 = ev.extractAll("fundus dates", fundus);
        // every page of both sets is an article: what ingest's default (articles only) would wrongly leave out
        figures.put("htmldate.ingest.skipped", (double) predicted.stream().filter(PageProcessor::notAnArticle).count());
        figures.put("fundus.ingest.skipped", (double) fp2.stream().filter(PageProcessor::notAnArticle).count());
        int right = 0;
        int dated = 0;
        int[] fundusUpdates = new int[2];
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
            countUpdate(fp2.get(i), ok, fundusUpdates);
            ObjectNode p = fd.putObject(fundus.get(i).id());
            p.put("ok", ok);
            p.put("gold", gold);
            p.put("published", ours == null ? null : ours.toString());
            p.put("published_is_update", fp2.get(i).publishedIsUpdate());
        }
        figures.put("fundus.published.day", dated == 0 ? 0 : (double) right / dated);
        putUpdates(figures, "fundus.published.update_only.", fundusUpdates);
    }

    /** Counts a page whose publication date is an update stamp ({@code [pages, right]}). */
    static void countUpdate(Article a, boolean right, int[] pagesRight) {
        if (a.publishedIsUpdate()) {
            pagesRight[0]++;
            pagesRight[1] += right ? 1 : 0;
        }
    }

    /** How many pages took an update stamp for their publication date, and how many of those are right. */
    static void putUpdates(Map<String, Double> figures, String prefix, int[] pagesRight) {
        figures.put(prefix + "pages", (double) pagesRight[0]);
        figures.put(prefix + "right", (double) pagesRight[1]);
    }

    /** Our day, seen in the gold's offset when both have one (the gold states its own offset or none). */
    private static LocalDate dayIn(Timestamp t, String gold) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([+-]\\d\\d:\\d\\d)$").matcher(gold.strip());
        if (t.value() instanceof OffsetDateTime o && m.find()) {
            return o.withOffsetSameInstant(ZoneOffset.of(m.group(1))).toLocalDate();
        }
        return t.date();
    }

    /**
     * Fundus authors: micro precision, recall and F1 over exact names (case-folded, whitespace collapsed). The gold
     * lists agency credits among the authors, so ours are the authors plus the agencies, and an agency is compared
     * by its canonical name on both sides ("AP" and "Associated Press" are one credit). The gold also credits the
     * publication itself on some pages ("orf.at", "Der Spiegel", "BBC News"); Verbatim's authors are people, so
     * {@code fundus.authors.*} leave those gold entries out ({@link #isPublicationCredit}, a rule on the gold record
     * alone); {@code fundus.authors.raw_*} keep them.
     */
    static void authors(Evaluation ev, Corpora corpora, Map<String, Double> figures, ObjectNode details) {
        List<Corpora.GoldPage> pages = corpora.fundus();
        List<Article> predicted = ev.extractAll("fundus authors", pages);
        int[] people = new int[3];
        int[] raw = new int[3];
        int publicationCredits = 0;
        ObjectNode per = details.putObject("fundus_authors");
        for (int i = 0; i < pages.size(); i++) {
            JsonNode g = pages.get(i).gold();
            Set<String> all = new LinkedHashSet<>();
            g.path("authors").forEach(a -> all.add(creditName(a.asText())));
            Set<String> gold = new LinkedHashSet<>();
            for (String a : all) {
                if (!isPublicationCredit(a, g.path("publisher").asText(""), pages.get(i).url())) {
                    gold.add(a);
                }
            }
            publicationCredits += all.size() - gold.size();
            Set<String> ours = new LinkedHashSet<>();
            predicted.get(i).authors().forEach(a -> ours.add(normName(a)));
            predicted.get(i).agencies().forEach(a -> ours.add(creditName(a)));
            int hit = count(ours, gold, people);
            count(ours, all, raw);
            ObjectNode p = per.putObject(pages.get(i).id());
            p.put("ok", hit == gold.size() && hit == ours.size());
            p.putPOJO("gold", List.copyOf(gold));
            p.putPOJO("authors", List.copyOf(ours));
        }
        put(figures, "fundus.authors.", people);
        put(figures, "fundus.authors.raw_", raw);
        figures.put("fundus.authors.publication_credits", (double) publicationCredits);
    }

    /** Adds true positives, predictions and gold counts to {@code tpNpNg}; returns the page's true positives. */
    private static int count(Set<String> ours, Set<String> gold, int[] tpNpNg) {
        int hit = 0;
        for (String a : ours) {
            hit += gold.contains(a) ? 1 : 0;
        }
        tpNpNg[0] += hit;
        tpNpNg[1] += ours.size();
        tpNpNg[2] += gold.size();
        return hit;
    }

    private static void put(Map<String, Double> figures, String prefix, int[] tpNpNg) {
        double pr = tpNpNg[1] == 0 ? 0 : (double) tpNpNg[0] / tpNpNg[1];
        double re = tpNpNg[2] == 0 ? 0 : (double) tpNpNg[0] / tpNpNg[2];
        figures.put(prefix + "precision", pr);
        figures.put(prefix + "recall", re);
        figures.put(prefix + "f1", pr + re == 0 ? 0 : 2 * pr * re / (pr + re));
    }

    /**
     * Whether a gold author credits the publication, judged from the gold record alone: the name (letters and digits)
     * equals the gold's publisher id, contains it or the host's main label (four characters or more), or is part of
     * the host ("orf.at", "Salzburger Nachrichten" for SalzburgerNachrichten, "BBC News" on bbc.com).
     */
    static boolean isPublicationCredit(String name, String publisher, String url) {
        String n = letters(name);
        String pub = letters(publisher);
        String host = url == null ? "" : url.replaceFirst("^[a-z]+://", "").replaceFirst("[/?#].*$", "")
                .replaceFirst("^www\\.", "");
        String[] labels = host.split("\\.");
        int main = labels.length - 2;
        if (main > 0 && SECOND_LEVEL.contains(labels[main])) {
            main--; // co.uk, com.tr
        }
        String label = main >= 0 ? letters(labels[main]) : "";
        if (n.isEmpty()) {
            return false;
        }
        return n.equals(pub) || pub.length() >= 4 && n.contains(pub) || label.length() >= 4 && n.contains(label)
                || n.length() >= 3 && letters(host).contains(n) || pub.length() >= 3 && n.startsWith(pub);
    }

    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "net", "org", "gov", "ac", "ne", "or");

    private static String letters(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** An agency's canonical name, or the name itself; normalised. */
    private static String creditName(String s) {
        String agency = NewsAgencies.standard().canonical(s);
        return normName(agency != null ? agency : s);
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
