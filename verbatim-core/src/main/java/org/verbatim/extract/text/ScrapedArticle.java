package org.verbatim.extract.text;

import java.util.List;
import org.verbatim.model.Block;
import org.verbatim.model.PageType;
import org.verbatim.model.Timestamp;

/**
 * What the scraped-text parser recovered. Strings are {@code null} when absent; lists are immutable.
 *
 * @param title      the headline
 * @param standfirst the summary under the headline
 * @param authors    names from the byline
 * @param published  the publication date from a dateline or byline
 * @param modified   an update date from a dateline
 * @param blocks     the body
 * @param url        the page URL from a WET record header
 * @param warnings   what looked wrong
 * @param pageType   the kind of page the text classifier sees, or {@code null} without a classifier
 * @param pageTypeConfidence its probability, {@code null} exactly when {@code pageType} is
 */
public record ScrapedArticle(String title, String standfirst, List<String> authors, Timestamp published,
        Timestamp modified, List<Block> blocks, String url, List<String> warnings, PageType pageType,
        Double pageTypeConfidence) {
    public ScrapedArticle {
        authors = List.copyOf(authors);
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
        if ((pageType == null) != (pageTypeConfidence == null)) {
            throw new IllegalArgumentException("a page type needs its confidence and only then");
        }
    }

    /** The same article with other warnings. */
    public ScrapedArticle withWarnings(List<String> w) {
        return new ScrapedArticle(title, standfirst, authors, published, modified, blocks, url, w, pageType,
                pageTypeConfidence);
    }

    /** The same article classified as {@code type} with probability {@code confidence}. */
    public ScrapedArticle withPageType(PageType type, double confidence) {
        return new ScrapedArticle(title, standfirst, authors, published, modified, blocks, url, warnings, type,
                confidence);
    }
}
