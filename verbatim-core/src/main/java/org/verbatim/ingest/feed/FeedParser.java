package org.verbatim.ingest.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Parses RSS 0.9x/1.0/2.0, Atom, sitemaps (including Google News sitemaps) and sitemap indexes with jsoup's lenient
 * XML parser, so that slightly broken feeds still yield their links. Relative links are resolved against the feed
 * URL; links that are not http(s) are dropped. Stateless.
 */
public final class FeedParser {
    private static final int SNIFF_CHARS = 1024;

    /** True when the bytes start like XML with a feed or sitemap root, judged from the first kilobyte. */
    public static boolean looksLikeFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_CHARS), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<urlset")
                || head.contains("<sitemapindex") || head.contains("<rdf:rdf");
    }

    /** Parses the document; a document of another kind gives {@link Feed.Kind#NONE} and no entries. */
    public Feed parse(byte[] xml, String baseUrl) {
        Document doc = Jsoup.parse(new String(xml, StandardCharsets.UTF_8), baseUrl == null ? "" : baseUrl,
                Parser.xmlParser());
        Element root = doc.children().stream().filter(e -> !e.tagName().startsWith("?")).findFirst().orElse(null);
        if (root == null) {
            return new Feed(Feed.Kind.NONE, List.of());
        }
        String name = root.tagName().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "rss", "rdf:rdf" -> new Feed(Feed.Kind.RSS, rss(root, baseUrl));
            case "feed" -> new Feed(Feed.Kind.ATOM, atom(root, baseUrl));
            case "urlset" -> new Feed(Feed.Kind.SITEMAP, sitemap(root, "url", baseUrl));
            case "sitemapindex" -> new Feed(Feed.Kind.SITEMAP_INDEX, sitemap(root, "sitemap", baseUrl));
            default -> new Feed(Feed.Kind.NONE, List.of());
        };
    }

    private static List<FeedEntry> rss(Element root, String base) {
        Map<String, FeedEntry> out = new LinkedHashMap<>();
        for (Element item : children(root, "item")) {
            String link = text(item, "link");
            Element guid = first(item, "guid");
            if (link == null && guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink"))) {
                link = guid.text();
            }
            String date = firstText(item, "pubDate", "dc:date", "published", "updated");
            add(out, base, link, text(item, "title"), date);
        }
        return new ArrayList<>(out.values());
    }

    private static List<FeedEntry> atom(Element root, String base) {
        Map<String, FeedEntry> out = new LinkedHashMap<>();
        for (Element entry : children(root, "entry")) {
            String href = null;
            for (Element link : children(entry, "link")) {
                String rel = link.attr("rel");
                if (rel.isEmpty() || rel.equalsIgnoreCase("alternate")) {
                    href = link.attr("href");
                    break;
                }
            }
            add(out, base, href, text(entry, "title"), firstText(entry, "published", "updated"));
        }
        return new ArrayList<>(out.values());
    }

    private static List<FeedEntry> sitemap(Element root, String tag, String base) {
        Map<String, FeedEntry> out = new LinkedHashMap<>();
        for (Element u : children(root, tag)) {
            String date = firstText(u, "news:publication_date", "lastmod");
            add(out, base, text(u, "loc"), text(u, "news:title"), date);
        }
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, FeedEntry> out, String base, String link, String title, String date) {
        String url = resolve(base, link);
        if (url != null && !out.containsKey(url)) {
            out.put(url, new FeedEntry(url, title, date));
        }
    }

    /** Absolute http(s) URL, or {@code null}. */
    static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI u = base == null || base.isBlank() ? new URI(link.strip()) : new URI(base).resolve(link.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? u.toString() : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Descendants with the tag, matched case-insensitively and with any namespace prefix stripped. */
    private static List<Element> children(Element root, String tag) {
        List<Element> out = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && localName(e).equals(tag.toLowerCase(Locale.ROOT))) {
                out.add(e);
            }
        }
        return out;
    }

    private static String localName(Element e) {
        String n = e.tagName().toLowerCase(Locale.ROOT);
        int colon = n.indexOf(':');
        return colon < 0 ? n : n.substring(colon + 1);
    }

    /** The first descendant with exactly this tag name (prefix included, e.g. {@code news:title}). */
    private static Element first(Element parent, String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        for (Element e : parent.getAllElements()) {
            if (e != parent && e.tagName().toLowerCase(Locale.ROOT).equals(t)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String tag) {
        Element e = first(parent, tag);
        if (e == null) {
            return null;
        }
        String t = e.text().strip();
        return t.isEmpty() ? e.attr("href").strip() : t;
    }

    private static String firstText(Element parent, String... tags) {
        for (String t : tags) {
            String v = text(parent, t);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }
}
