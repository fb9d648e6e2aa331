package org.verbatim.extract;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.extract.html.ContentModels;
import org.verbatim.extract.html.Explanation;
import org.verbatim.extract.html.HtmlArticleExtractor;
import org.verbatim.extract.html.InertContent;
import org.verbatim.extract.html.PageFeatures;
import org.verbatim.ingest.CharsetDetector;
import org.verbatim.ingest.DecodedText;
import org.verbatim.model.Article;
import org.verbatim.model.Page;

/**
 * HTML to article: cuts script and style bodies and drawings ({@link InertContent}), decodes the bytes
 * ({@link CharsetDetector}), then runs the extraction cascade of
 * {@link HtmlArticleExtractor}. Never throws for bad content; stateless and thread-safe.
 */
public final class HtmlExtractor implements Extractor {
    private final ContentModels models;

    /** An extractor with the shipped content models. */
    public HtmlExtractor() {
        this(ContentModels.shipped());
    }

    /** An extractor with the given content models ({@link ContentModels#NONE}: the rule cascade alone). */
    public HtmlExtractor(ContentModels models) {
        this.models = java.util.Objects.requireNonNull(models);
    }

    @Override
    public Article extract(Page page) {
        List<String> warnings = new ArrayList<>();
        try {
            // cut what no reader sees before paying to decode and parse it
            DecodedText decoded = CharsetDetector.decode(InertContent.strip(page.content()), page.contentType());
            warnings.addAll(decoded.warnings());
            return HtmlArticleExtractor.extract(decoded.text(), page.url(), page.source(), warnings, models);
        } catch (RuntimeException | StackOverflowError e) {
            // last resort: the stages are written not to throw, but a bad page must never break a batch
            warnings.add("extraction failed: " + e.getClass().getSimpleName());
            return Article.builder().source(page.source()).url(page.url()).warnings(warnings).build();
        }
    }

    /** Why this extractor keeps what it keeps on an HTML page, decoded as {@link #extract} decodes it. */
    public Explanation explain(Page page) {
        DecodedText decoded = CharsetDetector.decode(InertContent.strip(page.content()), page.contentType());
        return HtmlArticleExtractor.explain(decoded.text(), page.url(), models);
    }

    /** The learned content scorer's view of an HTML page, decoded as {@link #extract} decodes it. */
    public static PageFeatures features(Page page) {
        DecodedText decoded = CharsetDetector.decode(InertContent.strip(page.content()), page.contentType());
        return HtmlArticleExtractor.features(decoded.text(), page.url());
    }
}
