package org.verbatim.extract.text;

import java.util.List;
import org.verbatim.model.Block;
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
 */
public record ScrapedArticle(String title, String standfirst, List<String> authors, Timestamp published,
        Timestamp modified, List<Block> blocks, String url, List<String> warnings) {
    public ScrapedArticle {
        authors = List.copyOf(authors);
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }
}
