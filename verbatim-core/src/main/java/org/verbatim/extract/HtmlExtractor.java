package org.verbatim.extract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.extract.html.body.ContentModels;
import org.verbatim.extract.html.body.Explanation;
import org.verbatim.extract.html.HtmlArticleExtractor;
import org.verbatim.extract.html.InertContent;
import org.verbatim.extract.html.body.PageFeatures;
import org.verbatim.extract.decode.CharsetDetector;
import org.verbatim.extract.decode.DecodedText;
import org.verbatim.model.Article;
import org.verbatim.model.Page;

/**
 * HTML to article: cuts script and style bodies and drawings ({@link InertContent}), decodes the bytes
 * ({@link CharsetDetector}), keeps the page within the tag budget, then runs the extraction cascade of
 * {@link HtmlArticleExtractor}. Never throws for bad content; immutable and thread-safe. Dates are read relative to
 * the day of the injected clock (UTC) when the page is read: no wall clock is read here.
 *
 * <p>Work budget: the DOM holds at most about {@link #MAX_TAGS} elements. A page with more tags is parsed up to its
 * {@value #MAX_TAGS}th tag, with a warning; the rest is not read. Counted in tags, not time, so the same page always
 * gives the same article.
 */
public final class HtmlExtractor implements Extractor {
    /**
     * Tags parsed from one page: 25 times the most of any fundus page (7,943), and about 200 MB of DOM, so that two
     * workers stay within {@code -Xmx1g}.
     */
    public static final int MAX_TAGS = 200_000;

    private final ContentModels models;
    private final Clock clock;

    /**
     * An extractor with the shipped content models.
     *
     * @param clock gives the day each page is read (in UTC): dates after it, with a day's slack, are not the page's
     */
    public HtmlExtractor(Clock clock) {
        this(ContentModels.shipped(), clock);
    }

    /**
     * An extractor with the given content models ({@link ContentModels#NONE}: the rule cascade alone).
     *
     * @param clock gives the day each page is read (in UTC): dates after it, with a day's slack, are not the page's
     */
    public HtmlExtractor(ContentModels models, Clock clock) {
        this.models = java.util.Objects.requireNonNull(models, "models");
        this.clock = java.util.Objects.requireNonNull(clock, "clock").withZone(ZoneOffset.UTC);
    }

    @Override
    public Article extract(Page page) {
        List<String> warnings = new ArrayList<>();
        try {
            return HtmlArticleExtractor.extract(decode(page, warnings), page.url(), page.source(), warnings, models,
                    today());
        } catch (RuntimeException | StackOverflowError e) {
            // last resort: the stages are written not to throw, but a bad page must never break a batch
            warnings.add(Article.EXTRACTION_FAILED + Article.describeFailure(e));
            return Article.builder().source(page.source()).url(page.url()).warnings(warnings).build();
        }
    }

    /**
     * The page's text as every entry point reads it: what no reader sees cut from the bytes before paying to decode
     * and parse it, the charset decoded, the tag budget kept; warnings added to {@code warnings}.
     */
    private static String decode(Page page, List<String> warnings) {
        DecodedText decoded = CharsetDetector.decode(InertContent.strip(page.content()), page.contentType());
        warnings.addAll(decoded.warnings());
        return withinTagBudget(decoded.text(), MAX_TAGS, warnings);
    }

    /** Why this extractor keeps what it keeps on an HTML page, read as {@link #extract} reads it. */
    public Explanation explain(Page page) {
        return HtmlArticleExtractor.explain(decode(page, new ArrayList<>()), page.url(), models, today());
    }

    /** The learned content scorer's view of an HTML page, read as {@link #extract} reads it. */
    public PageFeatures features(Page page) {
        return HtmlArticleExtractor.features(decode(page, new ArrayList<>()), page.url(), today());
    }

    /** The day a page is read, in UTC: the clock's, once per page. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * {@code html} up to (not including) its {@code max + 1}th {@code '<'}, with a warning when that cuts it. Every
     * element starts with a {@code '<'}, so this bounds the DOM. An element takes at least three characters
     * ({@code <b>}: a {@code '<'} inside a tag is part of its name or an attribute), so a text of at most
     * {@code 3 * max} characters cannot hold more elements and is not scanned: ordinary pages pay nothing.
     */
    static String withinTagBudget(String html, int max, List<String> warnings) {
        if (html.length() <= 3L * max) {
            return html;
        }
        int at = -1;
        for (int n = 0; n <= max; n++) {
            at = html.indexOf('<', at + 1);
            if (at < 0) {
                return html;
            }
        }
        warnings.add(Article.BUDGET_WARNING + "page cut after " + max + " tags, at character " + at + " of "
                + html.length());
        return html.substring(0, at);
    }
}
