package org.verbatim.index;

import java.util.List;

/** Field names of the index. Keyword fields hold lower-cased values and are matched exactly. */
public final class IndexFields {
    private IndexFields() {
    }

    /** What a document is: {@link #KIND_ARTICLE}, {@link #KIND_QUOTE} or {@link #KIND_ENTITY}. */
    public static final String KIND = "kind";
    public static final String KIND_ARTICLE = "article";
    public static final String KIND_QUOTE = "quote";
    public static final String KIND_ENTITY = "entity";

    /** The article id; quote and entity documents carry their article's id here too, so they are replaced with it. */
    public static final String GROUP = "group";
    public static final String ID = "id";
    public static final String CLUSTER = "cluster";
    public static final String URL = "url";
    public static final String CANONICAL_URL = "canonical_url";
    public static final String SITE = "site";
    public static final String SITE_NAME = "site_name";
    public static final String HOST = "host";
    public static final String LANG = "lang";
    public static final String PUBLISHED = "published";
    public static final String PUBLISHED_DAY = "published_day";
    public static final String MONTH = "month";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String AUTHORS = "authors";
    public static final String SOURCE = "source";
    public static final String RECORD = "record";
    public static final String FINGERPRINT = "fp";
    public static final String LSH = "lsh";
    public static final String JSON = "json";
    /** Prefix of the per-language stemmed copies of title and text ({@code stem_en}, {@code stem_de}, ...). */
    public static final String STEM_PREFIX = "stem_";

    /** Facet dimensions of articles; {@code speaker} and {@code entity} come from the article's annotation. */
    public static final List<String> FACETS = List.of(SITE, LANG, MONTH, "speaker", "entity");

    /** Fields matched exactly (after lower-casing) in queries such as {@code site:news.example}. */
    public static final List<String> KEYWORDS = List.of(KIND, GROUP, ID, CLUSTER, SITE, HOST, LANG, MONTH, SITE_NAME);
}
