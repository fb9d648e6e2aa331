package org.verbatim.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.verbatim.index.IndexFields;

/**
 * Reads stored articles straight from the Lucene index (by id, by syndication cluster, all of them), with the field
 * names of {@link IndexFields}. {@code ArticleSearch} has no lookup by id or cluster yet; these belong there later.
 * Opens the last commit; thread-safe.
 */
final class CorpusReader implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of(IndexFields.ID, IndexFields.CLUSTER, IndexFields.JSON,
            IndexFields.URL, IndexFields.SITE_NAME, IndexFields.HOST, IndexFields.TITLE, IndexFields.PUBLISHED);
    /** At most this many copies of a story are listed with an article. */
    private static final int MAX_COPIES = 50;

    private final FSDirectory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** One stored article: its id, cluster, and Article JSON. */
    record Stored(String id, String cluster, ObjectNode json) {
    }

    /** Another copy of a story: where it ran. */
    record Copy(String id, String url, String siteName, String host, String title, String published) {
    }

    CorpusReader(Path index) throws IOException {
        dir = FSDirectory.open(index);
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    /** The article with this id, if stored. */
    Optional<Stored> article(String id) throws IOException {
        var hits = searcher.search(articles(new TermQuery(new Term(IndexFields.ID, id))), 1).scoreDocs;
        if (hits.length == 0) {
            return Optional.empty();
        }
        return Optional.of(stored(searcher.storedFields().document(hits[0].doc, FIELDS)));
    }

    /** The articles of a syndication cluster other than {@code exceptId}, in index order. */
    List<Copy> copies(String cluster, String exceptId) throws IOException {
        List<Copy> out = new ArrayList<>();
        if (cluster == null) {
            return out;
        }
        for (ScoreDoc sd : searcher.search(articles(new TermQuery(new Term(IndexFields.CLUSTER, cluster))),
                MAX_COPIES + 1).scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc, FIELDS);
            if (!d.get(IndexFields.ID).equals(exceptId)) {
                out.add(new Copy(d.get(IndexFields.ID), d.get(IndexFields.URL), d.get(IndexFields.SITE_NAME),
                        d.get(IndexFields.HOST), d.get(IndexFields.TITLE), d.get(IndexFields.PUBLISHED)));
            }
        }
        return out;
    }

    /** Calls {@code sink} with every stored article, in index order. */
    void forEach(Consumer<Stored> sink) throws IOException {
        Bits live = MultiBits.getLiveDocs(reader);
        var fields = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            Document d = fields.document(doc, FIELDS);
            if (d.get(IndexFields.JSON) != null) {
                sink.accept(stored(d));
            }
        }
    }

    /** Articles in the index. */
    int size() throws IOException {
        return searcher.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)));
    }

    private static BooleanQuery articles(TermQuery q) {
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
    }

    private static Stored stored(Document d) {
        try {
            return new Stored(d.get(IndexFields.ID), d.get(IndexFields.CLUSTER),
                    (ObjectNode) JSON.readTree(d.get(IndexFields.JSON)));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stored article " + d.get(IndexFields.ID), e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
