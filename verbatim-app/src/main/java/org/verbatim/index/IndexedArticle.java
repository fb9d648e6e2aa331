package org.verbatim.index;

import java.util.Objects;
import org.verbatim.enrich.fingerprint.DocumentId;
import org.verbatim.enrich.fingerprint.Fingerprint;
import org.verbatim.enrich.fingerprint.MinHasher;
import org.verbatim.model.Article;
import org.verbatim.pipeline.ProcessedArticle;

/**
 * An article ready for the index: its stable id, its near-duplicate fingerprint, and where it was read.
 *
 * @param id       from the canonical URL (or the URL) and the content hash; see {@link DocumentId}
 * @param article  the extracted article
 * @param fp       its fingerprint
 * @param source   the input it came from
 * @param recordId the WARC record id, offset or URL; may be {@code null}
 */
public record IndexedArticle(String id, Article article, Fingerprint fp, String source, String recordId) {

    public IndexedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(fp, "fp");
        Objects.requireNonNull(source, "source");
    }

    /** The result of the per-page path, for the index. */
    public static IndexedArticle of(ProcessedArticle p) {
        return new IndexedArticle(p.id(), p.article(), p.fingerprint(), p.source(), p.recordId());
    }

    /** Fingerprints the article and derives its id. */
    public static IndexedArticle of(Article a, MinHasher hasher, String source, String recordId) {
        Fingerprint fp = hasher.fingerprint(a.title(), a.text());
        String url = a.canonicalUrl() != null ? a.canonicalUrl() : a.url();
        return new IndexedArticle(DocumentId.of(url, fp.contentHash()), a, fp, source, recordId);
    }
}
