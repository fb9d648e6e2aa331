package org.verbatim.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import java.util.function.UnaryOperator;
import org.verbatim.model.Annotation;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.verbatim.enrich.fingerprint.Fingerprint;
import org.verbatim.enrich.fingerprint.Syndication;
import org.verbatim.model.Article;
import org.verbatim.pipeline.ProcessedArticle;

/**
 * The writing side of the embedded Lucene index: idempotent upserts by document id, syndication clusters, and
 * periodic commits.
 *
 * <p>Clusters follow {@link org.verbatim.enrich.fingerprint.Syndication}'s rule, the one the Spark job applies: a
 * cluster is a connected component of copies and is named by its earliest-published copy. An article is added as its
 * own cluster and marked as waiting; after each commit, {@link Clusters} settles the waiting articles' components over
 * the whole index (renaming the copies of a cluster that a new, earlier copy joins) and commits again. A kill between
 * the two commits leaves articles waiting, which the next commit settles.
 *
 * <p>Crash safety: Lucene only ever opens the last commit, so after a kill the index holds the articles of that commit
 * and nothing half-written; re-running the same input skips those (same ids) and adds the rest, ending with the same
 * documents as a clean run. Memory stays bounded: the only per-run state is the ids added since the last commit (at
 * most about {@code commitEvery}), which the searcher cannot see yet, and the components settled after a commit.
 *
 * <p>Thread-safe: {@link #upsert} may be called from many threads at once, and should be, because building and
 * analysing the documents (most of an upsert's cost) then runs on all of them; only the duplicate check and the
 * choice of cluster are serialised. A commit waits for the upserts in flight, then lets new ones proceed while it
 * writes the segments.
 */
public final class ArticleIndex implements Closeable {
    /** Failed records of each ingest are appended here, in the index folder. */
    public static final String REJECTS = "rejects.jsonl";
    public static final int DEFAULT_COMMIT_EVERY = 1000;
    /**
     * Lucene's indexing buffer, shared by the indexing threads. At the default commit interval the commits flush it
     * before it fills, so segments are not cut smaller (and merged more) than the commits make them.
     */
    static final double RAM_BUFFER_MB = 64;
    private final Directory dir;
    private final IndexWriter writer;
    /** Searchers over the last commit: what a restarted ingest would find. */
    private final SearcherManager searchers;
    private final FacetsConfig facets = ArticleDocuments.facetsConfig();
    private final ExtraDocuments extra;
    private final int commitEvery;
    private final AtomicInteger sinceCommit = new AtomicInteger();
    /** Read-locked by each upsert from its claim to its write; write-locked by a commit to close a generation. */
    private final ReentrantReadWriteLock inFlight = new ReentrantReadWriteLock();
    /** One commit at a time. */
    private final ReentrantLock committer = new ReentrantLock();
    // Guarded by "this". Ids added since the last commit began (recent) or by the commit being written (committing):
    // the searcher cannot see either yet.
    private Set<String> recent = new HashSet<>();
    private Set<String> committing = new HashSet<>();
    private final Clusters clusters;

    private ArticleIndex(Path path, ExtraDocuments extra, int commitEvery) throws IOException {
        this.dir = FSDirectory.open(path);
        boolean exists = DirectoryReader.indexExists(dir);
        if (exists) {
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSchema.check(path, r.getIndexCommit().getUserData());
            } catch (IndexException e) {
                dir.close();
                throw e;
            }
        }
        IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.perField());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(RAM_BUFFER_MB);
        try {
            this.writer = new IndexWriter(dir, cfg);
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new IndexException.Locked(path, e);
        }
        writer.setLiveCommitData(IndexSchema.userData().entrySet());
        if (!exists) {
            writer.commit(); // an empty first commit, so that the searcher has one to open
        }
        this.searchers = new SearcherManager(dir, null);
        this.extra = extra;
        this.commitEvery = commitEvery;
        this.clusters = new Clusters(writer, searchers, this::rebuild);
    }

    /**
     * Opens (or creates) the index in {@code path}.
     *
     * @throws IndexException.Locked   when another process holds it
     * @throws IndexException.Outdated when an older version wrote it
     */
    public static ArticleIndex open(Path path, ExtraDocuments extra, int commitEvery) throws IOException {
        return new ArticleIndex(path, extra, Math.max(1, commitEvery));
    }

    public static ArticleIndex open(Path path) throws IOException {
        return open(path, ExtraDocuments.NONE, DEFAULT_COMMIT_EVERY);
    }

    /**
     * Adds the article unless a document with its id is already stored; returns {@code true} only when it was added.
     * An id already stored with the same extracted content is a duplicate and is left alone; with other content (the
     * same page bytes, extracted by a newer version: the id derives from the page, not from what was extracted) the
     * stored article and its quote and entity documents are replaced, and {@code false} is returned, as nothing was
     * added. A new or replaced article is its own cluster until the next commit settles the clusters.
     */
    public boolean upsert(ProcessedArticle a) throws IOException {
        String storedHash = storedContentHash(a.id());
        boolean replacing = storedHash != null && !storedHash.isEmpty() && !storedHash.equals(a.fingerprint().contentHash());
        if (!replacing && (storedHash != null || pending(a.id()))) {
            return false; // cheap early exit: a re-ingest of the same output builds no documents
        }
        // Built before the claim, on the caller's thread: documents, JSON and facets are most of the work.
        Document article = ArticleDocuments.article(a, true);
        ArticleDocuments.addCluster(article, a.id());
        article = facets.build(article);
        List<Document> docs = new ArrayList<>();
        docs.add(article);
        for (Document d : extra.documents(a)) {
            d.add(new StringField(IndexFields.GROUP, a.id(), Field.Store.NO));
            docs.add(facets.build(d));
        }
        inFlight.readLock().lock();
        try {
            if (!(replacing ? claimReplacement(a.id()) : claim(a.id()))) {
                return false;
            }
            try {
                writer.updateDocuments(new Term(IndexFields.GROUP, a.id()), docs);
            } catch (IOException | RuntimeException e) {
                forget(a.id());
                throw e;
            }
        } finally {
            inFlight.readLock().unlock();
        }
        if (sinceCommit.incrementAndGet() >= commitEvery && committer.tryLock()) {
            try {
                commit(); // when another thread is committing already, the next upsert tries again
            } finally {
                committer.unlock();
            }
        }
        return !replacing;
    }

    /**
     * Makes everything added so far durable and searchable, with its clusters settled. Upserts that start while the
     * segments are written go into the next commit.
     */
    public void commit() throws IOException {
        committer.lock();
        try {
            inFlight.writeLock().lock(); // waits for the upserts between their claim and their write
            try {
                synchronized (this) {
                    committing = recent;
                    recent = new HashSet<>();
                }
                sinceCommit.set(0);
            } finally {
                inFlight.writeLock().unlock();
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            synchronized (this) {
                committing = new HashSet<>();
            }
            if (clusters.settle() > 0) {
                writer.commit();
                searchers.maybeRefreshBlocking();
            }
        } finally {
            committer.unlock();
        }
    }

    /** Told of each article rewritten by {@link #reannotate}: articles done, and how many there are. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    /**
     * Runs annotation again over every stored article (its stored text, title and date; the original page is not
     * needed), with {@code annotate} (the current models), and rewrites each article's document with its quote and
     * entity documents; ids and clusters stay. Commits at the end (and every {@code commitEvery} articles), so an
     * interrupted run leaves every article either as it was or re-annotated. Returns the articles rewritten.
     */
    public long reannotate(UnaryOperator<Article> annotate, Progress progress) throws IOException {
        commit();
        IndexSearcher s = searchers.acquire();
        long done = 0;
        try {
            long total = s.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)));
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                BinaryDocValues sigs = leaf.reader().getBinaryDocValues(IndexFields.FINGERPRINT);
                BinaryDocValues hashes = leaf.reader().getBinaryDocValues(ArticleDocuments.CONTENT_HASH);
                var stored = leaf.reader().storedFields();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    Document doc = stored.document(d);
                    if (doc.get(IndexFields.JSON) == null || sigs == null || !sigs.advanceExact(d)
                            || hashes == null || !hashes.advanceExact(d)) {
                        continue;
                    }
                    Fingerprint fp = new Fingerprint(ArticleDocuments.decode(sigs.binaryValue()), hashes.binaryValue().utf8ToString());
                    rewrite(doc, fp, annotate);
                    done++;
                    if (progress != null) {
                        progress.update(done, total);
                    }
                    if (done % commitEvery == 0) {
                        writer.commit();
                    }
                }
            }
        } finally {
            searchers.release(s);
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
        return done;
    }

    /** Re-annotates one stored article and replaces its documents, keeping its id, cluster, source and record. */
    private void rewrite(Document stored, Fingerprint fp, UnaryOperator<Article> annotate) throws IOException {
        String id = stored.get(IndexFields.ID);
        Article old = ArticleDocuments.readStored(stored);
        List<String> warnings = old.warnings().stream().filter(w -> !Article.isBudgetWarning(w)).toList();
        Article a = annotate.apply(old.toBuilder().annotation(Annotation.EMPTY).warnings(warnings).build());
        ProcessedArticle ia = new ProcessedArticle(id, a, fp, stored.get(IndexFields.SOURCE),
                stored.get(IndexFields.RECORD));
        Document article = ArticleDocuments.article(ia, false);
        ArticleDocuments.addCluster(article, stored.get(IndexFields.CLUSTER));
        List<Document> docs = new ArrayList<>();
        docs.add(facets.build(article));
        for (Document d : extra.documents(ia)) {
            d.add(new StringField(IndexFields.GROUP, id, Field.Store.NO));
            docs.add(facets.build(d));
        }
        writer.updateDocuments(new Term(IndexFields.GROUP, id), docs);
    }

    /** Articles stored, as of the last commit. */
    public long articleCount() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)));
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            commit();
        } finally {
            searchers.close();
            writer.close();
            dir.close();
        }
    }

    /** True when the id was added since the last commit, so that the searcher cannot see it yet. */
    private synchronized boolean pending(String id) {
        return recent.contains(id) || committing.contains(id);
    }

    /**
     * Atomically checks that the id is new and records it as added; {@code false} for a duplicate. Serialised, so
     * that of two copies with one id arriving together exactly one is added.
     */
    private synchronized boolean claim(String id) throws IOException {
        if (recent.contains(id) || committing.contains(id) || exists(id)) {
            return false;
        }
        recent.add(id);
        return true;
    }

    /**
     * Claims an id stored in the last commit for a replacement; {@code false} when this run already wrote it (a copy
     * of the page seen twice in one run is replaced once).
     */
    private synchronized boolean claimReplacement(String id) {
        if (recent.contains(id) || committing.contains(id)) {
            return false;
        }
        recent.add(id);
        return true;
    }

    /** Undoes a claim whose write failed, so that a retry is not taken for a duplicate. */
    private synchronized void forget(String id) {
        recent.remove(id);
    }

    /** Whether a live document has this id in the last commit. */
    private boolean exists(String id) throws IOException {
        return storedContentHash(id) != null;
    }

    /**
     * The content hash of the live article with this id in the last commit ({@code ""} when it has none), or
     * {@code null} when no live document has the id. Looked up term by term in each segment: cheaper than a query,
     * whose weight and term statistics an exact-match test does not need.
     */
    private String storedContentHash(String id) throws IOException {
        BytesRef term = new BytesRef(id);
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(IndexFields.ID);
                TermsEnum te = terms == null ? null : terms.iterator();
                int d = te != null && te.seekExact(term)
                        ? firstLive(te.postings(null, PostingsEnum.NONE), leaf.reader().getLiveDocs())
                        : DocIdSetIterator.NO_MORE_DOCS;
                if (d != DocIdSetIterator.NO_MORE_DOCS) {
                    BinaryDocValues hashes = leaf.reader().getBinaryDocValues(ArticleDocuments.CONTENT_HASH);
                    return hashes != null && hashes.advanceExact(d) ? hashes.binaryValue().utf8ToString() : "";
                }
            }
            return null;
        } finally {
            searchers.release(s);
        }
    }

    private static int firstLive(PostingsEnum docs, Bits live) throws IOException {
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
            if (live == null || live.get(d)) {
                return d;
            }
        }
        return DocIdSetIterator.NO_MORE_DOCS;
    }

    /**
     * The article document of a stored article, rebuilt from its stored JSON, text and fingerprint, under another
     * cluster name: what {@link Clusters} replaces it with.
     */
    private Document rebuild(Document stored, Fingerprint fp, String cluster) {
        Article a = ArticleDocuments.readStored(stored);
        ProcessedArticle ia = new ProcessedArticle(stored.get(IndexFields.ID), a, fp, stored.get(IndexFields.SOURCE),
                stored.get(IndexFields.RECORD));
        Document d = ArticleDocuments.article(ia, false);
        ArticleDocuments.addCluster(d, cluster);
        try {
            return facets.build(d);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
