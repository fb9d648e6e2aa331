package org.verbatim.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.verbatim.model.Timestamp;

/**
 * Reads the metadata a page states plainly: JSON-LD (article objects, {@code @graph}, arrays), {@code <meta>}
 * (Open Graph, article:*, Dublin Core, common names), {@code <link rel=canonical>}, {@code <html lang>}, the
 * {@code <h1>} and {@code <time datetime>} near it, and the date and byline elements the DOM pass collected. The
 * title is chosen by {@link TitleReconciler}, authors by {@link AuthorReader}, shown dates by {@link VisibleDates}.
 */
final class MetadataReader {
    /** Meta names/properties of the publication date, most specific first. */
    static final List<String> PUBLISHED_KEYS = List.of("article:published_time", "og:article:published_time",
            "datepublished", "published_time", "article.published", "pubdate", "publishdate", "publish-date",
            "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
            "dcterms.date", "dcterms.created", "date", "og:pubdate", "creation_date", "article_date_original",
            "datecreated", "schema:datecreated", "uploaddate");
    /** Meta names/properties of the last update. */
    static final List<String> MODIFIED_KEYS = List.of("article:modified_time", "og:article:modified_time",
            "datemodified", "og:updated_time", "modified_time", "dcterms.modified", "last-modified", "lastmod");
    static final List<String> DESCRIPTION_KEYS = List.of("og:description", "description", "twitter:description",
            "dc.description");
    /** Separators between a headline and the site name in {@code <title>} and {@code og:title}. */
    static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ",
            " » ", " / ", " ~ ", " ｜ ", "｜", "：", ": ");
    /** A title part this many words long or shorter may be a site name even when it does not match one. */
    static final int MAX_SITE_WORDS = 4;

    private MetadataReader() {
    }

    /** Reads metadata from the document and its index (head plus body, gathered before pruning). */
    static PageMetadata read(Document doc, PageIndex ix, List<String> warnings) {
        Map<String, String> meta = metaMap(ix.metas);
        List<JsonNode> ld = JsonLd.objects(ix.ldScripts, warnings);
        JsonNode art = ld.stream().filter(JsonLd::isArticle).findFirst().orElse(null);
        String siteName = first(meta.get("og:site_name"), publisherName(art, ld), meta.get("application-name"));
        int h1Index = mainHeading(ix.h1s);
        Element h1 = h1Index < 0 ? null : ix.h1s.get(h1Index);
        String headline = h1 == null ? null : TextCollector.text(h1).replace('\n', ' ');
        String ldHeadline = JsonLd.string(art, "headline");
        if (ldHeadline == null) {
            ldHeadline = anyLdString(ld, "headline");
        }
        String title = TitleReconciler.reconcile(new TitleReconciler.Candidates(ldHeadline, meta.get("og:title"),
                meta.get("twitter:title"), doc.title(), headline, siteName,
                () -> doc.body().text()));
        Timestamp published = published(doc, ix, art, ld, meta, h1Index);
        Timestamp modified = firstDate(JsonLd.string(art, "dateModified"), meta, MODIFIED_KEYS);
        AuthorReader.Credits credits = AuthorReader.read(art, ld, ix.metas, ix.bylineTexts,
                new Publication(siteName, publisherName(art, ld), doc.location()));
        ArticleFacts.Facts facts = ArticleFacts.read(art, ld, ix.metas, meta, ix.figures, doc.location(), title);
        return new PageMetadata(title, headline, firstOf(meta, DESCRIPTION_KEYS, JsonLd.string(art, "description")),
                JsonLd.string(art, "articleBody"), credits.authors(), credits.agencies(), published, modified,
                siteName, language(doc, meta, art), canonical(doc, ix.canonical, meta), facts);
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

    /** Removes a site-name prefix or suffix separated by a common separator. */
    static String stripSite(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String t = title.strip().replaceAll("\\s+", " ");
        String site = siteName == null ? "" : norm(siteName);
        for (int round = 0; round < 2; round++) {
            String next = stripOnce(t, site);
            if (next.equals(t)) {
                break;
            }
            t = next;
        }
        return t.isEmpty() ? null : t;
    }

    private static String stripOnce(String t, String site) {
        for (String sep : TITLE_SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0) {
                String head = t.substring(0, last).strip();
                String tail = t.substring(last + sep.length()).strip();
                if (isSiteName(tail, site)) {
                    return head;
                }
            }
            int firstIdx = t.indexOf(sep);
            if (firstIdx > 0) {
                String head = t.substring(0, firstIdx).strip();
                if (isSiteName(head, site)) {
                    return t.substring(firstIdx + sep.length()).strip();
                }
            }
        }
        // no site name known or none matched: a short last part after " | " is usually the site
        int bar = t.lastIndexOf(" | ");
        if (bar > 0 && words(t.substring(bar + 3)) <= MAX_SITE_WORDS) {
            return t.substring(0, bar).strip();
        }
        return t;
    }

    private static boolean isSiteName(String part, String site) {
        String p = norm(part);
        if (p.isEmpty()) {
            return false;
        }
        return !site.isEmpty() && (p.equals(site) || site.contains(p) || p.contains(site));
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** Lower-case letters and digits only, for loose comparisons. */
    static String norm(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
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

    private static Timestamp firstDate(String ldValue, Map<String, String> meta, List<String> keys) {
        Timestamp t = DateParser.parse(ldValue);
        for (int i = 0; t == null && i < keys.size(); i++) {
            t = DateParser.parse(meta.get(keys.get(i)));
        }
        return t;
    }

    /**
     * The publication date: declared (JSON-LD article, meta tags, marked {@code <time>} near the headline, any
     * JSON-LD object), else shown (date-like elements, text next to the headline, bylines, any {@code <time>}, the
     * {@code <title>}), the URL's date, the first date of the body text. Future and pre-1990 dates are rejected.
     */
    private static Timestamp published(Document doc, PageIndex ix, JsonNode art, List<JsonNode> ld,
                                       Map<String, String> meta, int h1Index) {
        Element h1 = h1Index < 0 ? null : ix.h1s.get(h1Index);
        Timestamp declared = plausible(firstDate(JsonLd.string(art, "datePublished"), meta, PUBLISHED_KEYS));
        if (declared == null) {
            declared = plausible(timeNear(h1Index < 0 ? null : ix.h1Scopes.get(h1Index), ix));
        }
        if (declared == null) {
            declared = plausible(anyLdDate(ld, "datePublished"));
        }
        if (declared != null) {
            // measured: overriding a declared date with a shown one that disagrees loses more than it wins
            // (shown dates come from comments and teasers too)
            return declared;
        }
        Timestamp shown = VisibleDates.fromElements(ix.dateElements);
        if (shown == null) {
            shown = VisibleDates.nearHeadline(h1);
        }
        if (shown == null) {
            shown = VisibleDates.fromElements(ix.bylineElements); // "By Jane Doe on 3 May 2013"
        }
        if (shown == null) {
            shown = VisibleDates.fromElements(ix.times); // any <time datetime>, far from the headline too
        }
        if (shown == null) {
            shown = VisibleDates.firstInText(doc.title());
        }
        if (shown != null) {
            return shown;
        }
        Timestamp fromUrl = VisibleDates.fromUrl(doc.location());
        return fromUrl != null ? fromUrl : VisibleDates.firstInText(doc.body().text());
    }

    private static Timestamp plausible(Timestamp t) {
        return t != null && VisibleDates.plausible(t) ? t : null;
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

    private static Timestamp anyLdDate(List<JsonNode> ld, String field) {
        for (JsonNode o : ld) {
            Timestamp t = DateParser.parse(JsonLd.string(o, field));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * A {@code <time datetime>} marked as the publication date, or else the first one inside the headline's scope
     * (document-order range of the {@code <h1>}'s third ancestor).
     */
    private static Timestamp timeNear(NodeStats scope, PageIndex ix) {
        for (Element t : ix.times) {
            if (t.attr("itemprop").equalsIgnoreCase("datePublished") || t.hasAttr("pubdate")) {
                return DateParser.parse(t.attr("datetime"));
            }
        }
        for (int i = 0; scope != null && i < ix.times.size(); i++) {
            int order = ix.timeOrders.get(i);
            if (order >= scope.order && order < scope.end) {
                return DateParser.parse(ix.times.get(i).attr("datetime"));
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

    /** Normalises a language tag to BCP-47 case ({@code de_at} gives {@code de-AT}); {@code null} if not one. */
    static String normalizeLanguage(String v) {
        if (v == null) {
            return null;
        }
        String[] parts = v.strip().split("[-_]");
        if (parts.length == 0 || !parts[0].matches("[A-Za-z]{2,3}")) {
            return null;
        }
        StringBuilder sb = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.matches("[A-Za-z]{2}|\\d{3}")) {
                sb.append('-').append(p.toUpperCase(Locale.ROOT));
            } else if (p.matches("[A-Za-z]{4}")) {
                sb.append('-').append(Character.toUpperCase(p.charAt(0))).append(p.substring(1).toLowerCase(Locale.ROOT));
            } else {
                break;
            }
        }
        return sb.toString();
    }

    private static String canonical(Document doc, Element link, Map<String, String> meta) {
        if (link != null && !link.absUrl("href").isEmpty()) {
            return link.absUrl("href");
        }
        if (link != null && link.attr("href").startsWith("http")) {
            return link.attr("href");
        }
        String og = meta.get("og:url");
        if (og == null) {
            return null;
        }
        String resolved = doc.location().isEmpty() ? og : StringUtil.resolve(doc.location(), og);
        return resolved.isEmpty() ? null : resolved;
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
