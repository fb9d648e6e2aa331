package org.verbatim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.verbatim.Verbatim;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.BlockType;

/**
 * Scores the extractor on the shared corpora. Each suite adds named figures ({@code fundus.body.f1}, ...) to a
 * {@link Report}; the gate compares them with floors kept in the repository.
 */
public final class Evaluation {
    /** The suites, in the order they run. */
    public static final List<String> SUITES = List.of("fundus", "readability", "seed", "golden", "quotes",
            "dates", "authors", "standfirst", "wcxb", "text");
    static final String NEWS_LIST = "/org/verbatim/eval/readability-news.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Told about progress; called from worker threads. */
    @FunctionalInterface
    public interface Progress {
        void update(String suite, int done, int total);

        Progress NONE = (s, d, t) -> { };
    }

    /** What one suite produced: its figures and, per page, what was predicted. */
    public record Report(Map<String, Double> figures, ObjectNode details) {
    }

    private final Corpora corpora;
    private final Progress progress;
    private final Path predictions;

    public Evaluation(Corpora corpora, Progress progress) {
        this(corpora, progress, null);
    }

    /**
     * An evaluation that also writes, into the folder {@code predictions} (when not {@code null}), the Article JSON
     * lines of the suites that have a reference scorer ({@code wcxb-predictions.jsonl} for
     * {@code tools/score_wcxb.py}), so that anyone can score the same predictions with it.
     */
    public Evaluation(Corpora corpora, Progress progress, Path predictions) {
        this.corpora = Objects.requireNonNull(corpora);
        this.progress = Objects.requireNonNull(progress);
        this.predictions = predictions;
    }

    /** Runs the named suites; unknown names throw {@link IllegalArgumentException}. */
    public Report run(List<String> suites) {
        Map<String, Double> figures = new LinkedHashMap<>();
        ObjectNode details = JSON.createObjectNode();
        for (String s : suites) {
            switch (s) {
                case "fundus" -> fundus(figures, details);
                case "readability" -> readability(figures, details);
                case "seed" -> seed(figures, details);
                case "golden" -> golden(figures, details);
                case "quotes" -> quotes(figures, details);
                case "dates" -> MetaEval.dates(this, corpora, figures, details);
                case "authors" -> MetaEval.authors(this, corpora, figures, details);
                case "standfirst" -> MetaEval.standfirst(this, corpora, figures, details);
                case "wcxb" -> wcxb(figures, details);
                case "text" -> TextEval.run(corpora, progress, figures, details);
                default -> throw new IllegalArgumentException("unknown suite '" + s + "' (known: " + SUITES + ")");
            }
        }
        return new Report(figures, details);
    }

    /** The WCXB dev pages of every type with the benchmark's metrics ({@link WcxbEval}); skipped when absent. */
    private void wcxb(Map<String, Double> figures, ObjectNode details) {
        if (!WcxbCorpus.present(corpora.shared())) {
            return;
        }
        List<WcxbCorpus.Page> pages = WcxbCorpus.load(corpora.shared());
        List<Article> predicted = extractAll("wcxb", pages.stream().map(WcxbCorpus.Page::gold).toList());
        WcxbEval.score("wcxb", pages, predicted, figures, details);
        writePredictions("wcxb-predictions.jsonl", pages.stream().map(p -> p.file().toString()).toList(), predicted);
    }

    private void writePredictions(String name, List<String> sources, List<Article> predicted) {
        writePredictions(predictions, name, sources, predicted);
    }

    /**
     * Writes {@code predicted} as Article JSON lines to the file {@code name} in the folder {@code dir} (nothing when
     * {@code dir} is {@code null}), each with its source, so that a reference scorer can read them.
     *
     * @param sources per prediction, in the same order, the file it was extracted from
     * @throws java.io.UncheckedIOException if the file cannot be written, naming the folder
     */
    public static void writePredictions(Path dir, String name, List<String> sources, List<Article> predicted) {
        if (dir == null) {
            return;
        }
        if (sources.size() != predicted.size()) {
            throw new IllegalArgumentException(sources.size() + " sources for " + predicted.size() + " predictions");
        }
        try {
            Files.createDirectories(dir);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < predicted.size(); i++) {
                lines.add(org.verbatim.json.ArticleJson.toLine(predicted.get(i).withSource(sources.get(i))));
            }
            Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write predictions to " + dir, e);
        }
    }

    private void fundus(Map<String, Double> figures, ObjectNode details) {
        List<Corpora.GoldPage> pages = corpora.fundus();
        List<Article> predicted = extractAll("fundus", pages);
        addBodyAndTitle("fundus", pages, predicted, figures, details);
    }

    private void readability(Map<String, Double> figures, ObjectNode details) {
        List<Corpora.GoldPage> news = corpora.readability(Corpora.resourceNames(NEWS_LIST));
        List<Article> newsPredicted = extractAll("readability news", news);
        addBodyAndTitle("readability_news", news, newsPredicted, figures, details);
        addSpecTitle("readability_news", news, newsPredicted, figures, (ObjectNode) details.get("readability_news"));
        List<Corpora.GoldPage> all = corpora.readability(corpora.readabilityNames());
        List<Article> allPredicted = extractAll("readability all", all);
        List<BodyMetric.PageScore> rows = bodyRows(all, allPredicted);
        putBody("readability_all", BodyMetric.aggregate(rows), figures);
    }

    /**
     * Body figures and two title figures: {@code .title.exact}, the share of pages with a gold title whose title
     * equals it after whitespace collapsing ({@link #normalise}), and {@code .title.normalized}, the same share after
     * {@link TitleForms#readerForm} on both sides (format characters, typographic quotes, NFKC and whitespace
     * differences forgiven; see there).
     */
    static void addBodyAndTitle(String name, List<Corpora.GoldPage> pages, List<Article> predicted,
                                 Map<String, Double> figures, ObjectNode details) {
        List<BodyMetric.PageScore> rows = bodyRows(pages, predicted);
        putBody(name, BodyMetric.aggregate(rows), figures);
        int titled = 0;
        int exact = 0;
        int normalized = 0;
        ObjectNode perPage = details.putObject(name);
        for (int i = 0; i < pages.size(); i++) {
            Corpora.GoldPage g = pages.get(i);
            Article a = predicted.get(i);
            boolean titleOk = g.title() != null && normalise(g.title()).equals(normalise(a.title()));
            boolean normalizedOk = g.title() != null
                    && TitleForms.readerForm(g.title()).equals(TitleForms.readerForm(a.title()));
            if (g.title() != null) {
                titled++;
                exact += titleOk ? 1 : 0;
                normalized += normalizedOk ? 1 : 0;
            }
            BodyMetric.PageScore r = rows.get(i);
            ObjectNode p = perPage.putObject(g.id());
            p.put("body_f1", r.f1());
            p.put("body_precision", r.precision());
            p.put("body_recall", r.recall());
            p.put("title_ok", titleOk);
            p.put("title_normalized_ok", normalizedOk);
            p.put("title", a.title());
            p.put("gold_title", g.title());
            p.put("text", a.text());
        }
        figures.put(name + ".title.exact", titled == 0 ? 0 : (double) exact / titled);
        figures.put(name + ".title.normalized", titled == 0 ? 0 : (double) normalized / titled);
    }

    /**
     * {@code .title.spec}: like {@code .title.exact}, but against the gold title without a trailing credit that the
     * same gold record names as its {@code siteName} or {@code byline} ({@link TitleForms#withoutCredit}, a rule on
     * the gold record alone). Readability's expected titles are its own output and sometimes keep the site suffix
     * that the headline spec says to remove ("... - Breitbart"). {@code .title.spec_trimmed} counts the gold titles
     * the rule changed.
     */
    private static void addSpecTitle(String name, List<Corpora.GoldPage> pages, List<Article> predicted,
                                     Map<String, Double> figures, ObjectNode perPage) {
        int titled = 0;
        int right = 0;
        int trimmed = 0;
        for (int i = 0; i < pages.size(); i++) {
            Corpora.GoldPage g = pages.get(i);
            if (g.title() == null) {
                continue;
            }
            String gold = TitleForms.withoutCredit(g.title(), Corpora.text(g.gold(), "siteName"),
                    Corpora.text(g.gold(), "byline"));
            boolean ok = normalise(gold).equals(normalise(predicted.get(i).title()));
            titled++;
            right += ok ? 1 : 0;
            ObjectNode p = (ObjectNode) perPage.get(g.id());
            if (!gold.equals(g.title())) {
                trimmed++;
                p.put("gold_title_spec", gold);
            }
            p.put("title_spec_ok", ok);
        }
        figures.put(name + ".title.spec", titled == 0 ? 0 : (double) right / titled);
        figures.put(name + ".title.spec_trimmed", (double) trimmed);
    }

    static List<BodyMetric.PageScore> bodyRows(List<Corpora.GoldPage> pages, List<Article> predicted) {
        List<BodyMetric.PageScore> rows = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            rows.add(BodyMetric.score(pages.get(i).id(), pages.get(i).body(), predicted.get(i).text()));
        }
        return rows;
    }

    static void putBody(String name, BodyMetric.Result r, Map<String, Double> figures) {
        figures.put(name + ".body.f1", r.f1());
        figures.put(name + ".body.precision", r.precision());
        figures.put(name + ".body.recall", r.recall());
        figures.put(name + ".pages", (double) r.pages());
    }

    /** Extracts every page on all cores, keeping the input order. */
    List<Article> extractAll(String suite, List<Corpora.GoldPage> pages) {
        AtomicInteger done = new AtomicInteger();
        Article[] out = new Article[pages.size()];
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
            Corpora.GoldPage g = pages.get(i);
            out[i] = Verbatim.extract(g.bytes(), g.url());
            progress.update(suite, done.incrementAndGet(), pages.size());
        });
        return List.of(out);
    }

    private void seed(Map<String, Double> figures, ObjectNode details) {
        String text;
        try {
            text = Files.readString(corpora.seedText(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Article a = Verbatim.extractText(text, null);
        JsonNode exp = corpora.seedExpected().path("article");
        Map<String, Boolean> checks = seedChecks(a, exp);
        ObjectNode d = details.putObject("seed");
        checks.forEach(d::put);
        long passed = checks.values().stream().filter(b -> b).count();
        figures.put("seed.article.checks", (double) passed / checks.size());
        progress.update("seed", 1, 1);
    }

    /** The seed's gold article section, check by check. */
    static Map<String, Boolean> seedChecks(Article a, JsonNode exp) {
        Map<String, Boolean> c = new LinkedHashMap<>();
        String body = a.text();
        c.put("title", exp.path("title").asText().equals(a.title()));
        c.put("standfirst", exp.path("standfirst").asText().equals(a.standfirst()));
        c.put("published", a.published() != null && exp.path("published").asText().equals(a.published().toString()));
        c.put("language", exp.path("language").asText().equals(a.language()));
        c.put("body_paragraphs", a.blocks().size() == exp.path("body_paragraphs").asInt()
                && a.blocks().stream().allMatch(b -> b.type() == BlockType.PARAGRAPH));
        c.put("body_starts_with", body.startsWith(exp.path("body_starts_with").asText()));
        c.put("body_ends_with", body.endsWith(exp.path("body_ends_with").asText()));
        boolean clean = true;
        for (JsonNode junk : exp.path("body_must_not_contain")) {
            clean &= a.blocks().stream().map(Block::text).noneMatch(t -> t.contains(junk.asText()));
        }
        c.put("body_must_not_contain", clean);
        return c;
    }

    /** The quote corpora: figure prefix, file under {@code corpora/}, language. */
    static final List<String[]> QUOTE_CORPORA = List.of(new String[] {"polnear", "polnear/dev.jsonl", "en"},
            new String[] {"gernews", "gernews/dev.jsonl", "de"});

    /**
     * Who said what: PolNeAR dev (English) and GerNews dev (German) with the metrics of the corpora README (agreeing
     * with {@code tools/score_quotes.py}), each with its breakdown by kind, speaker kind and confusions, and the
     * seed's twelve gold quotes (text, speaker and kind each).
     */
    private void quotes(Map<String, Double> figures, ObjectNode details) {
        try {
            org.verbatim.enrich.Annotator annotator = new org.verbatim.enrich.Annotator();
            int step = 0;
            for (String[] c : QUOTE_CORPORA) {
                java.nio.file.Path dev = corpora.shared().resolve("corpora").resolve(c[1]);
                progress.update("quotes", step++, QUOTE_CORPORA.size() + 1);
                if (!Files.isRegularFile(dev)) {
                    continue;
                }
                QuoteEval.Result r = QuoteEval.evaluate(dev, annotator, null);
                figures.put(c[0] + ".quotes.precision", r.precision());
                figures.put(c[0] + ".quotes.recall", r.recall());
                figures.put(c[0] + ".quotes.f1", r.f1());
                figures.put(c[0] + ".quotes.exact_f1", r.exactF1());
                figures.put(c[0] + ".speaker.accuracy", r.speakerAccuracy());
                figures.putAll(r.breakdown().figures(c[0] + "."));
                details.putObject("quotes_" + c[0]).put("language", c[2]).put("summary", r.describe());
            }
            String text = Files.readString(corpora.seedText(), StandardCharsets.UTF_8);
            Article a = Verbatim.annotate(Verbatim.extractText(text, null));
            JsonNode gold = corpora.seedExpected().path("quotes");
            int right = 0;
            ObjectNode d = details.putObject("seed_quotes");
            for (JsonNode g : gold) {
                boolean ok = a.annotation().quotes().stream().anyMatch(q -> seedQuoteMatches(q, g));
                d.put(g.path("contains").asText(), ok);
                right += ok ? 1 : 0;
            }
            figures.put("seed.quotes.right", (double) right / gold.size());
            progress.update("quotes", QUOTE_CORPORA.size() + 1, QUOTE_CORPORA.size() + 1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A predicted quote covers the gold one's text with the gold speaker and kind. */
    static boolean seedQuoteMatches(org.verbatim.model.Quote q, JsonNode g) {
        String contains = g.path("contains").asText();
        boolean overlaps = q.text().contains(contains) || contains.contains(q.text());
        boolean speaker = q.speaker() != null && q.speaker().name().equals(g.path("speaker").asText());
        boolean kind = q.kind().name().equalsIgnoreCase(g.path("kind").asText());
        return overlaps && speaker && kind;
    }

    /**
     * The project's golden pages: each figure is the share of pages (or, for {@code golden.body.clean}, of
     * boilerplate strings) where the extraction matches the hand-written gold.
     */
    private void golden(Map<String, Double> figures, ObjectNode details) {
        List<GoldenPages.Golden> pages = GoldenPages.all();
        Map<String, int[]> tally = new LinkedHashMap<>();
        ObjectNode perPage = details.putObject("golden");
        for (GoldenPages.Golden g : pages) {
            Article a = Verbatim.extract(g.html(), g.url());
            Map<String, Boolean> checks = goldenChecks(a, g.expected());
            ObjectNode p = perPage.putObject(g.slug());
            checks.forEach((k, v) -> {
                p.put(k, v);
                int[] t = tally.computeIfAbsent(k, x -> new int[2]);
                t[0] += v ? 1 : 0;
                t[1]++;
            });
            int[] clean = tally.computeIfAbsent("body.clean", x -> new int[2]);
            String text = a.text();
            for (JsonNode junk : g.expected().path("body").path("must_not_contain")) {
                boolean absent = !containsWords(text, junk.asText());
                clean[0] += absent ? 1 : 0;
                clean[1]++;
                if (!absent) {
                    p.withArray("boilerplate_kept").add(junk.asText());
                }
            }
            progress.update("golden", perPage.size(), pages.size());
        }
        tally.forEach((k, t) -> figures.put("golden." + k, t[1] == 0 ? 0 : (double) t[0] / t[1]));
        figures.put("golden.pages", (double) pages.size());
    }

    /**
     * Whether {@code phrase} stands in {@code text} as whole words: not as the start or end of a longer word (a page's
     * "Anzeige" advertisement label is boilerplate; "sagte er dem Anzeiger", the paper's name in the story, is not).
     */
    static boolean containsWords(String text, String phrase) {
        if (phrase.isEmpty()) {
            return true;
        }
        String wordChar = "[\\p{L}\\p{N}]";
        String before = Character.isLetterOrDigit(phrase.codePointAt(0)) ? "(?<!" + wordChar + ")" : "";
        String after = Character.isLetterOrDigit(phrase.codePointBefore(phrase.length())) ? "(?!" + wordChar + ")" : "";
        return java.util.regex.Pattern.compile(before + java.util.regex.Pattern.quote(phrase) + after).matcher(text)
                .find();
    }

    /** Field-by-field checks of one golden page; dates compare as values, not strings. */
    static Map<String, Boolean> goldenChecks(Article a, JsonNode exp) {
        Map<String, Boolean> c = new LinkedHashMap<>();
        c.put("title.exact", Objects.equals(normalise(exp.path("title").asText(null)), normalise(a.title())));
        c.put("standfirst.exact", Objects.equals(normalise(exp.path("standfirst").asText(null)), normalise(a.standfirst())));
        c.put("published.exact", sameTime(exp.path("published").asText(null), a.published()));
        List<String> authors = new ArrayList<>();
        exp.path("authors").forEach(n -> authors.add(n.asText()));
        c.put("authors.exact", authors.equals(a.authors()));
        String text = normalise(a.text());
        JsonNode body = exp.path("body");
        c.put("body.starts", text != null && text.startsWith(normalise(body.path("starts_with").asText())));
        c.put("body.ends", text != null && text.endsWith(normalise(body.path("ends_with").asText())));
        c.put("language", Objects.equals(exp.path("language").asText(null), primary(a.language())));
        return c;
    }

    private static boolean sameTime(String gold, org.verbatim.model.Timestamp ours) {
        if (gold == null || ours == null) {
            return gold == null && ours == null;
        }
        try {
            return org.verbatim.model.Timestamp.parse(gold).equals(ours);
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static String primary(String lang) {
        return lang == null ? null : lang.split("-")[0].toLowerCase(java.util.Locale.ROOT);
    }

    /** Whitespace-collapsed, stripped; {@code null} stays {@code null}. */
    static String normalise(String s) {
        return s == null ? null : s.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
    }
}
