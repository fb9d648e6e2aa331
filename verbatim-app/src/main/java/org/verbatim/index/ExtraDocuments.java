package org.verbatim.index;

import java.util.List;
import org.apache.lucene.document.Document;
import org.verbatim.pipeline.ProcessedArticle;

/**
 * The seam for quote and entity documents: given an article about to be indexed, returns the extra documents that
 * belong to it (one per quote: text, speaker, cue, date, article; one per entity). The index adds
 * {@link IndexFields#GROUP} = the article id to each, so they are replaced and deleted together with the article,
 * and builds their facets ({@code speaker}, {@code entity}) when they carry facet fields. Stateless.
 */
@FunctionalInterface
public interface ExtraDocuments {
    ExtraDocuments NONE = a -> List.of();

    List<Document> documents(ProcessedArticle article);
}
