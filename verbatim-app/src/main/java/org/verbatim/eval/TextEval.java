package org.verbatim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.verbatim.Verbatim;
import org.verbatim.extract.text.TextRenderer;
import org.verbatim.model.Article;

/**
 * The {@code text} suite: the scraped-text path on the HTML corpora rendered to WET-like text by
 * {@link TextRenderer} (visible text, one line per block, the title first), scored against the same gold as the HTML
 * path: {@code text.fundus.*}, {@code text.readability_news.*}, {@code text.readability_all.*} with the
 * article-extraction benchmark's shingle metric ({@link BodyMetric}), {@code text.wcxb.*} with WCXB's
 * ({@link WcxbEval}, page types included), and the seed's article checks ({@code text.seed.article.checks}).
 * Cross-validation ({@code eval --suite text --cv}) scores the same corpora with models that did not see the page,
 * under the prefix {@code text_cv}.
 */
public final class TextEval {
    /** The suite's name and the prefix of its figures. */
    public static final String PREFIX = "text";

    /** Extracts one rendered page: the corpus it comes from ({@code fundus}, {@code readability}, {@code wcxb}). */
    @FunctionalInterface
    public interface Extraction {
        Article extract(RenderedPage page);
    }

    /** The shipped text path: {@code Verbatim.extractText}. */
    public static final Extraction SHIPPED = p -> Verbatim.extractText(p.text(), p.url());

    /**
     * One HTML page of a gold corpus rendered to text.
     *
     * @param corpus {@code fundus}, {@code readability} or {@code wcxb}
     * @param id     the page's id in its corpus
     * @param fold   the wcxb-dev domain fold, or -1 for the other corpora
     */
    public record RenderedPage(String corpus, String id, String url, String text, int fold) {
        /** {@code corpus/id}, lower case: a stable key. */
        public String key() {
            return (corpus + "/" + id).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The rendered corpora with their gold. */
    public record Rendered(List<Corpora.GoldPage> fundus, List<RenderedPage> fundusText,
                           List<Corpora.GoldPage> readability, List<RenderedPage> readabilityText,
                           List<String> readabilityNews, List<WcxbCorpus.Page> wcxb, List<RenderedPage> wcxbText) {
        /** Every rendered page: fundus, readability, then wcxb-dev. */
        public List<RenderedPage> all() {
            List<RenderedPage> out = new ArrayList<>(fundusText);
            out.addAll(readabilityText);
            out.addAll(wcxbText);
            return out;
        }
    }

    private TextEval() {
    }

    /** Renders every page of fundus, the readability tests and wcxb-dev (when present), on all cores. */
    public static Rendered render(Corpora corpora, Evaluation.Progress progress) {
        List<Corpora.GoldPage> fundus = corpora.fundus();
        List<Corpora.GoldPage> readability = corpora.readability(corpora.readabilityNames());
        List<WcxbCorpus.Page> wcxb = WcxbCorpus.present(corpora.shared()) ? WcxbCorpus.load(corpora.shared())
                : List.of();
        int total = fundus.size() + readability.size() + wcxb.size();
        AtomicInteger done = new AtomicInteger();
        Runnable tick = () -> progress.update("text (render)", done.incrementAndGet(), total);
        List<RenderedPage> f = render("fundus", fundus, List.of(), tick);
        List<RenderedPage> r = render("readability", readability, List.of(), tick);
        List<RenderedPage> w = render("wcxb", wcxb.stream().map(WcxbCorpus.Page::gold).toList(),
                wcxb.stream().map(WcxbCorpus.Page::fold).toList(), tick);
        return new Rendered(fundus, f, readability, r, Corpora.resourceNames(Evaluation.NEWS_LIST), wcxb, w);
    }

    private static List<RenderedPage> render(String corpus, List<Corpora.GoldPage> pages, List<Integer> folds,
                                             Runnable tick) {
        RenderedPage[] out = new RenderedPage[pages.size()];
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
            Corpora.GoldPage g = pages.get(i);
            out[i] = new RenderedPage(corpus, g.id(), g.url(), TextRenderer.render(g.bytes(), null),
                    folds.isEmpty() ? -1 : folds.get(i));
            tick.run();
        });
        return List.of(out);
    }

    /** The suite with the shipped text path: renders, extracts and scores under {@link #PREFIX}. */
    static void run(Corpora corpora, Evaluation.Progress progress, Map<String, Double> figures, ObjectNode details) {
        score(PREFIX, render(corpora, progress), SHIPPED, progress, figures, details);
        seed(corpora, figures, details);
    }

    /** Extracts every rendered page with {@code extraction} and adds the figures under {@code prefix}. */
    public static void score(String prefix, Rendered r, Extraction extraction, Evaluation.Progress progress,
                             Map<String, Double> figures, ObjectNode details) {
        List<Article> fundus = extractAll(prefix, r.fundusText(), extraction, progress);
        Evaluation.addBodyAndTitle(prefix + ".fundus", r.fundus(), fundus, figures, details);
        List<Article> readability = extractAll(prefix, r.readabilityText(), extraction, progress);
        List<Corpora.GoldPage> news = new ArrayList<>();
        List<Article> newsPredicted = new ArrayList<>();
        for (int i = 0; i < r.readability().size(); i++) {
            if (r.readabilityNews().contains(r.readability().get(i).id())) {
                news.add(r.readability().get(i));
                newsPredicted.add(readability.get(i));
            }
        }
        Evaluation.addBodyAndTitle(prefix + ".readability_news", news, newsPredicted, figures, details);
        Evaluation.putBody(prefix + ".readability_all", BodyMetric.aggregate(Evaluation.bodyRows(r.readability(),
                readability)), figures);
        if (!r.wcxb().isEmpty()) {
            List<Article> wcxb = extractAll(prefix, r.wcxbText(), extraction, progress);
            WcxbEval.score(prefix + ".wcxb", r.wcxb(), wcxb, figures, details);
        }
    }

    private static List<Article> extractAll(String suite, List<RenderedPage> pages, Extraction extraction,
                                            Evaluation.Progress progress) {
        AtomicInteger done = new AtomicInteger();
        Article[] out = new Article[pages.size()];
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
            out[i] = extraction.extract(pages.get(i));
            progress.update(suite, done.incrementAndGet(), pages.size());
        });
        return List.of(out);
    }

    /** The seed's article checks through the text path, as the {@code seed} suite runs them. */
    private static void seed(Corpora corpora, Map<String, Double> figures, ObjectNode details) {
        String text;
        try {
            text = Files.readString(corpora.seedText(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode exp = corpora.seedExpected().path("article");
        Map<String, Boolean> checks = Evaluation.seedChecks(Verbatim.extractText(text, null), exp);
        ObjectNode d = details.putObject(PREFIX + ".seed");
        checks.forEach(d::put);
        figures.put(PREFIX + ".seed.article.checks",
                (double) checks.values().stream().filter(b -> b).count() / checks.size());
    }
}
