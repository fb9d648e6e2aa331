package org.verbatim.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Person names of a page's authors: JSON-LD {@code author}, then author meta tags, then the visible byline
 * (elements whose class, id, rel or itemprop names an author). Each value is split at commas, semicolons,
 * ampersands and joining words ({@code and}, {@code und}, {@code og}...), cleaned of "By"-style prefixes,
 * parenthesised initials and role suffixes, and dropped when it is not a name: an e-mail or URL, digits, the site
 * name or the site's domain, or too long.
 */
final class AuthorReader {
    static final List<String> META_KEYS = List.of("author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "byl");
    /** Class/id/rel/itemprop fragments (lower case) of byline elements. */
    static final List<String> BYLINE_HINTS = List.of("author", "byline", "autor", "auteur", "writer");
    private static final FragmentMatcher BYLINE_MATCHER = new FragmentMatcher(BYLINE_HINTS);
    /** A name longer than this is a sentence, not a name. */
    static final int MAX_NAME = 60;
    /** A visible byline element with longer text than this is a container (an author box with a biography). */
    static final int MAX_BYLINE_TEXT = 160;
    static final int MAX_NAME_WORDS = 5;
    /** Longest name in a script without letter case (CJK names are short). */
    static final int MAX_UNCASED_NAME = 12;
    private static final List<String> JOINERS = HintSet.readLines("author-joiners.txt");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[,;&|/·•]|\\s(?:" + String.join("|", JOINERS)
            + ")\\s)\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PREFIX = Pattern.compile("(?iu)^(?:(?:written\\s+)?by|von|par|por|di|da|av|door|af"
            + "|od|text|texte|autor|author|auteur|reporter)\\s*:?\\s+");
    /** Words a byline element may hold alone: labels, not names. */
    private static final Set<String> NOT_NAMES = Set.of("by", "von", "par", "por", "di", "da", "av", "door", "af",
            "od", "author", "authors", "autor", "autoren", "auteur", "text", "reporter", "more", "mehr", "share");
    private static final Pattern PARENS = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]\\s*");

    private AuthorReader() {
    }

    /** True when the element's class, id, rel or itemprop suggests a byline; cheap enough for the DOM pass. */
    static boolean isBylineish(Element e) {
        return e.attributesSize() > 0 && (BYLINE_MATCHER.matches(e.className())
                || BYLINE_MATCHER.matches(e.id()) || BYLINE_MATCHER.matches(e.attr("rel"))
                || BYLINE_MATCHER.matches(e.attr("itemprop")));
    }

    /** The authors, in order, without duplicates. */
    static List<String> read(JsonNode art, Map<String, String> meta, List<Element> bylines, String siteName,
                             String url) {
        Set<String> out = new LinkedHashSet<>();
        String institutional = null;
        if (art != null) {
            JsonNode authors = art.get("author");
            List<JsonNode> all = authors == null ? List.of() : authors.isArray() ? list(authors) : List.of(authors);
            boolean person = all.stream().anyMatch(a -> !isOrganization(a));
            for (JsonNode a : all) {
                String n = JsonLd.asString(a);
                if (n == null || person && isOrganization(a)) {
                    continue; // an organisation next to a person is a credit (agency)
                }
                if (isOrganization(a)) {
                    // alone, a typed organisation is the author of record (an institutional byline); when it is
                    // the site itself, a person named elsewhere (meta, visible byline) is preferred
                    String org = clean(n);
                    if (org.isEmpty() || org.length() > MAX_NAME || org.contains("://")) {
                        continue;
                    }
                    if (isName(org, siteName, url)) {
                        out.add(org);
                    } else {
                        institutional = org;
                    }
                } else {
                    addAll(out, n, siteName, url);
                }
            }
        }
        for (int i = 0; out.isEmpty() && i < META_KEYS.size(); i++) {
            String v = meta.get(META_KEYS.get(i));
            if (v != null) {
                addAll(out, v, siteName, url);
            }
        }
        for (int i = 0; out.isEmpty() && i < bylines.size(); i++) {
            String text = bylines.get(i).text();
            if (text.length() <= MAX_BYLINE_TEXT) {
                Set<String> shown = new LinkedHashSet<>();
                addAll(shown, text, siteName, url);
                shown.removeIf(n -> !looksLikePersonName(n));
                out.addAll(shown);
            }
        }
        if (out.isEmpty() && institutional != null) {
            out.add(institutional);
        }
        return new ArrayList<>(out);
    }

    private static void addAll(Set<String> out, String raw, String siteName, String url) {
        if (raw.contains("://") || raw.startsWith("/")) {
            return; // a profile link (article:author often holds one), not a name
        }
        String s = PREFIX.matcher(raw.strip()).replaceFirst("");
        for (String part : SPLIT.split(s)) {
            String name = clean(part);
            if (isName(name, siteName, url)) {
                out.add(name);
            }
        }
    }

    /** An author object typed as an organisation (an agency or the publisher credited as author). */
    private static boolean isOrganization(JsonNode a) {
        return a.isObject() && JsonLd.types(a).stream().anyMatch(t -> t.endsWith("Organization"));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** Collapses whitespace, removes a "By" prefix and parenthesised parts ({@code (obe)}). */
    static String clean(String part) {
        String s = PARENS.matcher(part).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return PREFIX.matcher(s).replaceFirst("").strip();
    }

    /**
     * Stricter test for names read from visible text (where "Twitter" or a photo credit may stand): in cased
     * scripts two to {@link #MAX_NAME_WORDS} words, each starting with a capital (particles such as "van" or "de"
     * aside); in uncased scripts (CJK...) at most {@link #MAX_UNCASED_NAME} characters.
     */
    static boolean looksLikePersonName(String s) {
        String[] words = s.split(" ");
        boolean cased = s.codePoints().anyMatch(Character::isUpperCase);
        if (!cased) {
            return s.codePoints().noneMatch(Character::isLowerCase) && s.length() <= MAX_UNCASED_NAME;
        }
        if (words.length < 2) {
            return false;
        }
        int capitals = 0;
        for (String w : words) {
            capitals += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
        }
        return capitals >= 2 && Character.isUpperCase(words[words.length - 1].codePointAt(0));
    }

    /** Whether {@code s} can be a person's (or desk's) name and is not the site itself. */
    static boolean isName(String s, String siteName, String url) {
        if (s.isEmpty() || s.length() > MAX_NAME || s.contains("@") || s.contains(":") || s.contains("www.")
                || NOT_NAMES.contains(s.toLowerCase(Locale.ROOT))
                || s.split(" ").length > MAX_NAME_WORDS || !Character.isLetter(s.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        String n = MetadataReader.norm(s);
        if (siteName != null && n.equals(MetadataReader.norm(siteName))) {
            return false;
        }
        String host = host(url);
        return n.length() < 3 || host.isEmpty() || !host.contains(n);
    }

    /** Letters and digits of the URL's host without {@code www}; empty when unknown. */
    private static String host(String url) {
        if (url == null) {
            return "";
        }
        int start = url.indexOf("://");
        String rest = start < 0 ? url : url.substring(start + 3);
        int end = rest.indexOf('/');
        String h = end < 0 ? rest : rest.substring(0, end);
        return MetadataReader.norm(h.startsWith("www.") ? h.substring(4) : h);
    }
}
