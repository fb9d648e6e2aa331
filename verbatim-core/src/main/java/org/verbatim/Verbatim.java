package org.verbatim;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.verbatim.enrich.ArticleAnnotator;
import org.verbatim.extract.common.ArticleSanitizer;
import org.verbatim.extract.Extractor;
import org.verbatim.extract.HtmlExtractor;
import org.verbatim.extract.TextExtractor;
import org.verbatim.model.Article;
import org.verbatim.model.Page;

/**
 * The library's entry point: a page in, a clean {@link Article} out.
 *
 * <pre>{@code
 * Article a = Verbatim.extract(Files.readAllBytes(path), "https://example.com/news/1");
 * System.out.println(a.title() + "\n\n" + a.text());
 * Article who = Verbatim.annotate(a);          // adds quotes, speakers, entities, time expressions
 * who.annotation().quotes().forEach(q -> System.out.println(q.speaker() + ": " + q.text()));
 * }</pre>
 *
 * <p>All methods are thread-safe and never throw for bad content; see {@link Extractor}.
 */
public final class Verbatim {
    private static final Extractor HTML = new HtmlExtractor();
    private static final Extractor TEXT = new TextExtractor();
    private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator();

    private Verbatim() {
    }

    /** Extracts an article from raw HTML bytes (any charset; detected). {@code url} may be {@code null}. */
    public static Article extract(byte[] html, String url) {
        return extract(Page.html(url, url, html));
    }

    /** Extracts an article from HTML already decoded to a string. {@code url} may be {@code null}. */
    public static Article extractHtml(String html, String url) {
        return extract(new Page(url, url, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8",
                Page.Kind.HTML));
    }

    /** Extracts an article from a page scraped to plain text (or a Common Crawl WET record's text). */
    public static Article extractText(String text, String url) {
        return extract(new Page(url, url, text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8",
                Page.Kind.TEXT));
    }

    /**
     * Extracts an article from a page of either kind. Every string of the result is sanitised (no controls, lone
     * surrogates or invisible-only blocks); an extractor bug gives an empty article with the reason in
     * {@code warnings} rather than an exception, so one bad page never stops a batch.
     */
    public static Article extract(Page page) {
        Extractor extractor = page.kind() == Page.Kind.TEXT ? TEXT : HTML;
        try {
            return ArticleSanitizer.sanitize(extractor.extract(page));
        } catch (RuntimeException | StackOverflowError e) {
            return Article.builder().source(page.source()).url(page.url())
                    .warnings(List.of("extraction failed: " + e)).build();
        }
    }

    /**
     * Adds who said what to an extracted article: quotes with speakers and cues, speakers with all their mentions,
     * entities and time expressions (see {@link ArticleAnnotator} for the offsets).
     */
    public static Article annotate(Article article) {
        try {
            return ANNOTATOR.annotate(article);
        } catch (RuntimeException | StackOverflowError e) {
            List<String> warnings = new java.util.ArrayList<>(article.warnings());
            warnings.add("annotation failed: " + e);
            return article.toBuilder().warnings(warnings).build();
        }
    }

    /** Extraction then annotation: the whole per-page pipeline. */
    public static Article process(Page page) {
        return annotate(extract(page));
    }
}
