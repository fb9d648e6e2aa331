package org.verbatim.pipeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.verbatim.enrich.Annotator;
import org.verbatim.enrich.ArticleAnnotator;
import org.verbatim.extract.Extractor;
import org.verbatim.extract.HtmlExtractor;
import org.verbatim.extract.TextExtractor;
import org.verbatim.extract.common.ArticleSanitizer;
import org.verbatim.model.Annotation;
import org.verbatim.model.Article;
import org.verbatim.model.Page;

/**
 * The stages of one page, composed once: decode and extract (by the page's kind), sanitise, then annotate in the
 * article's language. Every caller runs a page through here: the library facade {@code Verbatim}, the CLI's
 * {@code extract} and {@code annotate}, {@code ingest} and the Spark job (through {@link PageProcessor}), the demo, the
 * server's extraction endpoint and {@code eval}.
 *
 * <p>No method throws for bad content: an extractor or annotator bug gives the article with the reason in its
 * {@code warnings}, so one bad page never stops a batch. Immutable and thread-safe.
 */
public final class PagePath {
    /** The shipped annotator, loaded once and shared (it holds no clock). */
    private static final class Shipped {
        static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator();
    }

    private final Extractor html;
    private final Extractor text;
    private final ArticleAnnotator annotator;

    /**
     * @param html      the extractor of HTML pages
     * @param text      the extractor of scraped text (and WET records)
     * @param annotator who said what
     */
    public PagePath(Extractor html, Extractor text, ArticleAnnotator annotator) {
        this.html = Objects.requireNonNull(html, "html");
        this.text = Objects.requireNonNull(text, "text");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
    }

    /**
     * The shipped extractors and models. {@code clock} gives the day each page is read (in UTC), the latest day a
     * page's date may be (with a day's slack): the one time source of the path, which reads no wall clock itself.
     * Callers at the edge (CLI, server, Spark job) pass {@link Clock#systemUTC()}; tests and reproducible runs a
     * {@link Clock#fixed fixed} clock.
     */
    public static PagePath standard(Clock clock) {
        return new PagePath(new HtmlExtractor(clock), new TextExtractor(clock), Shipped.ANNOTATOR);
    }

    /** The same extractors, annotating with {@code annotator} (OpenNLP sentences, other models). */
    public PagePath withAnnotator(Annotator annotator) {
        return new PagePath(html, text, new ArticleAnnotator(annotator));
    }

    /**
     * Extracts an article from a page of either kind. Every string of the result is sanitised (no controls, lone
     * surrogates or invisible-only blocks); an extractor bug gives an empty article with the reason in
     * {@code warnings}.
     */
    public Article extract(Page page) {
        Extractor extractor = page.kind() == Page.Kind.TEXT ? text : html;
        try {
            return ArticleSanitizer.sanitize(extractor.extract(page));
        } catch (RuntimeException | StackOverflowError e) {
            return Article.builder().source(page.source()).url(page.url())
                    .warnings(List.of(Article.EXTRACTION_FAILED + Article.describeFailure(e))).build();
        }
    }

    /**
     * Adds who said what to an extracted article, read in its {@link Article#language()}: quotes with speakers and
     * cues, speakers with all their mentions, entities and time expressions. An annotator bug keeps the article as it
     * was, with the reason in {@code warnings}.
     */
    public Article annotate(Article article) {
        try {
            return annotator.annotate(article);
        } catch (RuntimeException | StackOverflowError e) {
            List<String> warnings = new ArrayList<>(article.warnings());
            warnings.add(Article.ANNOTATION_FAILED + Article.describeFailure(e));
            return article.toBuilder().warnings(warnings).build();
        }
    }

    /** Extraction then annotation. */
    public Article process(Page page) {
        return annotate(extract(page));
    }

    /**
     * Annotates a bare text (no page around it: {@code verbatim annotate}'s input lines), with offsets into
     * {@code text}; {@code title}, {@code published} and {@code language} may be {@code null} (the language is then
     * detected). Unlike the other methods, an annotator bug is thrown, for the caller to report per line.
     */
    public Annotation annotateText(String text, String title, LocalDate published, String language) {
        return annotator.annotator().annotate(text, title, published, language);
    }
}
