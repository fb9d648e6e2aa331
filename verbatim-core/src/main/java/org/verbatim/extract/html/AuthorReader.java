package org.verbatim.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The people and news agencies a page credits. Sources, first that names a person wins: JSON-LD {@code author} (or
 * {@code creator}) of the article (strings, objects with {@code name} or {@code givenName}/{@code familyName},
 * arrays, {@code @id} references to {@code @graph} members), then every author {@code <meta>} ({@link #META_KEYS}),
 * then the visible byline (texts of elements whose class, id, rel or itemprop names an author, but not a comment,
 * quote or teaser author, read before pruning). Agencies are collected from all of these.
 *
 * <p>Each value is split at commas, semicolons, ampersands, slashes, dashes and joining words ({@code and},
 * {@code und}...); a part (or a parenthesised aside) that names an agency ({@link NewsAgencies}) is an agency credit.
 * Other parts lose "By"-style prefixes, parenthesised asides and leading/trailing role words ("Staff Writer",
 * "Chief Correspondent", {@code author-roles.txt}) and are kept only when {@link #nameLike} and not the
 * publication itself ({@link Publication}). Organisations credited as authors are never authors (an agency goes to
 * the agencies).
 */
final class AuthorReader {
    static final List<String> META_KEYS = List.of("author", "article:author", "og:article:author", "parsely-author",
            "sailthru.author", "dc.creator", "dcterms.creator", "byl", "article:byline", "articleauthor");
    /** Class/id/rel/itemprop fragments (lower case) of byline elements. */
    static final List<String> BYLINE_HINTS = List.of("author", "byline", "autor", "auteur", "writer");
    /** Fragments that make a byline-looking element someone else's: a commenter, a quoted person, a teaser. */
    static final List<String> OTHER_AUTHOR_HINTS = List.of("comment", "quote", "teaser", "related", "avatar",
            "image", "photo", "caption", "bio", "kommentar", "zitat", "bild", "foto", "follow");
    /** Path segments of author pages, after which a link names its author. */
    static final List<String> AUTHOR_SEGMENTS = List.of("/author/", "/authors/", "/autor/", "/autoren/",
            "/auteur/", "/auteurs/", "/autore/", "/autores/");
    /** Form controls are never bylines, whatever their class ("followAuthorBtn", live CSS editors). */
    static final Set<String> CONTROL_TAGS = Set.of("button", "input", "textarea", "select", "option", "form",
            "label");
    /** Labels that open a photo credit, not a byline ("Bild: SN/APA/Jane Roe"), lower case. */
    static final List<String> PHOTO_CREDIT_LABELS = List.of("foto:", "fotos:", "bild:", "photo:", "photos:",
            "image:", "imagen:", "credit:", "credits:", "©");
    private static final FragmentMatcher BYLINE_MATCHER = new FragmentMatcher(BYLINE_HINTS);
    private static final FragmentMatcher OTHER_MATCHER = new FragmentMatcher(OTHER_AUTHOR_HINTS);
    /** A name longer than this is a sentence, not a name. */
    static final int MAX_NAME = 60;
    /** A visible byline element with longer text than this is a container (an author box with a biography). */
    static final int MAX_BYLINE_TEXT = 160;
    static final int MAX_NAME_WORDS = 5;
    /** Longest name in a script without letter case (CJK names are short). */
    static final int MAX_UNCASED_NAME = 12;
    /** Byline elements read for a person at most (later ones belong to teasers and comments). */
    static final int MAX_BYLINES_READ = 16;
    /** Byline elements read for agencies when the authors came from declared data. */
    static final int AGENCY_BYLINES = 3;
    private static final List<String> JOINERS = HintSet.readLines("author-joiners.txt");
    /** Role and label words, cut from both ends of a part ({@code author-roles.txt}), lower case. */
    static final Set<String> ROLE_WORDS = Set.copyOf(HintSet.readLines("author-roles.txt"));
    /** Words that make a part a publication, desk or generic credit ({@code author-non-names.txt}), lower case. */
    static final Set<String> NON_NAME_WORDS = Set.copyOf(HintSet.readLines("author-non-names.txt"));
    /** Lower-case words that names hold ("Jan van der Berg", "Maria da Silva", "Ahmed bin Salman"). */
    static final Set<String> PARTICLES = org.verbatim.language.Words.nameParticles();
    /** Longest name in a script without letter case read from visible text (a label is longer). */
    static final int MAX_UNCASED_SHOWN = 7;
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[,;&|/·•]|\\s[-–—]\\s|\\s(?:"
            + String.join("|", JOINERS) + ")\\s)\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PREFIX = Pattern.compile("(?iu)^(?:(?:written\\s+)?by|von|par|por|di|da|av|door|af"
            + "|od|text|texte|autor|author|auteur|reporter)\\s*:?\\s+");
    private static final Pattern PARENS = Pattern.compile("\\s*[(\\[]([^)\\]]*)[)\\]]\\s*");
    /** Characters no name holds (handles, URLs, labels, markup, quotes, counters). */
    private static final String FORBIDDEN = "@:/\\|()[]{}<>#=+*\"“”„«»?!%&_0123456789";
    /** A dotted host name ending ("orf.at", "Stern.de"), which marks a site, not a person. */
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\.[a-z]{2,6}$|www\\.");
    /** Elements whose boundaries separate names in a byline's text. */
    private static final Set<String> NAME_BOUNDARIES = Set.of("a", "li", "p", "div", "br", "ul", "time", "span");

    private AuthorReader() {
    }

    /** Authors (person names) and agencies (canonical names), each in order without duplicates. */
    record Credits(List<String> authors, List<String> agencies) {
        Credits {
            authors = List.copyOf(authors);
            agencies = List.copyOf(agencies);
        }
    }

    /**
     * True when the element's class, id, rel or itemprop suggests a byline, and not a commenter's or a teaser's;
     * cheap enough for the DOM pass: most elements have no attributes or fail the first fragment scan.
     */
    /**
     * What {@link #isBylineish} says of an element with this class attribute and no id, rel or itemprop, that is
     * not a link, short of its tag: byline-like by the class and not another kind of author box.
     */
    static boolean isBylineClass(String cls) {
        return BYLINE_MATCHER.matches(cls) && !OTHER_MATCHER.matches(cls);
    }

    static boolean isBylineish(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String cls = e.className();
        boolean hit = BYLINE_MATCHER.matches(cls) || BYLINE_MATCHER.matches(e.id())
                || BYLINE_MATCHER.matches(e.attr("rel")) || BYLINE_MATCHER.matches(e.attr("itemprop"))
                || e.normalName().equals("a") && isAuthorPage(e.attr("href"));
        // only the rare byline-looking elements pay for the second scan
        return hit && !OTHER_MATCHER.matches(cls) && !OTHER_MATCHER.matches(e.id())
                && !CONTROL_TAGS.contains(e.normalName());
    }

    /** A link to an author's page ({@code /autoren/name/max-kolter}, {@code /author/jane-doe}). */
    static boolean isAuthorPage(String href) {
        int i = href.indexOf("/aut"); // one intrinsic scan; the rare hits pay for the rest
        while (i >= 0) {
            for (String segment : AUTHOR_SEGMENTS) {
                if (href.startsWith(segment, i)) {
                    return true;
                }
            }
            i = href.indexOf("/aut", i + 4);
        }
        return false;
    }

    /** The credits of a page: {@code art} is the JSON-LD article (or null), {@code ld} all JSON-LD objects. */
    static Credits read(JsonNode art, List<JsonNode> ld, List<Element> metas, List<String> bylines,
                        Publication site) {
        Collector c = new Collector(site);
        if (art != null) {
            JsonNode authors = art.has("author") ? art.get("author") : art.get("creator");
            for (JsonNode a : entries(authors)) {
                c.addJsonLd(resolve(a, ld));
            }
        }
        if (c.authors.isEmpty()) {
            for (Element m : metas) {
                if (isAuthorMeta(m)) {
                    c.addRaw(m.attr("content"), false, false);
                }
            }
        }
        boolean agencyDeclared = !c.agencies.isEmpty();
        for (int i = 0; i < bylines.size() && i < MAX_BYLINES_READ; i++) {
            // once a person is known, only the first few byline elements are read, and only for agencies; when the
            // data credits an agency alone, a person is looked for in those few only (later ones are teasers')
            boolean agenciesOnly = !c.authors.isEmpty();
            if ((agenciesOnly || agencyDeclared) && i >= AGENCY_BYLINES) {
                break;
            }
            String text = bylines.get(i);
            if (text != null && !isPhotoCredit(text)) {
                c.addRaw(text, true, agenciesOnly);
            }
        }
        return new Credits(new ArrayList<>(c.authors), new ArrayList<>(c.agencies));
    }

    private static boolean isPhotoCredit(String text) {
        for (String label : PHOTO_CREDIT_LABELS) {
            if (text.regionMatches(true, 0, label, 0, label.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAuthorMeta(Element m) {
        for (String attr : new String[] {"name", "property", "itemprop"}) {
            String k = m.attr(attr);
            if (!k.isEmpty() && META_KEYS.contains(k.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Gathers names and agencies from raw values. */
    private static final class Collector {
        final Set<String> authors = new LinkedHashSet<>();
        final Set<String> agencies = new LinkedHashSet<>();
        final Set<String> seen = new HashSet<>();
        final Publication site;

        Collector(Publication site) {
            this.site = site;
        }

        void addJsonLd(JsonNode a) {
            String name = personName(a);
            if (name == null) {
                return;
            }
            String agency = NewsAgencies.standard().canonical(clean(name));
            if (agency != null) {
                agencies.add(agency);
            } else if (!isOrganization(a)) {
                addRaw(a.isObject() ? titleCaseIfShouted(name) : name, false, false);
            }
            // an organisation that is no agency (the publisher, a desk) is no author
        }

        /**
         * Splits a raw author value; parts of {@code shown} values (visible text) and of values that split into
         * several parts ("example.com, Frankfurt, Germany") must look like person names; with {@code agenciesOnly}
         * only agency credits are taken.
         */
        void addRaw(String raw, boolean shown, boolean agenciesOnly) {
            String s = raw.strip();
            if (s.isEmpty() || s.contains("://") || s.startsWith("/") || !seen.add(s)) {
                return; // a profile link (article:author often holds one), not a name; or a value already read
            }
            Matcher asides = PARENS.matcher(s);
            while ((s.indexOf('(') >= 0 || s.indexOf('[') >= 0) && asides.find()) {
                if (DOMAIN.matcher(asides.group(1).strip()).find()) {
                    return; // "Example News (www.example.com)": the publication
                }
                addAgencies(asides.group(1));
            }
            if (s.indexOf('(') >= 0 || s.indexOf('[') >= 0) {
                s = PARENS.matcher(s).replaceAll(" ").strip();
            }
            s = PREFIX.matcher(s).replaceFirst("");
            String[] parts = SPLIT.split(s);
            for (String part : parts) {
                addPart(part, shown || parts.length > 1, agenciesOnly);
            }
        }

        private void addAgencies(String aside) {
            for (String part : SPLIT.split(aside)) {
                String agency = NewsAgencies.standard().canonical(part);
                if (agency != null) {
                    agencies.add(agency);
                }
            }
        }

        private void addPart(String part, boolean shown, boolean agenciesOnly) {
            String p = clean(part);
            String agency = NewsAgencies.standard().canonical(p);
            if (agency == null) {
                p = trimRoles(p);
                agency = NewsAgencies.standard().canonical(p);
            }
            if (agency != null) {
                agencies.add(agency);
            } else if (!agenciesOnly && nameLike(p) && !site.isPublication(p) && (!shown || looksLikePersonName(p))) {
                authors.add(p);
            }
        }
    }

    /** The entries of an author field: an array's members, or the value itself. */
    private static List<JsonNode> entries(JsonNode authors) {
        List<JsonNode> out = new ArrayList<>();
        if (authors == null || authors.isNull()) {
            return out;
        }
        if (authors.isArray()) {
            authors.forEach(out::add);
        } else {
            out.add(authors);
        }
        return out;
    }

    /** An object that only references another ({@code {"@id": ...}}) is replaced by the object with that id. */
    private static JsonNode resolve(JsonNode a, List<JsonNode> ld) {
        if (!a.isObject() || a.has("name") || a.has("familyName") || !a.has("@id")) {
            return a;
        }
        String id = a.get("@id").asText();
        for (JsonNode o : ld) {
            if (o != a && id.equals(o.path("@id").asText(null)) && (o.has("name") || o.has("familyName"))) {
                return o;
            }
        }
        return a;
    }

    /** The name of a JSON-LD author: a string, {@code name}, or {@code givenName familyName}. */
    static String personName(JsonNode a) {
        if (a == null || a.isNull()) {
            return null;
        }
        if (!a.isObject()) {
            return JsonLd.asString(a);
        }
        String name = JsonLd.string(a, "name");
        if (name != null) {
            return name;
        }
        String given = JsonLd.string(a, "givenName");
        String family = JsonLd.string(a, "familyName");
        if (family == null) {
            return given;
        }
        return given == null ? family : given + " " + family;
    }

    /** An author object typed as an organisation (an agency or the publisher credited as author). */
    private static boolean isOrganization(JsonNode a) {
        return a.isObject() && JsonLd.types(a).stream().anyMatch(t -> t.endsWith("Organization"));
    }

    /** Collapses whitespace, removes a "By" prefix and parenthesised parts ({@code (obe)}). */
    static String clean(String part) {
        String s = part.indexOf('(') >= 0 || part.indexOf('[') >= 0 ? PARENS.matcher(part).replaceAll(" ") : part;
        s = squeeze(s);
        s = PREFIX.matcher(s).replaceFirst("").strip();
        while (!s.isEmpty() && ".,;-–—".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** Cuts role and label words from both ends: "Staff Writer Jane Doe", "Jane Doe Chief Correspondent". */
    static String trimRoles(String s) {
        String[] words = s.split(" ");
        int from = 0;
        int to = words.length;
        while (from < to && isRoleWord(words[from])) {
            from++;
        }
        while (to > from && isRoleWord(words[to - 1])) {
            to--;
        }
        return from == 0 && to == words.length ? s : String.join(" ", List.of(words).subList(from, to));
    }

    private static boolean isRoleWord(String w) {
        return ROLE_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** A role word, or a publication / desk word alone or in a hyphenated compound ("MM-Redaktion"). */
    private static boolean isNonNameWord(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (ROLE_WORDS.contains(l) || NON_NAME_WORDS.contains(l)) {
            return true;
        }
        if (l.indexOf('-') > 0) {
            for (String piece : l.split("-")) {
                if (NON_NAME_WORDS.contains(piece)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "JÖRG THOMSON-DEVEAUX" as "Jörg Thomson-Deveaux"; other strings unchanged. */
    static String titleCaseIfShouted(String s) {
        if (s.codePoints().anyMatch(Character::isLowerCase) || s.codePoints().noneMatch(Character::isUpperCase)
                || s.strip().indexOf(' ') < 0) {
            return s; // mixed case, uncased, or one word (an acronym such as "AFP")
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return sb.toString();
    }

    /**
     * Whether {@code s} can be a person's name, by its form alone: 2 to {@value #MAX_NAME} characters starting with a
     * letter; at most {@value #MAX_NAME_WORDS} words (in scripts without case at most {@value #MAX_UNCASED_NAME}
     * characters); no digit, {@code @}, colon, slash, bracket, quote or other sign ({@link #FORBIDDEN}); no host
     * name ("orf.at", "www."); no role, desk or label word ({@link #NON_NAME_WORDS}); not all capitals (an acronym
     * or shouted boilerplate); in cased scripts, some word starts with a capital.
     */
    static boolean nameLike(String s) {
        if (s == null || s.length() < 2 || s.length() > MAX_NAME || !Character.isLetter(s.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (FORBIDDEN.indexOf(s.charAt(i)) >= 0 || Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        if (DOMAIN.matcher(s).find()) {
            return false;
        }
        String[] words = s.split(" ");
        for (String w : words) {
            if (isNonNameWord(w)) {
                return false;
            }
        }
        boolean upper = s.codePoints().anyMatch(Character::isUpperCase);
        boolean lower = s.codePoints().anyMatch(Character::isLowerCase);
        if (!upper && !lower) {
            return s.length() <= MAX_UNCASED_NAME; // CJK and other scripts without case
        }
        if (!lower) {
            return false; // "MDR THÜRINGEN", "LBCI": boilerplate or an acronym, not a name as written
        }
        return upper && words.length <= MAX_NAME_WORDS;
    }

    /**
     * Stricter test for names read from visible text (where "Twitter" or a photo credit may stand): in cased
     * scripts two to {@link #MAX_NAME_WORDS} words, each starting with a capital (particles such as "van" or "de"
     * aside) and none of three letters or more in capitals only; in Chinese, Japanese and Korean at most {@link #MAX_UNCASED_SHOWN} characters; in other scripts
     * without case two to {@link #MAX_NAME_WORDS} words.
     */
    static boolean looksLikePersonName(String s) {
        String[] words = s.split(" ");
        boolean cased = s.codePoints().anyMatch(Character::isUpperCase);
        if (!cased && s.codePoints().anyMatch(Character::isLowerCase)) {
            return false;
        }
        if (!cased) {
            // CJK names are written without spaces and are short; names in other scripts without case (Arabic,
            // Hebrew, Devanagari...) have a given and a family name like cased ones
            return isCjk(s) ? s.length() <= MAX_UNCASED_SHOWN : words.length >= 2 && words.length <= MAX_NAME_WORDS;
        }
        if (words.length < 2 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        int capitals = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.codePointAt(0))) {
                capitals++;
                if (w.length() >= 3 && w.codePoints().noneMatch(Character::isLowerCase)) {
                    return false; // a shouted word or an acronym ("CSS"), not a name as bylines write one
                }
            } else if (!PARTICLES.contains(w)) {
                return false; // "Edit with Live CSS": a lower-case word that no name holds
            }
        }
        return capitals >= 2 && Character.isUpperCase(words[words.length - 1].codePointAt(0));
    }

    private static boolean isCjk(String s) {
        return s.codePoints().anyMatch(c -> {
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
        });
    }

    /**
     * The element's text with {@code "; "} at the boundaries of links, list items, blocks and spans (so that names
     * in separate elements stay apart), or {@code null} when it is longer than {@code max}: the walk stops there, so
     * a large container costs no more than {@code max} characters.
     */
    static String boundedText(Element e, int max) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element el && NAME_BOUNDARIES.contains(el.normalName())) {
                    sb.append("; ");
                }
                return sb.length() > 2 * max ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && NAME_BOUNDARIES.contains(el.normalName())) {
                    sb.append("; ");
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        if (sb.length() > 2 * max) {
            return null;
        }
        String text = squeeze(sb);
        return text.length() > max ? null : text;
    }

    /** Collapses whitespace runs to one space and separator runs to one {@code "; "}, trimming both ends. */
    private static String squeeze(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        boolean separator = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ';') {
                separator = true;
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else {
                if (out.length() > 0 && separator) {
                    out.append("; ");
                } else if (out.length() > 0 && space) {
                    out.append(' ');
                }
                space = false;
                separator = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
