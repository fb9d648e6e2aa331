package org.verbatim.extract;

import org.verbatim.model.Article;
import org.verbatim.model.Page;

/**
 * A stage that turns one raw page into an article.
 *
 * <p>Contract: never throws for bad content (malformed markup, binary junk, wrong charsets, empty input); it returns
 * an article with whatever it could recover and says what went wrong in {@link Article#warnings()}. It holds no
 * mutable state, so one instance may serve many threads.
 */
@FunctionalInterface
public interface Extractor {
    Article extract(Page page);
}
