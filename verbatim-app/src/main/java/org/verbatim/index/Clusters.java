package org.verbatim.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.verbatim.enrich.fingerprint.Fingerprint;
import org.verbatim.enrich.fingerprint.Syndication;
import org.verbatim.model.Timestamp;

/**
 * Settles the syndication clusters of the articles waiting in the index ({@link ArticleIndex#CLUSTER_PENDING} = 1),
 * by {@link Syndication}'s rule: each waiting article's component of copies is walked through the LSH postings of the
 * whole committed index (every article sharing a band key, kept when it is the same story), and named by its
 * earliest-published copy. Copies filed under another name are re-added under this one; the others only lose their
 * waiting mark. Clusters that no new article touches stay as they are, which is right because they were settled
 * before and only a new copy can join or bridge components.
 *
 * <p>Exact copies (one content hash) share every band key, so a content hash is expanded once however many copies
 * carry it. Not thread-safe: {@link ArticleIndex} calls it under its commit lock.
 */
final class Clusters {
    /** Rebuilds a stored article's document under another cluster name. */
    @FunctionalInterface
    interface Rebuilder {
        Document rebuild(Document stored, Fingerprint fp, String cluster);
    }

    /** A stored article as the clusterer sees it. */
    private record Member(String id, String cluster, Fingerprint fp, long published, boolean pending, int leaf,
                          int doc) {
        boolean before(Member o) {
            return Syndication.compare(published, id, o.published, o.id) < 0;
        }
    }

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Rebuilder rebuilder;

    Clusters(IndexWriter writer, SearcherManager searchers, Rebuilder rebuilder) {
        this.writer = writer;
        this.searchers = searchers;
        this.rebuilder = rebuilder;
    }

    /**
     * Settles every waiting article of the searcher's view; returns the number of documents changed (renamed or
     * unmarked), to be committed by the caller.
     */
    int settle() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            Set<String> done = new HashSet<>();
            int changed = 0;
            for (LeafReaderContext leaf : leaves) {
                NumericDocValues pending = leaf.reader().getNumericDocValues(ArticleDocuments.CLUSTER_PENDING);
                Bits live = leaf.reader().getLiveDocs();
                List<Integer> waiting = new ArrayList<>();
                for (int d = pending == null ? DocIdSetIterator.NO_MORE_DOCS : pending.nextDoc();
                        d != DocIdSetIterator.NO_MORE_DOCS; d = pending.nextDoc()) {
                    if (pending.longValue() == 1 && (live == null || live.get(d))) {
                        waiting.add(d);
                    }
                }
                for (int d : waiting) {
                    Member m = member(leaves.get(leaf.ord), d);
                    if (m != null && !done.contains(m.id())) {
                        changed += settle(s, leaves, m, done);
                    }
                }
            }
            return changed;
        } finally {
            searchers.release(s);
        }
    }

    /** Settles the component of {@code start}; adds its ids to {@code done}; returns the documents changed. */
    private int settle(IndexSearcher s, List<LeafReaderContext> leaves, Member start, Set<String> done)
            throws IOException {
        List<Member> component = component(leaves, start);
        Member name = start;
        for (Member m : component) {
            name = m.before(name) ? m : name;
        }
        int changed = 0;
        for (Member m : component) {
            done.add(m.id());
            if (!m.cluster().equals(name.id())) {
                Document stored = s.storedFields().document(leaves.get(m.leaf()).docBase + m.doc());
                writer.updateDocument(new Term(IndexFields.ID, m.id()), rebuilder.rebuild(stored, m.fp(), name.id()));
                changed++;
            } else if (m.pending()) {
                writer.updateNumericDocValue(new Term(IndexFields.ID, m.id()), ArticleDocuments.CLUSTER_PENDING, 0);
                changed++;
            }
        }
        return changed;
    }

    /** Every article connected to {@code start} by "shares a band key and is the same story". */
    private static List<Member> component(List<LeafReaderContext> leaves, Member start) throws IOException {
        List<Member> component = new ArrayList<>(List.of(start));
        Set<Long> in = new HashSet<>(List.of(key(start.leaf(), start.doc())));
        Map<Long, Member> read = new HashMap<>();
        Set<String> expanded = new HashSet<>();
        Deque<Member> todo = new ArrayDeque<>(component);
        while (!todo.isEmpty()) {
            Member m = todo.poll();
            if (!expanded.add(m.fp().contentHash())) {
                continue; // an exact copy of an article already expanded: same keys, same neighbours
            }
            for (String k : m.fp().bandKeys()) {
                for (long hit : postings(leaves, k)) {
                    if (in.contains(hit)) {
                        continue;
                    }
                    Member c = read.get(hit);
                    if (c == null && !read.containsKey(hit)) {
                        c = member(leaves.get((int) (hit >>> 32)), (int) hit);
                        read.put(hit, c);
                    }
                    if (c != null && m.fp().sameStory(c.fp())) {
                        in.add(hit);
                        component.add(c);
                        todo.add(c);
                    }
                }
            }
        }
        return component;
    }

    private static long key(int leaf, int doc) {
        return ((long) leaf << 32) | doc;
    }

    /** The live articles carrying LSH key {@code k}, as leaf ordinal and document packed in a long. */
    private static List<Long> postings(List<LeafReaderContext> leaves, String k) throws IOException {
        List<Long> out = new ArrayList<>();
        BytesRef term = new BytesRef(k);
        for (LeafReaderContext leaf : leaves) {
            Terms terms = leaf.reader().terms(IndexFields.LSH);
            TermsEnum te = terms == null ? null : terms.iterator();
            if (te == null || !te.seekExact(term)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (live == null || live.get(d)) {
                    out.add(key(leaf.ord, d));
                }
            }
        }
        return out;
    }

    /**
     * A stored article's id, cluster, fingerprint, publication key and waiting mark, from doc values (reading stored
     * fields would decompress the article's text). An index written before publication keys were stored gives the
     * stored publication date's key.
     */
    private static Member member(LeafReaderContext leaf, int d) throws IOException {
        BinaryDocValues id = leaf.reader().getBinaryDocValues(ArticleDocuments.ID_DV);
        SortedDocValues cluster = leaf.reader().getSortedDocValues(IndexFields.CLUSTER);
        BinaryDocValues fp = leaf.reader().getBinaryDocValues(IndexFields.FINGERPRINT);
        BinaryDocValues hash = leaf.reader().getBinaryDocValues(ArticleDocuments.CONTENT_HASH);
        if (id == null || cluster == null || fp == null || hash == null || !id.advanceExact(d)
                || !cluster.advanceExact(d) || !fp.advanceExact(d) || !hash.advanceExact(d)) {
            return null;
        }
        NumericDocValues published = leaf.reader().getNumericDocValues(ArticleDocuments.PUBLISHED_KEY);
        long key;
        if (published != null && published.advanceExact(d)) {
            key = published.longValue();
        } else {
            String stored = leaf.reader().storedFields().document(d).get(IndexFields.PUBLISHED);
            key = Syndication.publishedKey(stored == null ? null : Timestamp.parse(stored));
        }
        NumericDocValues pending = leaf.reader().getNumericDocValues(ArticleDocuments.CLUSTER_PENDING);
        boolean waiting = pending != null && pending.advanceExact(d) && pending.longValue() == 1;
        return new Member(id.binaryValue().utf8ToString(), cluster.lookupOrd(cluster.ordValue()).utf8ToString(),
                new Fingerprint(ArticleDocuments.decode(fp.binaryValue()), hash.binaryValue().utf8ToString()), key,
                waiting, leaf.ord, d);
    }
}
