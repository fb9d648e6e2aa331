package org.verbatim;

import java.nio.charset.StandardCharsets;
import org.verbatim.pipeline.PagePath;
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
 * <p>A facade over {@link PagePath#standard}, the one per-page path every caller shares, read against the system
 * clock: this facade is the library's edge, the one place in core that reads it (a page's date may not lie after the
 * day it is read). For reproducible runs, build a {@link PagePath} with a fixed {@link java.time.Clock}. All methods
 * are thread-safe and never throw for bad content.
 */
public final class Verbatim {
    private static final PagePath PATH = PagePath.standard(java.time.Clock.systemUTC());

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

    /** Extracts an article from a page of either kind; see {@link PagePath#extract}. */
    public static Article extract(Page page) {
        return PATH.extract(page);
    }

    /** Adds who said what to an extracted article; see {@link PagePath#annotate}. */
    public static Article annotate(Article article) {
        return PATH.annotate(article);
    }

    /** Extraction then annotation: the whole per-page path. */
    public static Article process(Page page) {
        return PATH.process(page);
    }
}
