package org.verbatim.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
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
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.verbatim.enrich.fingerprint.Syndication;
import org.verbatim.json.ArticleJson;
import org.verbatim.json.ArticleJsonReader;
import org.verbatim.model.Article;
import org.verbatim.pipeline.ProcessedArticle;

/**
 * The building of an article's Lucene document, and reading it back: the fields of {@link IndexFields}, the doc values
 * the clusterer reads, the facets, and the stored Article JSON. Stateless; {@link ArticleIndex} writes what this
 * builds, {@link Clusters} renames clusters with it.
 */
final class ArticleDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleDocuments() {
    }

    /** Doc-value copies of the id and the content hash, for the clusterer. */
    static final String ID_DV = "id_dv";
    static final String CONTENT_HASH = "content_hash";
    /** {@link org.verbatim.enrich.fingerprint.Syndication#publishedKey}, for naming clusters. */
    static final String PUBLISHED_KEY = "published_key";
    /** 1 while an article waits for its cluster to be settled, 0 after (updated in place). */
    static final String CLUSTER_PENDING = "cluster_pending";

    /** The facet configuration shared by writer and searcher. */
    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued("speaker", true);
        c.setMultiValued("entity", true);
        return c;
    }

    /** Body text with offsets in the postings, so the highlighter need not re-analyse stored text per hit. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /**
     * The article's document without its cluster (added by {@link #addCluster}); {@code pending} marks it as waiting
     * for {@link Clusters} to settle its cluster.
     */
    static Document article(ProcessedArticle ia, boolean pending) {
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
        d.add(new BinaryDocValuesField(IndexFields.FINGERPRINT, new BytesRef(encode(ia.fingerprint().signature()))));
        d.add(new BinaryDocValuesField(CONTENT_HASH, new BytesRef(ia.fingerprint().contentHash())));
        d.add(new NumericDocValuesField(PUBLISHED_KEY, Syndication.publishedKey(a.published())));
        d.add(new NumericDocValuesField(CLUSTER_PENDING, pending ? 1 : 0));
        for (String k : ia.fingerprint().bandKeys()) {
            d.add(new StringField(IndexFields.LSH, k, Field.Store.NO));
        }
        // The stored JSON leaves out "text" (the blocks joined): the text is already stored once for highlighting.
        ObjectNode json = ArticleJson.toNode(a);
        json.remove("text");
        d.add(new StoredField(IndexFields.JSON, json.toString()));
        return d;
    }

    static void addCluster(Document d, String cluster) {
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

    /** The article of a stored document: its stored JSON (the text is rebuilt from the blocks). */
    static Article readStored(Document stored) {
        try {
            return ArticleJsonReader.read((ObjectNode) JSON.readTree(stored.get(IndexFields.JSON)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("stored JSON of " + stored.get(IndexFields.ID) + " unreadable", e);
        }
    }
}
