package org.verbatim.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.verbatim.model.Article;
import org.verbatim.model.Entity;
import org.verbatim.model.Quote;
import org.verbatim.pipeline.ProcessedArticle;

/**
 * The quote and entity documents of an annotated article: one document per quote (text, speaker, cue, date said,
 * the article's URL, title, site and date) and one per entity (name, type, the article's URL, site and date), each
 * with its facet ({@code speaker}, {@code entity}). Articles without an annotation give none. Stateless.
 */
public final class QuoteDocuments implements ExtraDocuments {
    public static final String QUOTE = "quote";
    public static final String SPEAKER = "speaker";
    /** The speaker's name lower-cased, for exact filters. */
    public static final String SPEAKER_KEY = "speaker_key";
    public static final String SPEAKER_TITLE = "speaker_title";
    public static final String CUE = "cue";
    public static final String SAID_ON = "said_on";
    public static final String QUOTE_KIND = "quote_kind";
    public static final String ARTICLE_ID = "article_id";
    public static final String ENTITY = "entity";
    public static final String ENTITY_TYPE = "entity_type";

    @Override
    public List<Document> documents(ProcessedArticle ia) {
        Article a = ia.article();
        List<Document> out = new ArrayList<>();
        int i = 0;
        for (Quote q : a.annotation().quotes()) {
            out.add(quote(ia, q, i++));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Entity e : a.annotation().entities()) {
            if (seen.add(e.type() + ":" + e.name())) {
                out.add(entity(ia, e));
            }
        }
        return out;
    }

    private static Document quote(ProcessedArticle ia, Quote q, int n) {
        Document d = common(ia, IndexFields.KIND_QUOTE, true);
        d.add(new StringField(IndexFields.ID, ia.id() + "-q" + n, Field.Store.YES));
        d.add(new TextField(QUOTE, q.text(), Field.Store.YES));
        d.add(new StringField(QUOTE_KIND, q.kind().name().toLowerCase(Locale.ROOT), Field.Store.YES));
        if (q.cue() != null) {
            d.add(new StoredField(CUE, q.cue()));
        }
        if (q.saidOn() != null) {
            d.add(new StoredField(SAID_ON, q.saidOn()));
        }
        if (q.speaker() != null) {
            String name = q.speaker().name();
            d.add(new TextField(SPEAKER, name, Field.Store.YES));
            d.add(new StringField(SPEAKER_KEY, name.toLowerCase(Locale.ROOT), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(SPEAKER, name));
            if (q.speaker().title() != null) {
                d.add(new StoredField(SPEAKER_TITLE, q.speaker().title()));
            }
        }
        return d;
    }

    private static Document entity(ProcessedArticle ia, Entity e) {
        Document d = common(ia, IndexFields.KIND_ENTITY, false);
        d.add(new TextField(ENTITY, e.name(), Field.Store.YES));
        d.add(new StringField(ENTITY_TYPE, e.type().name().toLowerCase(Locale.ROOT), Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(ENTITY, e.name()));
        return d;
    }

    /**
     * What every quote and entity document carries about its article. Only quote documents carry the title (a quote
     * search matches the quote or its article's title): analysing one title again for each of an article's dozens of
     * entities would cost indexing time for nothing, and the article id leads to it.
     */
    private static Document common(ProcessedArticle ia, String kind, boolean withTitle) {
        Article a = ia.article();
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, kind, Field.Store.YES));
        d.add(new StringField(ARTICLE_ID, ia.id(), Field.Store.YES));
        if (a.url() != null) {
            d.add(new StoredField(IndexFields.URL, a.url()));
        }
        if (withTitle && a.title() != null) {
            d.add(new TextField(IndexFields.TITLE, a.title(), Field.Store.YES));
        }
        String site = a.siteName() != null ? a.siteName() : ArticleDocuments.host(a.url());
        if (site != null) {
            d.add(new StoredField(IndexFields.SITE_NAME, site));
        }
        if (a.published() != null) {
            long day = a.published().date().toEpochDay();
            d.add(new LongPoint(IndexFields.PUBLISHED_DAY, day));
            d.add(new NumericDocValuesField(IndexFields.PUBLISHED_DAY, day));
            d.add(new StoredField(IndexFields.PUBLISHED, a.published().toString()));
        }
        return d;
    }
}
