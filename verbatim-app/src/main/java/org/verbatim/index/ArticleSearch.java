package org.verbatim.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The reading side of the index: classic Lucene query syntax over title, text and the per-language stemmed fields,
 * filters by site, language and date, one hit per syndication cluster with its number of copies, highlighted
 * snippets, and facet counts. Opens the last commit; thread-safe for searches.
 */
public final class ArticleSearch implements Closeable {
    /** Fields a bare query word is looked up in; a title match weighs double. */
    private static final String[] DEFAULT_FIELDS = defaultFields();
    private static final Map<String, Float> BOOSTS = Map.of(IndexFields.TITLE, 2f);
    /** Hits fetched per hit shown, so that collapsing copies still fills the page. */
    private static final int OVERFETCH = 5;
    private static final int SNIPPET_CHARS = 240;

    private final FSDirectory dir;
    private final DirectoryReader reader;
    private volatile boolean closed;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = Analyzers.perField();
    private SortedSetDocValuesReaderState facetState;

    /** What to look for; {@code null} filters are absent. */
    public record Request(String query, String site, LocalDate from, LocalDate to, String lang, int limit,
            boolean facets) {
        public Request {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be positive");
            }
        }

        public static Request of(String query, int limit) {
            return new Request(query, null, null, null, null, limit, false);
        }
    }

    /** One hit: a cluster's best-scoring article, with the number of copies of its story in the index. */
    public record Hit(String id, String url, String title, String published, String siteName, String site,
            String lang, String snippet, float score, String cluster, long copies) {
    }

    /**
     * @param totalHits articles matching (copies included)
     * @param facets    dimension to label to count, when requested
     */
    public record Result(long totalHits, List<Hit> hits, Map<String, Map<String, Long>> facets) {
    }

    private ArticleSearch(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            throw new IndexException.Missing(path, null);
        }
        dir = FSDirectory.open(path);
        try {
            reader = DirectoryReader.open(dir);
            IndexSchema.check(path, reader.getIndexCommit().getUserData());
        } catch (IndexNotFoundException e) {
            dir.close();
            throw new IndexException.Missing(path, e);
        } catch (IndexException e) {
            close();
            throw e;
        }
        searcher = new IndexSearcher(reader);
    }

    /**
     * Opens the last commit of the index in {@code path}.
     *
     * @throws IndexException.Missing  when there is no index there
     * @throws IndexException.Outdated when an older version wrote it
     */
    public static ArticleSearch open(Path path) throws IOException {
        return new ArticleSearch(path);
    }

    /** Parses a query in the classic syntax (phrases, AND/OR/NOT, -term, field:value); bare words must all match. */
    Query parse(String query) throws ParseException {
        if (query == null || query.isBlank() || query.strip().equals("*")) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser p = new MultiFieldQueryParser(DEFAULT_FIELDS, analyzer, BOOSTS);
        p.setDefaultOperator(QueryParser.Operator.AND);
        return p.parse(query);
    }

    /**
     * A query Lucene refuses to run: too many clauses once its wildcards, fuzzy terms and fields are expanded, or a
     * regular expression too complex to turn into an automaton. A mistake of the query, like a parse error.
     */
    public static final class TooComplexException extends QueryException {
        TooComplexException(String what, RuntimeException cause) {
            super("the query is too complex to run (" + what + "); use fewer terms, wildcards or fuzzy words", cause);
        }
    }

    /**
     * Runs {@code body}, turning a query that does not parse into a {@link QueryException} and Lucene's refusals of a
     * too complex query into {@link TooComplexException}.
     */
    private static <T> T bounded(QueryWork<T> body) throws IOException {
        try {
            return body.run();
        } catch (ParseException e) {
            throw new QueryException("cannot parse the query: " + firstLine(e.getMessage()), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new TooComplexException("more than " + IndexSearcher.getMaxClauseCount() + " clauses", e);
        } catch (TooComplexToDeterminizeException e) {
            throw new TooComplexException("a regular expression with too many states", e);
        }
    }

    @FunctionalInterface
    private interface QueryWork<T> {
        T run() throws ParseException, IOException;
    }

    /**
     * Runs the request. Snippets mark matches with {@code open} and {@code close}; {@code escapeHtml} escapes the
     * snippet text (for HTML-ish output such as {@code <b>} markers).
     *
     * @throws QueryException a query that does not parse, or that is too complex to run ({@link TooComplexException})
     */
    public Result search(Request r, String open, String close, boolean escapeHtml) throws IOException {
        return held(() -> {
            return bounded(() -> run(r, open, close, escapeHtml));
        });
    }

    private Result run(Request r, String open, String close, boolean escapeHtml) throws ParseException, IOException {
        Query userQuery = parse(r.query());
        Query q = filtered(userQuery, r);
        int fetch = Math.max(r.limit() * OVERFETCH, 50);
        FacetsCollector fc = r.facets() ? new FacetsCollector() : null;
        TopDocs top = fc == null ? searcher.search(q, fetch) : FacetsCollector.search(searcher, q, fetch, fc);
        List<ScoreDoc> shown = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        Set<String> clusters = new HashSet<>();
        for (ScoreDoc sd : top.scoreDocs) {
            // the cluster comes from doc values: stored fields are only read for the hits shown
            if (clusters.add(cluster(sd.doc))) {
                shown.add(sd);
                docs.add(searcher.storedFields().document(sd.doc, STORED_FOR_HIT));
                if (shown.size() == r.limit()) {
                    break;
                }
            }
        }
        String[] snippets = snippets(userQuery, shown, open, close, escapeHtml);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            hits.add(hit(docs.get(i), shown.get(i).score, snippets[i]));
        }
        long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(q);
        return new Result(total, hits, fc == null ? Map.of() : facets(fc));
    }

    /** One stored article for export: its id, cluster, and article JSON (the {@code ArticleJson} contract). */
    public record Stored(String id, String cluster, String json) {
    }

    /** Calls {@code sink} with every stored article, in index order. */
    public void forEachArticle(Consumer<Stored> sink) throws IOException {
        held(() -> {
            var storedFields = reader.storedFields();
            var liveDocs = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            Set<String> fields = Set.of(IndexFields.JSON, IndexFields.ID, IndexFields.CLUSTER);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (liveDocs != null && !liveDocs.get(doc)) {
                    continue;
                }
                Document d = storedFields.document(doc, fields);
                if (d.get(IndexFields.JSON) != null) {
                    sink.accept(new Stored(d.get(IndexFields.ID), d.get(IndexFields.CLUSTER), d.get(IndexFields.JSON)));
                }
            }
            return null;
        });
    }

    /** The stored article with this id, if any. */
    public Optional<Stored> article(String id) throws IOException {
        return held(() -> {
            TopDocs top = searcher.search(ofKind(IndexFields.KIND_ARTICLE,
                    new TermQuery(new Term(IndexFields.ID, id))), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document d = searcher.storedFields().document(top.scoreDocs[0].doc, STORED_ARTICLE);
            return Optional.of(new Stored(d.get(IndexFields.ID), d.get(IndexFields.CLUSTER), d.get(IndexFields.JSON)));
        });
    }

    /** Another copy of a story: where it ran. */
    public record Copy(String id, String url, String siteName, String host, String title, String published) {
    }

    /** At most this many copies of a story are listed with an article. */
    public static final int MAX_COPIES = 50;

    /** The articles of a syndication cluster other than {@code exceptId}, in index order (at most {@link #MAX_COPIES}). */
    public List<Copy> copies(String cluster, String exceptId) throws IOException {
        return held(() -> {
            List<Copy> out = new ArrayList<>();
            if (cluster == null) {
                return out;
            }
            Query q = ofKind(IndexFields.KIND_ARTICLE, new TermQuery(new Term(IndexFields.CLUSTER, cluster)));
            for (ScoreDoc sd : searcher.search(q, MAX_COPIES + 1).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc, STORED_FOR_HIT);
                if (!d.get(IndexFields.ID).equals(exceptId) && out.size() < MAX_COPIES) {
                    out.add(new Copy(d.get(IndexFields.ID), d.get(IndexFields.URL), d.get(IndexFields.SITE_NAME),
                            d.get(IndexFields.HOST), d.get(IndexFields.TITLE), d.get(IndexFields.PUBLISHED)));
                }
            }
            return out;
        });
    }

    private static Query ofKind(String kind, Query q) {
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.KIND, kind)), BooleanClause.Occur.FILTER).build();
    }

    private static final Set<String> STORED_ARTICLE = Set.of(IndexFields.ID, IndexFields.CLUSTER, IndexFields.JSON);

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** One quote: what was said, by whom, when, and the article it was read in. */
    public record QuoteHit(String quote, String speaker, String speakerTitle, String cue, String saidOn,
            String published, String url, String title, String siteName, float score) {
    }

    /**
     * Quotes, newest article first, or by relevance when {@code about} is given.
     *
     * @param speaker words that must all appear in the speaker's name ("Trump" finds "Donald Trump"); may be null
     * @param about   a query in the classic syntax over the quote and its article's title; may be null
     */
    public List<QuoteHit> quotes(String speaker, String about, int limit) throws IOException {
        return held(() -> {
            return bounded(() -> runQuotes(speaker, about, limit));
        });
    }

    private List<QuoteHit> runQuotes(String speaker, String about, int limit) throws ParseException, IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_QUOTE)), BooleanClause.Occur.FILTER);
        if (speaker != null && !speaker.isBlank()) {
            QueryParser p = new QueryParser(QuoteDocuments.SPEAKER, analyzer);
            p.setDefaultOperator(QueryParser.Operator.AND);
            b.add(p.parse(QueryParser.escape(speaker)), BooleanClause.Occur.FILTER);
        }
        boolean ranked = about != null && !about.isBlank();
        if (ranked) {
            MultiFieldQueryParser p = new MultiFieldQueryParser(new String[] {QuoteDocuments.QUOTE, IndexFields.TITLE},
                    analyzer, Map.of(QuoteDocuments.QUOTE, 2f));
            p.setDefaultOperator(QueryParser.Operator.AND);
            b.add(p.parse(about), BooleanClause.Occur.MUST);
        }
        Query q = b.build();
        TopDocs top = ranked ? searcher.search(q, limit) : searcher.search(q, limit, NEWEST_FIRST);
        List<QuoteHit> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(quoteHit(searcher.storedFields().document(sd.doc), ranked ? sd.score : Float.NaN));
        }
        return out;
    }

    /**
     * Speakers with their number of quotes, most quoted first (ties by name), at most {@code limit}. A speaker is an
     * identity ({@link Ids#of}), as the web app counts them: "He" and "he", "I’m" and "I'm" are one speaker,
     * named by the spelling most of its quotes use (ties: the greatest); a name without a letter or digit names no
     * speaker.
     */
    public Map<String, Long> speakers(int limit) throws IOException {
        return held(() -> {
            Map<String, Long> out = new LinkedHashMap<>();
            SortedSetDocValuesReaderState state = facetState();
            if (state == null) {
                return out;
            }
            FacetsCollector fc = new FacetsCollector();
            FacetsCollector.search(searcher, new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_QUOTE)), 1, fc);
            FacetResult fr;
            try {
                fr = new SortedSetDocValuesFacetCounts(state, fc).getAllChildren(QuoteDocuments.SPEAKER);
            } catch (IllegalArgumentException e) {
                return out; // no quote has a speaker yet
            }
            Map<String, Map<String, Long>> spellings = new HashMap<>();
            for (LabelAndValue lv : fr == null ? new LabelAndValue[0] : fr.labelValues) {
                String id = Ids.of(lv.label);
                if (!id.isEmpty()) {
                    spellings.computeIfAbsent(id, k -> new HashMap<>())
                            .merge(lv.label, lv.value.longValue(), Long::sum);
                }
            }
            List<Map.Entry<String, Long>> speakers = new ArrayList<>(spellings.size());
            for (Map<String, Long> names : spellings.values()) {
                String name = names.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
                speakers.add(Map.entry(name, names.values().stream().mapToLong(Long::longValue).sum()));
            }
            speakers.sort(Map.Entry.<String, Long>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey()));
            for (Map.Entry<String, Long> e : speakers.subList(0, Math.min(limit, speakers.size()))) {
                out.put(e.getKey(), e.getValue());
            }
            return out;
        });
    }

    /** Calls {@code sink} with every quote, in index order. */
    public void forEachQuote(Consumer<QuoteHit> sink) throws IOException {
        held(() -> {
            var storedFields = reader.storedFields();
            var liveDocs = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (liveDocs != null && !liveDocs.get(doc)) {
                    continue;
                }
                Document d = storedFields.document(doc);
                if (IndexFields.KIND_QUOTE.equals(d.get(IndexFields.KIND))) {
                    sink.accept(quoteHit(d, Float.NaN));
                }
            }
            return null;
        });
    }

    private static final org.apache.lucene.search.Sort NEWEST_FIRST = new org.apache.lucene.search.Sort(
            sortNewest());

    private static org.apache.lucene.search.SortField sortNewest() {
        org.apache.lucene.search.SortField f = new org.apache.lucene.search.SortField(IndexFields.PUBLISHED_DAY,
                org.apache.lucene.search.SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        return f;
    }

    private static QuoteHit quoteHit(Document d, float score) {
        return new QuoteHit(d.get(QuoteDocuments.QUOTE), d.get(QuoteDocuments.SPEAKER),
                d.get(QuoteDocuments.SPEAKER_TITLE), d.get(QuoteDocuments.CUE), d.get(QuoteDocuments.SAID_ON),
                d.get(IndexFields.PUBLISHED), d.get(IndexFields.URL), d.get(IndexFields.TITLE),
                d.get(IndexFields.SITE_NAME), score);
    }

    /** Articles in the index. */
    public long articleCount() throws IOException {
        return held(() -> {
            return count(IndexFields.KIND_ARTICLE);
        });
    }

    /** Quote documents in the index: every quote of every annotated article. */
    public long quoteCount() throws IOException {
        return held(() -> {
            return count(IndexFields.KIND_QUOTE);
        });
    }

    /** Documents of one kind ({@link IndexFields#KIND_ARTICLE}, ...). */
    public long count(String kind) throws IOException {
        return held(() -> {
            return searcher.count(new TermQuery(new Term(IndexFields.KIND, kind)));
        });
    }

    /**
     * Distinct syndication clusters among the live articles: the global ordinals of the cluster doc values that a live
     * document uses (a renamed cluster leaves its old name on deleted documents until segments merge), marked in a
     * bit set, so memory stays one bit per name however large the index.
     */
    public long clusterCount() throws IOException {
        return held(() -> {
            SortedDocValues dv = MultiDocValues.getSortedValues(reader, IndexFields.CLUSTER);
            if (dv == null) {
                return 0;
            }
            OrdinalMap ords = dv instanceof MultiDocValues.MultiSortedDocValues m ? m.mapping : null;
            FixedBitSet used = new FixedBitSet(Math.max(1, dv.getValueCount()));
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues local = leaf.reader().getSortedDocValues(IndexFields.CLUSTER);
                if (local == null) {
                    continue;
                }
                LongValues global = ords == null ? null : ords.getGlobalOrds(leaf.ord);
                Bits live = leaf.reader().getLiveDocs();
                for (int d = local.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = local.nextDoc()) {
                    if (live == null || live.get(d)) {
                        used.set(global == null ? local.ordValue() : (int) global.get(local.ordValue()));
                    }
                }
            }
            return used.cardinality();
        });
    }

    private String cluster(int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues dv = leaf.reader().getSortedDocValues(IndexFields.CLUSTER);
        if (dv == null || !dv.advanceExact(doc - leaf.docBase)) {
            return "doc:" + doc; // no cluster recorded: the document is its own cluster
        }
        return dv.lookupOrd(dv.ordValue()).utf8ToString();
    }

    @Override
    /**
     * Releases this searcher's hold on the index. A read still running on another thread (a request the server had
     * started) keeps the files open until it ends: the index is closed when its last reader lets go, never under a
     * read. Reads begun after this fail with Lucene's {@code AlreadyClosedException}.
     */
    public void close() throws IOException {
        closed = true;
        reader.close();
        dir.close();
    }

    /** A read of the index. */
    @FunctionalInterface
    private interface Read<T> {
        T run() throws IOException;
    }

    /** Runs {@code read} holding a reference to the reader, so that {@link #close} cannot close it under the read. */
    private <T> T held(Read<T> read) throws IOException {
        if (closed || !reader.tryIncRef()) {
            throw new org.apache.lucene.store.AlreadyClosedException("the index is closed");
        }
        try {
            return read.run();
        } finally {
            reader.decRef();
        }
    }

    private static final Set<String> STORED_FOR_HIT = Set.of(IndexFields.ID, IndexFields.URL, IndexFields.TITLE,
            IndexFields.PUBLISHED, IndexFields.SITE_NAME, IndexFields.HOST, IndexFields.LANG, IndexFields.CLUSTER);

    private Hit hit(Document d, float score, String snippet) throws IOException {
        String cluster = d.get(IndexFields.CLUSTER);
        long copies = searcher.count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.CLUSTER, cluster)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .build());
        String title = d.get(IndexFields.TITLE);
        return new Hit(d.get(IndexFields.ID), d.get(IndexFields.URL), title == null || title.isEmpty() ? null : title,
                d.get(IndexFields.PUBLISHED), d.get(IndexFields.SITE_NAME), d.get(IndexFields.HOST),
                d.get(IndexFields.LANG), snippet, score, cluster, copies);
    }

    private Query filtered(Query user, Request r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(user, BooleanClause.Occur.MUST);
        b.add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)), BooleanClause.Occur.FILTER);
        if (r.site() != null) {
            String s = r.site().strip().toLowerCase(Locale.ROOT);
            String host = s.startsWith("www.") ? s.substring(4) : s;
            b.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.SITE, s)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(IndexFields.HOST, host)), BooleanClause.Occur.SHOULD)
                    .build(), BooleanClause.Occur.FILTER);
        }
        if (r.lang() != null) {
            b.add(new TermQuery(new Term(IndexFields.LANG, r.lang().strip().toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
            long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED_DAY, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private String[] snippets(Query q, List<ScoreDoc> shown, String open, String close, boolean escape)
            throws IOException {
        String[] out = new String[shown.size()];
        if (shown.isEmpty()) {
            return out;
        }
        UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, analyzer)
                .withFieldMatcher(f -> !f.startsWith(IndexFields.STEM_PREFIX))
                .withFormatter(new DefaultPassageFormatter(open, close, " … ", escape))
                .withMaxNoHighlightPassages(1)
                .withBreakIterator(() -> java.text.BreakIterator.getSentenceInstance(Locale.ROOT))
                .build();
        TopDocs td = new TopDocs(new TotalHits(shown.size(), TotalHits.Relation.EQUAL_TO),
                shown.toArray(new ScoreDoc[0]));
        String[] hl1 = hl.highlight(IndexFields.TEXT, q, td, 1);
        for (int i = 0; i < out.length; i++) {
            out[i] = hl1[i] == null ? null : clip(hl1[i].strip());
        }
        return out;
    }

    private static String clip(String s) {
        return s.length() <= SNIPPET_CHARS * 2 ? s : s.substring(0, SNIPPET_CHARS * 2) + " …";
    }

    private Map<String, Map<String, Long>> facets(FacetsCollector fc) throws IOException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState();
        if (state == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : IndexFields.FACETS) {
            Map<String, Long> m = new LinkedHashMap<>();
            try {
                FacetResult fr = counts.getTopChildren(10, dim);
                if (fr != null) {
                    for (LabelAndValue lv : fr.labelValues) {
                        m.put(lv.label, lv.value.longValue());
                    }
                }
            } catch (IllegalArgumentException e) {
                // dimension absent from this index (e.g. no article had a date)
            }
            out.put(dim, m);
        }
        return out;
    }

    private synchronized SortedSetDocValuesReaderState facetState() throws IOException {
        if (facetState == null) {
            try {
                facetState = new DefaultSortedSetDocValuesReaderState(reader, ArticleDocuments.facetsConfig());
            } catch (IllegalArgumentException e) {
                return null; // no facet field in the index yet
            }
        }
        return facetState;
    }

    private static String[] defaultFields() {
        List<String> f = new ArrayList<>(List.of(IndexFields.TITLE, IndexFields.TEXT));
        for (String l : Analyzers.LANGUAGES) {
            f.add(IndexFields.STEM_PREFIX + l);
        }
        return f.toArray(new String[0]);
    }
}
