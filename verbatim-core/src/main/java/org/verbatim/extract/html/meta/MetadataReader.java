package org.verbatim.extract.html.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.verbatim.extract.common.Mojibake;
import org.verbatim.extract.common.Spaces;
import org.verbatim.extract.common.TextKey;
import org.verbatim.extract.html.dom.TextCollector;
import org.verbatim.model.Article;
import org.verbatim.model.Timestamp;

/**
 * Reads the metadata a page states plainly: JSON-LD (article objects, {@code @graph}, arrays), {@code <meta>}
 * (Open Graph, article:*, Dublin Core, common names), {@code <link rel=canonical>}, {@code <html lang>}, the
 * {@code <h1>} and {@code <time datetime>} near it, and the date and byline elements the DOM pass collected. The
 * title is chosen by {@link TitleReconciler}, authors by {@link AuthorReader}, dates by {@link DateCascade}.
 */
public final class MetadataReader {
    static final List<String> DESCRIPTION_KEYS = List.of("og:description", "description", "twitter:description",
            "dc.description");

    /** Bounds on a legacy {@code <font>} headline. */
    static final int LEGACY_HEADING_MIN_WORDS = 3;
    static final int LEGACY_HEADING_MAX_CHARS = 300;

    private MetadataReader() {
    }

    /** Reads metadata from the document and its index (head plus body, gathered before pruning). */
    public static PageMetadata read(Document doc, PageIndex ix, List<String> warnings) {
        Map<String, String> meta = metaMap(ix.metas);
        List<JsonNode> ld = JsonLd.objects(ix.ldScripts, warnings);
        JsonNode art = ld.stream().filter(JsonLd::isArticle).findFirst().orElse(null);
        String siteName = first(meta.get("og:site_name"), publisherName(art, ld), meta.get("application-name"));
        int h1Index = mainHeading(ix.h1s);
        Element h1 = h1Index < 0 ? null : ix.h1s.get(h1Index);
        if (h1 == null) {
            h1 = legacyHeading(ix.bigFonts);
        }
        String headline = h1 == null ? null : TextCollector.text(h1).replace('\n', ' ');
        String articleHeadline = JsonLd.string(art, "headline");
        String ldHeadline = articleHeadline != null ? articleHeadline : anyLdString(ld, "headline");
        Publication site = new Publication(siteName, publisherName(art, ld), doc.location());
        String reconciled = guarded("title", () -> TitleReconciler.reconcile(new TitleReconciler.Candidates(ldHeadline,
                meta.get("og:title"), meta.get("twitter:title"), doc.title(), headline, meta.get("headline"),
                siteName, () -> doc.body().text(), ix.h1Raw, site)), null, warnings);
        // a page's own double encoding ("Investorâs"); a domain set before every title ("example.com Story")
        String title = ShownHeadline.withoutHostPrefix(Mojibake.repair(reconciled), site);
        DateCascade.Dates dates = guarded("dates", () -> DateCascade.read(new DateCascade.Inputs(doc, ix, art, ld,
                meta, h1Index)), NO_DATES, warnings);
        Timestamp published = dates.published();
        Timestamp modified = dates.modified();
        AuthorReader.Credits named = guarded("authors", () -> withDatelineName(AuthorReader.read(art, ld, ix.metas,
                meta, ix.bylineTexts, nearPhrases(ix, title, h1Index),
                site, ix.dates.parser()), ix, h1Index, site), NO_CREDITS, warnings);
        AuthorReader.Credits credits = guarded("authors", () -> withBioName(named, ix, site), named, warnings);
        ArticleFacts.Facts facts = guarded("facts", () -> ArticleFacts.read(art, ld, ix.metas, meta, ix.figures,
                doc.location(), title), NO_FACTS, warnings);
        return new PageMetadata(title, headline, firstOf(meta, DESCRIPTION_KEYS, JsonLd.string(art, "description")),
                JsonLd.string(art, "articleBody"), credits.authors(), credits.agencies(), credits.credits(), published,
                dates.publishedIsUpdate(), modified,
                siteName, language(doc, meta, art), canonical(doc, ix.canonical, meta), facts);
    }

    private static final DateCascade.Dates NO_DATES = new DateCascade.Dates(null, false, null);
    private static final AuthorReader.Credits NO_CREDITS = new AuthorReader.Credits(List.of(), List.of(), List.of());
    private static final ArticleFacts.Facts NO_FACTS = new ArticleFacts.Facts(null, List.of(), null, null);

    /**
     * What {@code reader} reads, or {@code fallback} when it throws: one metadata field lost, with a warning that
     * names the field, the exception and where it was thrown ({@link Article#METADATA_FAILED}), never the page.
     * The readers are written not to throw; this keeps a bug in one from costing the title, dates and body too.
     */
    static <T> T guarded(String field, java.util.function.Supplier<T> reader, T fallback, List<String> warnings) {
        try {
            return reader.get();
        } catch (RuntimeException | StackOverflowError e) {
            warnings.add(Article.METADATA_FAILED + field + ": " + Article.describeFailure(e));
            return fallback;
        }
    }

    /**
     * {@code credits}, or the name shown beside the date under the headline ({@link DatelineName}) when they credit
     * nobody: a byline without a label.
     */
    static AuthorReader.Credits withDatelineName(AuthorReader.Credits credits, PageIndex ix, int h1Index,
                                                 Publication site) {
        if (!credits.authors().isEmpty() || !credits.agencies().isEmpty() || !credits.credits().isEmpty()
                || h1Index < 0 || h1Index >= ix.h1Near.size() || ix.h1Near.get(h1Index) == null) {
            return credits;
        }
        String near = ix.h1Near.get(h1Index);
        int cut = near.indexOf('\n'); // what follows the headline, then what stands above it
        String name = DatelineName.find(cut < 0 ? near : near.substring(0, cut), ix.dates.parser());
        return name == null || site.isPublication(name) ? credits
                : new AuthorReader.Credits(List.of(name), List.of(), List.of());
    }

    /**
     * {@code credits}, or the writer an author box names ({@link AuthorBio}) when they credit no person and no agency:
     * a page whose byline is the box after the story. An organisation or team the data credited (the publisher set
     * as author) gives way to the person who signs the box.
     */
    static AuthorReader.Credits withBioName(AuthorReader.Credits credits, PageIndex ix, Publication site) {
        if (!credits.authors().isEmpty() || !credits.agencies().isEmpty()) {
            return credits;
        }
        String name = AuthorBio.only(ix.bioNames);
        return name == null || site.isPublication(name) ? credits
                : new AuthorReader.Credits(List.of(name), List.of(), List.of());
    }

    /**
     * The byline phrases near the headline ({@link BylinePhrase#near}); when none stands near the {@code <h1>} the
     * title names (a teaser's heading may echo the declared titles better than the article's own), those near the
     * page's first {@code <h1>} with text.
     */
    static List<String> nearPhrases(PageIndex ix, String title, int h1Index) {
        if (ix.bylinePhrases.isEmpty()) {
            return List.of();
        }
        int headline = headlineOrder(ix, title, h1Index);
        List<String> near = BylinePhrase.near(ix.bylinePhrases, ix.phraseOrders, headline);
        int first = h1Index < 0 || h1Index >= ix.h1Orders.size() ? -1 : ix.h1Orders.get(h1Index);
        return !near.isEmpty() || first < 0 || first == headline ? near
                : BylinePhrase.near(ix.bylinePhrases, ix.phraseOrders, first);
    }

    /**
     * The document-order position of the headline's {@code <h1>}: the first whose text holds the title or is held by
     * it, else the first with text; -1 when there is none.
     */
    static int headlineOrder(PageIndex ix, String title, int h1Index) {
        String t = title == null ? "" : TextKey.loose(title);
        for (int i = 0; !t.isEmpty() && i < ix.h1Raw.size(); i++) {
            String raw = ix.h1Raw.get(i);
            String text = raw == null ? null : ShownHeadline.text(raw);
            String n = text == null ? "" : TextKey.loose(text);
            if (n.length() >= TitleReconciler.MIN_CHARS && (n.contains(t) || t.contains(n))) {
                return ix.h1Orders.get(i);
            }
        }
        return h1Index < 0 || h1Index >= ix.h1Orders.size() ? -1 : ix.h1Orders.get(h1Index);
    }

    /** Meta tags by lower-cased property / name / itemprop / http-equiv; the first content wins. */
    static Map<String, String> metaMap(List<Element> metas) {
        Map<String, String> m = new HashMap<>();
        for (Element e : metas) {
            String content = e.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = e.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    m.putIfAbsent(key, content);
                }
            }
        }
        return m;
    }

    /** Index of the first {@code <h1>} with text, or -1. */
    private static int mainHeading(List<Element> h1s) {
        for (int i = 0; i < h1s.size(); i++) {
            if (!h1s.get(i).text().isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The headline of a page without {@code <h1>} written before CSS: the first headline-sized {@code <font>} holding
     * a few words (not a one-word masthead), or {@code null}.
     */
    public static Element legacyHeading(List<Element> bigFonts) {
        for (Element f : bigFonts) {
            if (StandfirstChooser.boundedLength(f, LEGACY_HEADING_MAX_CHARS + 1) > LEGACY_HEADING_MAX_CHARS) {
                continue; // a <font> wrapping the page: not a headline, and costly to collect
            }
            String t = f.text();
            if (t.length() <= LEGACY_HEADING_MAX_CHARS && Spaces.words(t) >= LEGACY_HEADING_MIN_WORDS) {
                return f;
            }
        }
        return null;
    }


    private static String publisherName(JsonNode art, List<JsonNode> ld) {
        String p = JsonLd.string(art, "publisher");
        if (p != null) {
            return p;
        }
        for (JsonNode o : ld) {
            if (JsonLd.types(o).contains("NewsMediaOrganization") || JsonLd.types(o).contains("WebSite")) {
                String n = JsonLd.string(o, "name");
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private static String anyLdString(List<JsonNode> ld, String field) {
        for (JsonNode o : ld) {
            String v = JsonLd.string(o, field);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String language(Document doc, Map<String, String> meta, JsonNode art) {
        Element html = doc.firstElementChild();
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank() && html != null) {
            lang = html.attr("xml:lang");
        }
        for (String v : new String[] {lang, meta.get("og:locale"), meta.get("content-language"),
                meta.get("language"), JsonLd.string(art, "inLanguage")}) {
            String n = normalizeLanguage(v);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern LANGUAGE_SEPARATOR = java.util.regex.Pattern.compile("[-_]");
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[A-Za-z]{2,3}");
    private static final java.util.regex.Pattern REGION = java.util.regex.Pattern.compile("[A-Za-z]{2}|\\d{3}");
    private static final java.util.regex.Pattern SCRIPT = java.util.regex.Pattern.compile("[A-Za-z]{4}");

    /** Normalises a language tag to BCP-47 case ({@code de_at} gives {@code de-AT}); {@code null} if not one. */
    static String normalizeLanguage(String v) {
        if (v == null) {
            return null;
        }
        String[] parts = LANGUAGE_SEPARATOR.split(v.strip());
        if (parts.length == 0 || !LANGUAGE.matcher(parts[0]).matches()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (REGION.matcher(p).matches()) {
                sb.append('-').append(p.toUpperCase(Locale.ROOT));
            } else if (SCRIPT.matcher(p).matches()) {
                sb.append('-').append(Character.toUpperCase(p.charAt(0))).append(p.substring(1).toLowerCase(Locale.ROOT));
            } else {
                break;
            }
        }
        return sb.toString();
    }

    private static String canonical(Document doc, Element link, Map<String, String> meta) {
        if (link != null) {
            String href = link.attr("href");
            if (isPlainAbsolute(href)) {
                return href; // what resolving would give back, without parsing two URLs
            }
            String abs = link.absUrl("href"); // resolving parses a URL: once, not twice
            if (!abs.isEmpty()) {
                return abs;
            }
            if (link.attr("href").startsWith("http")) {
                return link.attr("href");
            }
        }
        String og = meta.get("og:url");
        if (og == null) {
            return null;
        }
        String resolved = doc.location().isEmpty() ? og : StringUtil.resolve(doc.location(), og);
        return resolved.isEmpty() ? null : resolved;
    }

    /**
     * An absolute http(s) URL that resolving leaves as it is: lower-case scheme, a host of ASCII letters, digits, dots
     * and hyphens (no punycode to apply), an optional port, then nothing or a path of printable ASCII without spaces,
     * backslashes or dot segments. Anything else is resolved the slow way.
     */
    static boolean isPlainAbsolute(String href) {
        int i = href.startsWith("https://") ? 8 : href.startsWith("http://") ? 7 : -1;
        if (i < 0) {
            return false;
        }
        int hostStart = i;
        while (i < href.length() && isHostChar(href.charAt(i))) {
            i++;
        }
        if (i == hostStart) {
            return false;
        }
        if (i < href.length() && href.charAt(i) == ':') {
            int portStart = ++i;
            while (i < href.length() && href.charAt(i) >= '0' && href.charAt(i) <= '9') {
                i++;
            }
            if (i == portStart) {
                return false;
            }
        }
        if (i == href.length()) {
            return true;
        }
        if (href.charAt(i) != '/') {
            return false;
        }
        for (int k = i; k < href.length(); k++) {
            char c = href.charAt(k);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return false;
            }
        }
        return !href.contains("/./") && !href.contains("/../") && !href.endsWith("/.") && !href.endsWith("/..");
    }

    private static boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-';
    }

    private static String firstOf(Map<String, String> meta, List<String> keys, String fallback) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return fallback;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String s && s.isBlank())) {
                return v;
            }
        }
        return null;
    }
}
