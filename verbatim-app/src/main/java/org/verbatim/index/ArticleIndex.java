package org.verbatim.index;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.verbatim.enrich.fingerprint.Fingerprint;
import org.verbatim.enrich.fingerprint.MinHasher;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.verbatim.json.ArticleJson;
import org.verbatim.model.Article;

/**
 * The writing side of the embedded Lucene index: idempotent upserts by document id, syndication clusters, and
 * periodic commits.
 *
 * <p>Crash safety: Lucene only ever opens the last commit, so after a kill the index holds the articles of that commit
 * and nothing half-written; re-running the same input skips those (same ids) and adds the rest, ending with the same
 * documents as a clean run. Memory stays bounded: the only per-run state is the ids and fingerprints added since the
 * last commit (at most about {@code commitEvery}), which the searcher cannot see yet.
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
    private static final int CANDIDATES = 20;
    /** Doc-value copies of the id and the content hash, for the clusterer. */
    private static final String ID_DV = "id_dv";
    private static final String CONTENT_HASH = "content_hash";

    private final Directory dir;
    private final IndexWriter writer;
    /** Searchers over the last commit: what a restarted ingest would find. */
    private final SearcherManager searchers;
    private final FacetsConfig facets = facetsConfig();
    private final ExtraDocuments extra;
    private final int commitEvery;
    private final AtomicInteger sinceCommit = new AtomicInteger();
    /** Read-locked by each upsert from its claim to its write; write-locked by a commit to close a generation. */
    private final ReentrantReadWriteLock inFlight = new ReentrantReadWriteLock();
    /** One commit at a time. */
    private final ReentrantLock committer = new ReentrantLock();
    // Guarded by "this". Added since the last commit began (recent) or by the commit being written (committing): the
    // searcher cannot see either yet.
    private Recent recent = new Recent();
    private Recent committing = new Recent();

    /** A stored article as the clusterer sees it. */
    private record Member(String id, String cluster, Fingerprint fp) {
    }

    /** Ids and LSH bands of articles added but not yet visible to the searcher. */
    private static final class Recent {
        final Set<String> ids = new HashSet<>();
        final Map<String, List<Member>> bands = new HashMap<>();

        void add(Member m) {
            ids.add(m.id());
            for (String key : m.fp().bandKeys()) {
                bands.computeIfAbsent(key, k -> new ArrayList<>(1)).add(m);
            }
        }

        void remove(Member m) {
            ids.remove(m.id());
            for (String key : m.fp().bandKeys()) {
                List<Member> l = bands.get(key);
                if (l != null) {
                    l.remove(m);
                }
            }
        }
    }

    private ArticleIndex(Path path, ExtraDocuments extra, int commitEvery) throws IOException {
        this.dir = FSDirectory.open(path);
        IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.perField());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(RAM_BUFFER_MB);
        this.writer = new IndexWriter(dir, cfg);
        if (!DirectoryReader.indexExists(dir)) {
            writer.commit(); // an empty first commit, so that the searcher has one to open
        }
        this.searchers = new SearcherManager(dir, null);
        this.extra = extra;
        this.commitEvery = commitEvery;
    }

    /** Opens (or creates) the index in {@code path}. Fails when another process holds it. */
    public static ArticleIndex open(Path path, ExtraDocuments extra, int commitEvery) throws IOException {
        return new ArticleIndex(path, extra, Math.max(1, commitEvery));
    }

    public static ArticleIndex open(Path path) throws IOException {
        return open(path, ExtraDocuments.NONE, DEFAULT_COMMIT_EVERY);
    }

    /** The facet configuration shared by writer and searcher. */
    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued("speaker", true);
        c.setMultiValued("entity", true);
        return c;
    }

    /**
     * Adds the article unless a document with its id is already stored; returns {@code false} for such a duplicate.
     * A new article joins the cluster of the most similar stored copy of its story, or starts its own.
     */
    public boolean upsert(IndexedArticle a) throws IOException {
        if (known(a.id())) {
            return false; // cheap early exit: a re-ingest builds no documents
        }
        // Built before the claim, on the caller's thread: documents, JSON and facets are most of the work.
        Document article = facets.build(articleDocument(a));
        List<Document> docs = new ArrayList<>();
        docs.add(article);
        for (Document d : extra.documents(a)) {
            d.add(new StringField(IndexFields.GROUP, a.id(), Field.Store.NO));
            docs.add(facets.build(d));
        }
        inFlight.readLock().lock();
        try {
            Member m = claim(a);
            if (m == null) {
                return false;
            }
            addCluster(article, m.cluster());
            try {
                writer.updateDocuments(new Term(IndexFields.GROUP, a.id()), docs);
            } catch (IOException | RuntimeException e) {
                forget(m);
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
        return true;
    }

    /**
     * Makes everything added so far durable and searchable. Upserts that start while the segments are written go
     * into the next commit.
     */
    public void commit() throws IOException {
        committer.lock();
        try {
            inFlight.writeLock().lock(); // waits for the upserts between their claim and their write
            try {
                synchronized (this) {
                    committing = recent;
                    recent = new Recent();
                }
                sinceCommit.set(0);
            } finally {
                inFlight.writeLock().unlock();
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            synchronized (this) {
                committing = new Recent();
            }
        } finally {
            committer.unlock();
        }
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

    /** True when the id is stored or being stored. */
    private boolean known(String id) throws IOException {
        synchronized (this) {
            if (recent.ids.contains(id) || committing.ids.contains(id)) {
                return true;
            }
        }
        return exists(id);
    }

    /**
     * Atomically checks that the article is new and records it as added, with the cluster it joins; {@code null}
     * for a duplicate. Serialised, so that of two copies arriving together exactly one is added and the second sees
     * the first as a cluster candidate.
     */
    private synchronized Member claim(IndexedArticle a) throws IOException {
        if (recent.ids.contains(a.id()) || committing.ids.contains(a.id()) || exists(a.id())) {
            return null;
        }
        String cluster = findCluster(a.fp());
        Member m = new Member(a.id(), cluster == null ? a.id() : cluster, a.fp());
        recent.add(m);
        return m;
    }

    /** Undoes a claim whose write failed, so that a retry is not taken for a duplicate. */
    private synchronized void forget(Member m) {
        recent.remove(m);
    }

    /**
     * Whether a live document has this id, looked up term by term in each segment: cheaper than a query, whose weight
     * and term statistics an exact-match test does not need.
     */
    private boolean exists(String id) throws IOException {
        BytesRef term = new BytesRef(id);
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(IndexFields.ID);
                TermsEnum te = terms == null ? null : terms.iterator();
                if (te != null && te.seekExact(term) && anyLive(te.postings(null, PostingsEnum.NONE),
                        leaf.reader().getLiveDocs())) {
                    return true;
                }
            }
            return false;
        } finally {
            searchers.release(s);
        }
    }

    private static boolean anyLive(PostingsEnum docs, Bits live) throws IOException {
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
            if (live == null || live.get(d)) {
                return true;
            }
        }
        return false;
    }

    /** The cluster of the most similar stored copy at or above the threshold, or {@code null}. */
    private String findCluster(Fingerprint fp) throws IOException {
        Member best = null;
        double bestSim = MinHasher.THRESHOLD;
        for (Member m : candidates(fp)) {
            double sim = fp.similarity(m.fp());
            if (sim >= bestSim && (best == null || sim > bestSim)) {
                best = m;
                bestSim = sim;
            }
        }
        return best == null ? null : best.cluster();
    }

    private List<Member> candidates(Fingerprint fp) throws IOException {
        List<String> keys = fp.bandKeys();
        List<Member> out = new ArrayList<>();
        for (String k : keys) {
            out.addAll(recent.bands.getOrDefault(k, List.of()));
            out.addAll(committing.bands.getOrDefault(k, List.of()));
        }
        IndexSearcher s = searchers.acquire();
        try {
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            for (long hit : sharedBands(leaves, keys)) {
                Member m = member(leaves.get((int) (hit >>> 32)), (int) hit);
                if (m != null) {
                    out.add(m);
                }
            }
        } finally {
            searchers.release(s);
        }
        return out;
    }

    /**
     * The stored articles sharing the most LSH bands with {@code keys} (at most {@link #CANDIDATES}), as leaf ordinal
     * and leaf document packed in a long. Only articles carry bands. The postings are read directly: a band term
     * matches a handful of documents, and a scored query would cost more in set-up than in matching.
     */
    private static List<Long> sharedBands(List<LeafReaderContext> leaves, List<String> keys) throws IOException {
        Map<Long, Integer> shared = new HashMap<>();
        PostingsEnum docs = null;
        for (LeafReaderContext leaf : leaves) {
            Terms terms = leaf.reader().terms(IndexFields.LSH);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            Bits live = leaf.reader().getLiveDocs();
            for (String k : keys) {
                if (!te.seekExact(new BytesRef(k))) {
                    continue;
                }
                docs = te.postings(docs, PostingsEnum.NONE);
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                    if (live == null || live.get(d)) {
                        shared.merge(((long) leaf.ord << 32) | d, 1, Integer::sum);
                    }
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CANDIDATES).map(Map.Entry::getKey).toList();
    }

    /**
     * A stored article's id, cluster and fingerprint, from doc values: reading stored fields would decompress the
     * article's whole text for each candidate.
     */
    private static Member member(LeafReaderContext leaf, int d) throws IOException {
        BinaryDocValues id = leaf.reader().getBinaryDocValues(ID_DV);
        SortedDocValues cluster = leaf.reader().getSortedDocValues(IndexFields.CLUSTER);
        BinaryDocValues fp = leaf.reader().getBinaryDocValues(IndexFields.FINGERPRINT);
        BinaryDocValues hash = leaf.reader().getBinaryDocValues(CONTENT_HASH);
        if (id == null || cluster == null || fp == null || hash == null || !id.advanceExact(d)
                || !cluster.advanceExact(d) || !fp.advanceExact(d) || !hash.advanceExact(d)) {
            return null;
        }
        return new Member(id.binaryValue().utf8ToString(), cluster.lookupOrd(cluster.ordValue()).utf8ToString(),
                new Fingerprint(decode(fp.binaryValue()), hash.binaryValue().utf8ToString()));
    }

    /** Body text with offsets in the postings, so the highlighter need not re-analyse stored text per hit. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** The cluster is added by {@link #addCluster} once chosen: it depends on what else is stored by then. */
    private static Document articleDocument(IndexedArticle ia) {
        Article a = ia.article();
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.KIND_ARTICLE, Field.Store.NO));
        d.add(new StringField(IndexFields.GROUP, ia.id(), Field.Store.NO));
        d.add(new StringField(IndexFields.ID, ia.id(), Field.Store.YES));
        addStored(d, IndexFields.URL, a.url());
        addStored(d, IndexFields.CANONICAL_URL, a.canonicalUrl());
        addStored(d, IndexFields.SOURCE, ia.source());
        addStored(d, IndexFields.RECORD, ia.recordId());
        String host = host(a.canonicalUrl() != null ? a.canonicalUrl() : a.url());
        String site = a.siteName() != null ? a.siteName() : host;
        if (host != null) {
            d.add(new StringField(IndexFields.HOST, host, Field.Store.YES));
        }
        if (site != null) {
            d.add(new StringField(IndexFields.SITE, site.toLowerCase(Locale.ROOT), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(IndexFields.SITE, site));
        }
        addStored(d, IndexFields.SITE_NAME, a.siteName());
        String lang = a.language() == null ? null : a.language().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (lang != null) {
            d.add(new StringField(IndexFields.LANG, lang, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(IndexFields.LANG, lang));
        }
        if (a.published() != null) {
            long day = a.published().date().toEpochDay();
            d.add(new LongPoint(IndexFields.PUBLISHED_DAY, day));
            d.add(new NumericDocValuesField(IndexFields.PUBLISHED_DAY, day));
            d.add(new StoredField(IndexFields.PUBLISHED, a.published().toString()));
            String month = a.published().date().toString().substring(0, 7);
            d.add(new StringField(IndexFields.MONTH, month, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(IndexFields.MONTH, month));
        }
        addAnnotationFacets(d, a);
        String title = a.title() == null ? "" : a.title();
        d.add(new TextField(IndexFields.TITLE, title, Field.Store.YES));
        d.add(new Field(IndexFields.TEXT, a.text(), TEXT_WITH_OFFSETS));
        d.add(new TextField(IndexFields.AUTHORS, String.join("; ", a.authors()), Field.Store.NO));
        String stem = Analyzers.stemLanguage(a.language());
        if (stem != null) {
            d.add(new TextField(IndexFields.STEM_PREFIX + stem, title + "\n" + a.text(), Field.Store.NO));
        }
        d.add(new BinaryDocValuesField(ID_DV, new BytesRef(ia.id())));
        d.add(new BinaryDocValuesField(IndexFields.FINGERPRINT, new BytesRef(encode(ia.fp().signature()))));
        d.add(new BinaryDocValuesField(CONTENT_HASH, new BytesRef(ia.fp().contentHash())));
        for (String k : ia.fp().bandKeys()) {
            d.add(new StringField(IndexFields.LSH, k, Field.Store.NO));
        }
        // The stored JSON leaves out "text" (the blocks joined): the text is already stored once for highlighting.
        ObjectNode json = ArticleJson.toNode(a);
        json.remove("text");
        d.add(new StoredField(IndexFields.JSON, json.toString()));
        return d;
    }

    private static void addCluster(Document d, String cluster) {
        d.add(new StringField(IndexFields.CLUSTER, cluster, Field.Store.YES));
        d.add(new SortedDocValuesField(IndexFields.CLUSTER, new BytesRef(cluster)));
    }

    /** Speakers and entities of the article as facets, so a search can be broken down by who speaks in it. */
    private static void addAnnotationFacets(Document d, Article a) {
        Set<String> speakers = new HashSet<>();
        for (var s : a.annotation().speakers()) {
            if (speakers.add(s.name())) {
                d.add(new SortedSetDocValuesFacetField("speaker", s.name()));
            }
        }
        Set<String> entities = new HashSet<>();
        for (var e : a.annotation().entities()) {
            if (entities.add(e.name())) {
                d.add(new SortedSetDocValuesFacetField("entity", e.name()));
            }
        }
    }

    private static void addStored(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    /** The URL's host, lower-cased, without a leading {@code www.}; {@code null} when there is none. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] encode(int[] sig) {
        ByteBuffer b = ByteBuffer.allocate(sig.length * 4);
        for (int v : sig) {
            b.putInt(v);
        }
        return b.array();
    }

    static int[] decode(BytesRef bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        int[] sig = new int[bytes.length / 4];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = b.getInt();
        }
        return sig;
    }
}
