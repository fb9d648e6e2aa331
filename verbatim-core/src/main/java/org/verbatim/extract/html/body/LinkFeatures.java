package org.verbatim.extract.html.body;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's links say about its type, for the page-type classifier only: one pass over the body's
 * {@code <a href>} ({@link org.verbatim.extract.html.meta.PageIndex#anchors}), each resolved against the page's URL.
 * A listing links to its children ({@code /news} to {@code /news/some-story}), with anchors that read like headlines,
 * and to its further pages ("2", "3"); an article to a few pages of its own kind (its siblings) and out of its content;
 * documentation to its own sections ({@code #...}); a forum to threads and pages by query. Nothing names a site. (The
 * largest group of links sharing a path template was tried too and cost pages: it is not read.)
 */
final class LinkFeatures {
    static final List<String> NAMES = List.of("links_log", "links_per_kchar_log", "links_external_share",
            "links_children_log", "links_children_share", "links_siblings_log", "links_dated_share", "links_dated_log",
            "links_slug_share", "links_headline_log", "links_headline_share", "links_mean_words", "links_repeat_share",
            "links_kept_share", "links_root_share", "links_root_headline_log", "links_heading_log", "links_number_log", "links_self_slug_words",
            "links_self_digits", "links_fragment_share", "links_query_share");

    /** Anchor texts of this many words or more read like a headline. */
    static final int HEADLINE_WORDS = 5;
    /** A path's last part of this many words (split at '-', '_', '+') is a slug. */
    static final int SLUG_WORDS = 3;

    private LinkFeatures() {
    }

    /** The {@link #NAMES} of a page at {@code url} (may be null) with links {@code anchors} and content root. */
    static float[] of(String url, List<Element> anchors, Element root, int chars) {
        float[] f = new float[NAMES.size()];
        String[] page = split(url);
        String host = page == null ? "" : page[0];
        String path = page == null ? "/" : trimSlash(page[1]);
        String parent = path.substring(0, Math.max(0, path.lastIndexOf('/')));
        int depth = depth(path);
        int total = 0;
        int external = 0;
        int fragments = 0;
        int queries = 0;
        int texts = 0;
        int words = 0;
        int headline = 0;
        int kept = 0;
        int inRoot = 0;
        int rootHeadline = 0;
        int headingLinks = 0;
        int numbers = 0;
        int sameHost = 0;
        int distinct = 0;
        int children = 0;
        int siblings = 0;
        int dated = 0;
        int slugs = 0;
        Set<String> seen = new HashSet<>();
        for (Element a : anchors) {
            String href = a.attr("href").trim();
            if (href.isEmpty() || href.startsWith("javascript:") || href.startsWith("mailto:")
                    || href.startsWith("tel:")) {
                continue;
            }
            total++;
            String text = a.text();
            int w = words(text);
            boolean isHeadline = w >= HEADLINE_WORDS;
            if (w > 0) {
                texts++;
                words += w;
                headline += isHeadline ? 1 : 0;
                numbers += isNumber(text) ? 1 : 0;
            }
            int place = place(a, root);
            kept += place > 0 ? 1 : 0;
            if (place == 2) {
                inRoot++;
                rootHeadline += isHeadline ? 1 : 0;
            }
            headingLinks += inHeading(a) ? 1 : 0;
            if (href.startsWith("#")) {
                fragments++;
                continue;
            }
            String[] target = resolve(host, path, href);
            if (target == null) {
                continue;
            }
            queries += target[2].isEmpty() ? 0 : 1;
            if (!sameSite(target[0], host)) {
                external++;
                continue;
            }
            sameHost++;
            String tp = trimSlash(target[1]);
            if (!seen.add(tp + target[2])) {
                continue;
            }
            distinct++;
            if (tp.equals(path)) {
                continue;
            }
            boolean child = depth > 0 && tp.startsWith(path + "/");
            children += child ? 1 : 0;
            int cut = tp.lastIndexOf('/');
            siblings += depth > 0 && depth(tp) == depth && tp.substring(0, Math.max(0, cut)).equals(parent) ? 1 : 0;
            dated += hasDate(tp) ? 1 : 0;
            slugs += slugWords(tp.substring(cut + 1)) >= SLUG_WORDS ? 1 : 0;
        }
        int k = 0;
        f[k++] = ContentFeatures.log(total);
        f[k++] = ContentFeatures.log(total * 1000f / Math.max(200, chars));
        f[k++] = share(external, total);
        f[k++] = ContentFeatures.log(children);
        f[k++] = share(children, distinct);
        f[k++] = ContentFeatures.log(siblings);
        f[k++] = share(dated, distinct);
        f[k++] = ContentFeatures.log(dated);
        f[k++] = share(slugs, distinct);
        f[k++] = ContentFeatures.log(headline);
        f[k++] = share(headline, texts);
        f[k++] = texts == 0 ? 0 : (float) words / texts;
        f[k++] = sameHost == 0 ? 0 : 1 - (float) distinct / sameHost;
        f[k++] = share(kept, total);
        f[k++] = share(inRoot, total);
        f[k++] = ContentFeatures.log(rootHeadline);
        f[k++] = ContentFeatures.log(headingLinks);
        f[k++] = ContentFeatures.log(numbers);
        String own = path.substring(path.lastIndexOf('/') + 1);
        f[k++] = slugWords(own);
        f[k++] = hasDigits(own, 4) ? 1 : 0;
        f[k++] = share(fragments, total);
        f[k++] = share(queries, total);
        return f;
    }

    /** 0: pruned away; 1: kept, outside the content root; 2: inside it. */
    private static int place(Element a, Element root) {
        boolean inRoot = false;
        Element e = a;
        for (int i = 0; i < 200; i++) {
            if (e == root) {
                inRoot = true;
            }
            Element parent = e.parent();
            if (parent == null) {
                return e instanceof Document ? (inRoot ? 2 : 1) : 0;
            }
            e = parent;
        }
        return inRoot ? 2 : 1;
    }

    private static boolean inHeading(Element a) {
        Element e = a.parent();
        for (int i = 0; i < 3 && e != null; i++, e = e.parent()) {
            String tag = e.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6') {
                return true;
            }
        }
        return false;
    }

    /** Host, path (starting with '/') and query of an absolute URL, or null. */
    static String[] split(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        int start = scheme + 3;
        int slash = start;
        while (slash < url.length() && url.charAt(slash) != '/' && url.charAt(slash) != '?'
                && url.charAt(slash) != '#') {
            slash++;
        }
        String host = url.substring(start, slash).toLowerCase(Locale.ROOT);
        return slash == url.length() ? new String[] {host, "/", ""} : onHost(host, url, slash);
    }

    /**
     * {@code host} (lower case) with the path and query of {@code s} read from {@code from}, where its path, query
     * or fragment starts.
     */
    private static String[] onHost(String host, String s, int from) {
        int hash = s.indexOf('#', from);
        int end = hash < 0 ? s.length() : hash;
        int q = s.indexOf('?', from);
        String path;
        String query = "";
        if (q >= 0 && q < end) {
            path = s.substring(from, q);
            query = s.substring(q + 1, end);
        } else {
            path = s.substring(from, end);
        }
        if (path.isEmpty() || path.charAt(0) != '/') {
            path = "/" + path;
        }
        return new String[] {host, path, query};
    }

    /** Host, path and query of {@code href} read on the page at {@code host}/{@code path}, or null. */
    static String[] resolve(String host, String path, String href) {
        if (href.startsWith("//")) {
            return split("http:" + href);
        }
        int colon = href.indexOf(':');
        int slash = href.indexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash)) {
            String scheme = href.substring(0, colon).toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? split(href) : null;
        }
        if (host.isEmpty()) {
            return null;
        }
        if (href.startsWith("/")) {
            return onHost(host, href, 0);
        }
        if (href.startsWith("?")) {
            return onHost(host, path + href, 0);
        }
        String dir = path.substring(0, path.lastIndexOf('/') + 1);
        String rel = href;
        while (rel.startsWith("./")) {
            rel = rel.substring(2);
        }
        while (rel.startsWith("../")) {
            rel = rel.substring(3);
            int up = dir.lastIndexOf('/', dir.length() - 2);
            dir = up < 0 ? "/" : dir.substring(0, up + 1);
        }
        return onHost(host, (dir.isEmpty() ? "/" : dir) + rel, 0);
    }

    /** The same site: equal hosts, or equal once a leading "www." is dropped. */
    private static boolean sameSite(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** A path without its trailing slash or file extension; "" for the root. */
    static String trimSlash(String path) {
        String p = path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        int dot = p.lastIndexOf('.');
        if (dot > p.lastIndexOf('/') && p.length() - dot <= 5) {
            p = p.substring(0, dot);
        }
        return p.toLowerCase(Locale.ROOT);
    }

    private static int depth(String path) {
        int d = 0;
        for (int i = 0; i < path.length(); i++) {
            d += path.charAt(i) == '/' && i + 1 < path.length() && path.charAt(i + 1) != '/' ? 1 : 0;
        }
        return d;
    }

    /** A year (19xx, 20xx) alone in a path part or opening one ("/2025/12/", "/2025-12-01-story"). */
    static boolean hasDate(String path) {
        for (int i = path.indexOf('/'); i >= 0 && i + 5 <= path.length(); i = path.indexOf('/', i + 1)) {
            char a = path.charAt(i + 1);
            char b = i + 2 < path.length() ? path.charAt(i + 2) : ' ';
            if ((a == '1' && b == '9' || a == '2' && b == '0') && i + 5 <= path.length()
                    && Character.isDigit(path.charAt(i + 3)) && Character.isDigit(path.charAt(i + 4))
                    && (i + 5 == path.length() || !Character.isLetterOrDigit(path.charAt(i + 5)))) {
                return true;
            }
        }
        return false;
    }

    /** Words (runs holding a letter) of a path part split at '-', '_' and '+'. */
    static int slugWords(String part) {
        int n = 0;
        boolean letter = false;
        for (int i = 0; i <= part.length(); i++) {
            char c = i < part.length() ? part.charAt(i) : '-';
            if (c == '-' || c == '_' || c == '+') {
                n += letter ? 1 : 0;
                letter = false;
            } else if (Character.isLetter(c)) {
                letter = true;
            }
        }
        return n;
    }

    private static boolean hasDigits(String s, int run) {
        int r = 0;
        for (int i = 0; i < s.length(); i++) {
            r = Character.isDigit(s.charAt(i)) ? r + 1 : 0;
            if (r >= run) {
                return true;
            }
        }
        return false;
    }

    private static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            n += !space && !in ? 1 : 0;
            in = !space;
        }
        return n;
    }

    private static boolean isNumber(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.length() > 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static float share(int part, int whole) {
        return whole == 0 ? 0 : (float) part / whole;
    }
}
