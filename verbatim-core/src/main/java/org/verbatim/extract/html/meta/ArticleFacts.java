package org.verbatim.extract.html.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.verbatim.extract.common.ArticleSanitizer;
import org.verbatim.extract.common.TextKey;
import org.verbatim.extract.html.dom.FragmentMatcher;
import org.verbatim.extract.html.dom.HintSet;
import org.verbatim.language.LanguageDetector;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.Image;

/**
 * The article facts a page declares besides its headline, dates and authors: section, tags, lead image and
 * paywall. All read from what {@link MetadataReader} already parsed (meta tags, JSON-LD) and the few figures the
 * DOM pass indexed: no extra walk of the document. Also checks the declared language against the body text.
 */
public final class ArticleFacts {
    /** Meta keys of the section, most specific first. */
    static final List<String> SECTION_KEYS = List.of("article:section", "og:article:section", "articlesection",
            "section", "parsely-section", "sailthru.section", "dc.subject");
    /** Meta keys holding tags, one per tag or comma-separated. */
    static final List<String> TAG_KEYS = List.of("article:tag", "og:article:tag", "news_keywords", "parsely-tags");
    /** Used only when nothing else names tags: often search-engine filler. */
    static final String KEYWORDS_KEY = "keywords";
    static final List<String> IMAGE_KEYS = List.of("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
            "twitter:image:src");
    /** Tags that are identifiers: hex ids and UUIDs, letter-digit codes ("INDS08"), host names ("example.com"). */
    private static final java.util.regex.Pattern INTERNAL_TAG = java.util.regex.Pattern.compile(
            "(?i)[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|[0-9a-f-]{16,}|[a-z]+[0-9]+|[a-z0-9.-]+\\.[a-z]{2,6}");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern TAG_SEPARATORS = java.util.regex.Pattern.compile("[,;\\n]");
    /** A tag longer than this is a sentence, not a tag. */
    static final int MAX_TAG = 60;
    /** A section longer than this is not a section name. */
    static final int MAX_SECTION = 60;
    /** A caption longer than this is prose, not a caption. */
    static final int MAX_CAPTION = 400;
    /** Paywall markers from {@code paywall-markers.txt}: meta key to (lower-cased value to locked?). */
    private static final Map<String, Map<String, Boolean>> PAYWALL_MARKERS = paywallMarkers();
    /** Class fragments of a credit inside a figure. */
    private static final FragmentMatcher CREDIT_MATCHER = new FragmentMatcher(List.of("credit", "copyright",
            "source", "photographer", "byline", "author", "quelle"));
    /** A label in front of a credit ("Foto:", "Photo by", "Image credit:", "©"). */
    private static final java.util.regex.Pattern CREDIT_LABEL = java.util.regex.Pattern.compile(
            "(?iu)^\\(?\\s*(?:(?:photo|foto|bild|image|images|picture|credit|quelle|source)s?"
            + "(?:\\s+credits?)?\\s*(?::|by)|©|\\(c\\))\\s*");
    /** Words that start a credit inside a caption ("Photo: Jane Roe/AP"). */
    private static final List<String> CREDIT_PREFIXES = List.of("photo:", "foto:", "bild:", "image:", "credit:",
            "quelle:", "fotos:", "photos:", "©", "(c)");

    /**
     * Characters of body text the language check reads: enough words for the stopword vote (measured on fundus:
     * the same verdicts as the detector's full 2,000-character sample, where 1,000 missed two of the four Zulu and
     * Swahili pages marked English) at three quarters of its cost.
     */
    static final int LANGUAGE_SAMPLE = 1500;
    /** Groups of tags the check treats as one language. */
    static final List<Set<String>> SAME_LANGUAGE = List.of(Set.of("no", "nb", "nn"), Set.of("he", "iw"),
            Set.of("id", "in", "ms"), Set.of("sr", "hr", "bs"));

    private ArticleFacts() {
    }

    /** What this class reads, for {@link PageMetadata}. */
    record Facts(String section, List<String> tags, Image image, Boolean paywalled) {
        Facts {
            tags = List.copyOf(tags);
        }
    }

    /**
     * A {@code <figure>} as indexed: the image sources it shows, its caption and its credit.
     *
     * @param sources the {@code src}/{@code srcset}/{@code data-src} values of its first image, joined
     * @param caption the {@code figcaption} text without the credit, or {@code null}
     * @param credit  the text of a credit-classed element, or a "Photo:" tail of the caption, or {@code null}
     */
    record Figure(String sources, String caption, String credit) {
        /** Parsed once: a page may hold dozens of figures, and parsing a query costs more than running it. */
        private static final Evaluator IMAGE = QueryParser.parse("img, source");

        static Figure of(Element figure) {
            Element img = figure.selectFirst(IMAGE);
            StringBuilder src = new StringBuilder();
            for (String attr : new String[] {"src", "data-src", "srcset", "data-srcset"}) {
                src.append(img == null ? "" : img.attr(attr)).append(' ');
            }
            String[] cc = captionAndCredit(figure);
            return new Figure(src.toString(), cc[0], cc[1]);
        }
    }

    static Facts read(JsonNode art, List<JsonNode> ld, List<Element> metas, Map<String, String> meta,
                      List<Figure> figures, String pageUrl, String title) {
        Image image = image(art, meta, figures, pageUrl);
        String url = image == null ? null : ArticleSanitizer.visibleOrNull(image.url());
        // the sanitizer guards the article's older fields; these new ones are cleaned here
        image = url == null ? null : new Image(url, ArticleSanitizer.visibleOrNull(image.caption()),
                ArticleSanitizer.visibleOrNull(image.credit()));
        List<String> tags = new ArrayList<>();
        for (String t : tags(art, metas)) {
            String clean = ArticleSanitizer.visibleOrNull(t);
            if (clean != null) {
                tags.add(clean);
            }
        }
        return new Facts(ArticleSanitizer.visibleOrNull(section(art, ld, meta, title)), tags, image,
                paywalled(art, meta));
    }

    /** JSON-LD {@code articleSection}, then the section metas, then the JSON-LD breadcrumb's last level. */
    static String section(JsonNode art, List<JsonNode> ld, Map<String, String> meta, String title) {
        String s = sectionName(JsonLd.string(art, "articleSection"));
        for (int i = 0; s == null && i < SECTION_KEYS.size(); i++) {
            s = sectionName(meta.get(SECTION_KEYS.get(i)));
        }
        return s != null ? s : breadcrumbSection(ld, title);
    }

    private static String sectionName(String v) {
        if (v == null) {
            return null;
        }
        String s = WHITESPACE.matcher((v.indexOf('&') >= 0 ? Parser.unescapeEntities(v, false) : v).strip())
                .replaceAll(" ");
        return s.isEmpty() || s.length() > MAX_SECTION || s.contains("://") ? null : s;
    }

    /** The deepest breadcrumb level that is not the article itself (its name is not the title). */
    private static String breadcrumbSection(List<JsonNode> ld, String title) {
        String t = title == null ? "" : TextKey.loose(title);
        for (JsonNode o : ld) {
            if (!JsonLd.types(o).contains("BreadcrumbList")) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode item : o.path("itemListElement")) {
                String n = JsonLd.string(item, "name");
                if (n == null) {
                    n = JsonLd.string(item.path("item"), "name");
                }
                if (n != null) {
                    names.add(n);
                }
            }
            for (int i = names.size() - 1; i >= 1; i--) { // level 0 is the home page
                String n = TextKey.loose(names.get(i));
                boolean isArticle = n.equals(t) || n.length() > MAX_SECTION / 3 && t.contains(n);
                String s = isArticle || n.isEmpty() ? null : sectionName(names.get(i));
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * Tags from {@code article:tag} (one meta each), {@code news_keywords} and similar metas and JSON-LD
     * {@code keywords}; the {@code keywords} meta only when none of these gave any. Split at commas and semicolons,
     * trimmed, without duplicates (ignoring case), at most {@link Article#MAX_TAGS}.
     */
    static List<String> tags(JsonNode art, List<Element> metas) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> keywords = new ArrayList<>();
        for (Element m : metas) {
            String key = metaKey(m);
            if (TAG_KEYS.contains(key)) {
                addTags(out, m.attr("content"));
            } else if (KEYWORDS_KEY.equals(key)) {
                keywords.add(m.attr("content"));
            }
        }
        if (art != null) {
            JsonNode kw = art.get("keywords");
            if (kw != null && kw.isArray()) {
                kw.forEach(k -> addTags(out, JsonLd.asString(k)));
            } else {
                addTags(out, JsonLd.asString(kw));
            }
        }
        if (out.isEmpty()) {
            keywords.forEach(k -> addTags(out, k));
        }
        return new ArrayList<>(out.values());
    }

    private static void addTags(Map<String, String> out, String raw) {
        if (raw == null) {
            return;
        }
        String text = raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw;
        // CJK keyword lists are often separated by spaces only (their words hold none)
        java.util.regex.Pattern separators = text.indexOf(',') < 0 && text.indexOf(';') < 0 && hasIdeographs(text)
                ? WHITESPACE : TAG_SEPARATORS;
        for (String part : separators.split(text)) {
            String t = WHITESPACE.matcher(part.strip()).replaceAll(" ");
            if (out.size() >= Article.MAX_TAGS) {
                return;
            }
            if (isTag(t)) {
                out.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
            }
        }
    }

    /**
     * A tag a reader would recognise: letters, at most {@value #MAX_TAG} characters; not a CMS-internal value
     * ("Category: Travel", "editors_pick", a UUID, a code such as "INDS08"), a URL or a host name.
     */
    static boolean isTag(String t) {
        if (t.isEmpty() || t.length() > MAX_TAG || t.codePoints().noneMatch(Character::isLetter)
                || t.indexOf(':') >= 0 || t.indexOf('_') >= 0 || t.indexOf('=') >= 0) {
            return false;
        }
        return !INTERNAL_TAG.matcher(t).matches();
    }

    private static boolean hasIdeographs(String s) {
        return s.codePoints().anyMatch(Character::isIdeographic);
    }

    private static String metaKey(Element m) {
        String k = m.attr("property");
        if (k.isEmpty()) {
            k = m.attr("name");
        }
        return k.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The lead image: {@code og:image} (or twitter:image), else JSON-LD {@code image}; resolved against the page
     * URL. Caption and credit come from the first indexed {@code <figure>} whose image is the same file.
     */
    static Image image(JsonNode art, Map<String, String> meta, List<Figure> figures, String pageUrl) {
        String url = null;
        for (int i = 0; url == null && i < IMAGE_KEYS.size(); i++) {
            url = meta.get(IMAGE_KEYS.get(i));
        }
        if (url == null && art != null) {
            url = ldImage(art.get("image"));
        }
        String abs = absolute(url, pageUrl);
        if (abs == null) {
            return null;
        }
        Figure figure = figureShowing(figures, abs);
        return figure == null ? Image.of(abs) : new Image(abs, figure.caption(), figure.credit());
    }

    private static String ldImage(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            return v.isEmpty() ? null : ldImage(v.get(0));
        }
        if (v.isObject()) {
            String u = JsonLd.string(v, "url");
            return u != null ? u : JsonLd.string(v, "contentUrl");
        }
        return JsonLd.asString(v);
    }

    private static String absolute(String url, String pageUrl) {
        if (url == null || url.isBlank() || url.startsWith("data:")) {
            return null;
        }
        String u = url.strip();
        if (u.startsWith("http://") || u.startsWith("https://")) {
            return u;
        }
        if (pageUrl == null || pageUrl.isEmpty()) {
            return u.startsWith("//") ? "https:" + u : null;
        }
        String r = StringUtil.resolve(pageUrl, u);
        return r.isEmpty() ? null : r;
    }

    /** The first figure with an image of the same file name (sizes and query strings differ between variants). */
    private static Figure figureShowing(List<Figure> figures, String imageUrl) {
        String file = fileName(imageUrl);
        if (file.length() < 5) {
            return null;
        }
        for (Figure f : figures) {
            if (f.sources().contains(file)) {
                return f;
            }
        }
        return null;
    }

    /** The last path segment without query and extension: the part of an image URL that resizing keeps. */
    static String fileName(String url) {
        String u = url;
        int q = u.indexOf('?');
        if (q >= 0) {
            u = u.substring(0, q);
        }
        u = u.substring(u.lastIndexOf('/') + 1);
        int dot = u.lastIndexOf('.');
        return dot > 0 ? u.substring(0, dot) : u;
    }

    private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");

    /** Caption and credit of a figure: {caption or null, credit or null}. */
    private static String[] captionAndCredit(Element figure) {
        Element cap = figure.selectFirst(FIGCAPTION);
        String credit = null;
        for (Element e : figure.getAllElements()) {
            if (e != figure && CREDIT_MATCHER.matches(e.className())) {
                credit = e.text().strip();
                break;
            }
        }
        String caption = cap == null ? null : cap.text().strip();
        if (caption != null && credit != null && !credit.isEmpty() && caption.endsWith(credit)) {
            caption = caption.substring(0, caption.length() - credit.length()).strip();
        }
        if (caption != null && credit == null) {
            String lower = caption.toLowerCase(Locale.ROOT);
            for (String p : CREDIT_PREFIXES) {
                int at = lower.lastIndexOf(p);
                if (at >= 0) {
                    credit = caption.substring(at + p.length()).strip();
                    caption = caption.substring(0, at).strip();
                    break;
                }
            }
        }
        if (caption != null && credit != null && !credit.isEmpty() && caption.startsWith(credit)) {
            caption = caption.substring(credit.length()).strip();
        }
        caption = trimDangling(caption);
        credit = trimDangling(credit == null ? null : CREDIT_LABEL.matcher(credit).replaceFirst(""));
        return new String[] {caption == null || caption.length() > MAX_CAPTION ? null : caption,
                credit == null || credit.length() > MAX_CAPTION ? null : credit};
    }

    /** Strips what a split left dangling: an open bracket or separator at the end, an unmatched closing one. */
    private static String trimDangling(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        while (!t.isEmpty() && "(|/–-".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        } else if (t.endsWith(")") && t.indexOf('(') < 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.isEmpty() ? null : t;
    }

    /**
     * Whether the page marks the article as not free: JSON-LD {@code isAccessibleForFree} on the article or one of
     * its {@code hasPart}s ({@code false}, "False", "no"), or a paywall meta ({@code paywall-markers.txt}). A page
     * that marks itself free gives {@code false}; one that says nothing, {@code null}.
     */
    static Boolean paywalled(JsonNode art, Map<String, String> meta) {
        Boolean free = art == null ? null : freeFlag(art.get("isAccessibleForFree"));
        if (art != null && !Boolean.FALSE.equals(free)) {
            for (JsonNode part : art.path("hasPart").isArray() ? art.path("hasPart") : List.of(art.path("hasPart"))) {
                if (Boolean.FALSE.equals(freeFlag(part.get("isAccessibleForFree")))) {
                    free = false;
                }
            }
        }
        if (free != null) {
            return !free;
        }
        for (Map.Entry<String, Map<String, Boolean>> m : PAYWALL_MARKERS.entrySet()) {
            String v = meta.get(m.getKey());
            Boolean locked = v == null ? null : m.getValue().get(v.strip().toLowerCase(Locale.ROOT));
            if (locked != null) {
                return locked;
            }
        }
        return null;
    }

    private static Boolean freeFlag(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        String s = v.asText().strip().toLowerCase(Locale.ROOT);
        if (Set.of("false", "no", "0").contains(s)) {
            return false;
        }
        return Set.of("true", "yes", "1").contains(s) ? true : null;
    }

    private static Map<String, Map<String, Boolean>> paywallMarkers() {
        Map<String, Map<String, Boolean>> out = new LinkedHashMap<>();
        for (String line : HintSet.readLines("paywall-markers.txt")) {
            int eq = line.indexOf('=');
            String[] sides = line.substring(eq + 1).split(";", -1);
            Map<String, Boolean> values = new HashMap<>();
            for (int side = 0; side < sides.length && side < 2; side++) {
                for (String v : sides[side].split("\\|")) {
                    if (!v.isBlank()) {
                        values.put(v.strip().toLowerCase(Locale.ROOT), side == 0);
                    }
                }
            }
            out.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), Map.copyOf(values));
        }
        return out;
    }

    /**
     * The page's language checked against its body text: the detector's answer when the markup says nothing; the
     * markup's tag (with its region) when the text agrees or the detector cannot tell; the text's language, with a
     * warning, when the two clearly disagree and the detector knows the markup's language (it cannot refute a
     * language it has no word list for, such as Luxembourgish next to German).
     */
    public static String checkedLanguage(String markup, List<Block> blocks, List<String> warnings) {
        LanguageDetector detector = LanguageDetector.standard();
        String detected = detector.detect(textSample(blocks, LANGUAGE_SAMPLE));
        if (markup == null || detected == null) {
            return markup != null ? markup : detected;
        }
        String primary = primary(markup);
        if (primary.equals(detected) || same(primary, detected) || !detector.knows(primary)) {
            return markup;
        }
        warnings.add("markup says language " + markup + " but the text reads as " + detected);
        return detected;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** Tags that name the same language for this purpose (Norwegian's written forms, legacy codes). */
    private static boolean same(String a, String b) {
        for (Set<String> group : SAME_LANGUAGE) {
            if (group.contains(a) && group.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /** A dateline crediting agencies: "MEXICO CITY (AP) —", "Berlin (dpa/AFP) -", "PARIS (Reuters):". */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^[\\p{L}][^()\\n]{0,40}?\\(([^()\\n]{2,30})\\)\\s*[-–—:]");

    /**
     * The credited agencies plus those of the body's dateline ({@link #DATELINE}, first block only), in order
     * without duplicates; on an agency's own site ({@code siteName} names it) its dateline credits nobody else.
     */
    public static List<String> withDatelineAgencies(List<String> agencies, List<Block> blocks, String siteName) {
        if (blocks.isEmpty()) {
            return agencies;
        }
        String first = blocks.get(0).text();
        java.util.regex.Matcher m = DATELINE.matcher(first.length() > 80 ? first.substring(0, 80) : first);
        if (!m.find()) {
            return agencies;
        }
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(agencies);
        String self = NewsAgencies.standard().canonical(siteName);
        for (String part : m.group(1).split("[/,;&]")) {
            String agency = NewsAgencies.standard().canonical(part);
            if (agency != null && !agency.equals(self)) {
                out.add(agency);
            }
        }
        return List.copyOf(out);
    }

    /** The body sample the language check reads: the first blocks, up to the detector's sample size. */
    static String textSample(List<Block> blocks, int max) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() >= max) {
                break;
            }
            sb.append(b.text(), 0, Math.min(b.text().length(), max - sb.length())).append('\n');
        }
        return sb.toString();
    }
}
