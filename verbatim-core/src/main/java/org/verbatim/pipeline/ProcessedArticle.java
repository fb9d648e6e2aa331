package org.verbatim.pipeline;

import java.util.Objects;
import org.verbatim.enrich.fingerprint.Fingerprint;
import org.verbatim.model.Article;

/**
 * One page after the per-page path ({@link PageProcessor}): the article, its near-duplicate fingerprint, its stable id,
 * and where it was read.
 *
 * @param id          from the canonical URL (or the URL) and the content hash; see
 *                    {@link org.verbatim.enrich.fingerprint.DocumentId}
 * @param article     the extracted (and, unless annotation was turned off, annotated) article
 * @param fingerprint its MinHash fingerprint
 * @param source      the input it came from
 * @param recordId    the WARC record id, offset or URL; may be {@code null}
 */
public record ProcessedArticle(String id, Article article, Fingerprint fingerprint, String source, String recordId) {

    public ProcessedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(source, "source");
    }
}
