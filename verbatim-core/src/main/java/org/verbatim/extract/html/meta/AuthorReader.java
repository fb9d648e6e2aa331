package org.verbatim.extract.html.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.verbatim.extract.common.TextKey;
import org.verbatim.extract.html.dom.DomAnalyzer;
import org.verbatim.extract.html.dom.FragmentMatcher;
import org.verbatim.extract.html.dom.HintSet;

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
            "sailthru.author", "dc.creator", "dcterms.creator", "byl", "article:byline", "articleauthor",
            "citation_author", "citation_authors");
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
    static final FragmentMatcher BYLINE_MATCHER = new FragmentMatcher(BYLINE_HINTS);
    static final FragmentMatcher OTHER_MATCHER = new FragmentMatcher(OTHER_AUTHOR_HINTS);
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

    /**
     * Authors (person names), agencies (canonical names) and organisation or team credits (as shown), each in order
     * without duplicates.
     */
    record Credits(List<String> authors, List<String> agencies, List<String> credits) {
        Credits {
            authors = List.copyOf(authors);
            agencies = List.copyOf(agencies);
            credits = List.copyOf(credits);
        }
    }

    /**
     * True when the element's class, id, rel or itemprop suggests a byline, and not a commenter's or a teaser's;
     * cheap enough for the DOM pass: most elements have no attributes or fail the first fragment scan.
     */
    /** Whether a class, id, rel or itemprop value holds a byline hint ({@link #BYLINE_HINTS}). */
    static boolean isBylineName(String value) {
        return BYLINE_MATCHER.matches(value);
    }

    /** Whether a class or id value marks another kind of author ({@link #OTHER_AUTHOR_HINTS}). */
    static boolean isOtherName(String value) {
        return OTHER_MATCHER.matches(value);
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

    /**
     * Whether the element or its parent is marked as someone else's (a commenter's, a teaser's, a quote's:
     * {@link #OTHER_AUTHOR_HINTS}), so that a byline phrase in it is not the article's.
     */
    static boolean isOthers(Element e) {
        Element parent = e.parent();
        return OTHER_MATCHER.matches(e.className()) || OTHER_MATCHER.matches(e.id())
                || parent != null && (OTHER_MATCHER.matches(parent.className()) || OTHER_MATCHER.matches(parent.id()));
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
    /**
     * The credits of a page: {@code art} is the JSON-LD article (or null), {@code ld} all JSON-LD objects,
     * {@code bylines} the texts of byline-like elements, {@code phrases} the texts of elements that open with a
     * byline label ({@link BylinePhrase}), both read before pruning; {@code dates} finds where a byline's names end
     * at a date.
     */
    static Credits read(JsonNode art, List<JsonNode> ld, List<Element> metas, Map<String, String> meta,
                        List<String> bylines, List<String> phrases, Publication site,
                        org.verbatim.extract.date.DateParser dates) {
        Collector c = new Collector(site, dates);
        if (art != null) {
            for (JsonNode a : entries(declaredAuthors(art))) {
                c.addJsonLd(resolve(a, ld));
            }
            if (!c.authors.isEmpty()) {
                c.markWithPerson(new ArrayList<>(c.orgs.keySet()), true); // one byline: "Jane Doe, X Rankings Team"
            }
        }
        if (c.authors.isEmpty()) {
            for (Element m : metas) {
                if (isAuthorMeta(m)) {
                    c.addRaw(citationOrder(m), Source.DECLARED, false);
                }
            }
        }
        if (c.authors.isEmpty()) {
            for (String v : labelledWriters(meta)) {
                c.addRaw(v, Source.DECLARED, false);
            }
        }
        boolean declared = !c.authors.isEmpty();
        // the data credits an agency, a team or the publication: a person is looked for in the first bylines only
        boolean agencyDeclared = !c.agencies.isEmpty() || !c.orgs.isEmpty();
        for (int i = 0; i < bylines.size() && i < MAX_BYLINES_READ; i++) {
            // once a person is known, only the first few byline elements are read, and only for agencies; when the
            // data credits an agency alone, a person is looked for in those few only (later ones are teasers')
            boolean agenciesOnly = !c.authors.isEmpty();
            if ((agenciesOnly || agencyDeclared) && i >= AGENCY_BYLINES) {
                break;
            }
            String text = bylines.get(i);
            if (text == null || isPhotoCredit(text)) {
                continue;
            }
            if (!agenciesOnly && !BylinePhrase.parts(text, c.dates).isEmpty()) {
                c.addPhrase(text); // "Posted by; BeauHD; on Friday...": the label tells where the names are
            } else {
                c.addRaw(text, Source.MARKED, agenciesOnly);
            }
        }
        if (c.authors.isEmpty() && !c.hasTeamCredit()) {
            for (int i = 0; i < phrases.size() && c.authors.isEmpty() && !c.hasTeamCredit(); i++) {
                c.addPhrase(phrases.get(i));
            }
        } else if (!c.authors.isEmpty() && !phrases.isEmpty()) {
            widen(c, phrases, declared ? bylines : null, site);
        } else if (c.authors.isEmpty() && c.agencies.isEmpty()) {
            signedBox(c, phrases, site);
        }
        if (c.authors.isEmpty() && c.agencies.isEmpty() && c.orgs.isEmpty()) {
            String handle = declaredHandle(art, ld, metas, meta, site);
            if (handle != null) {
                c.authors.add(handle);
            }
        }
        return new Credits(new ArrayList<>(c.authors), new ArrayList<>(c.agencies), c.credits());
    }

    /** The JSON-LD article's {@code author}, or its {@code creator} when it names no author; may be {@code null}. */
    private static JsonNode declaredAuthors(JsonNode art) {
        return art.has("author") ? art.get("author") : art.get("creator");
    }

    /** A login name: one word of lower-case letters ("jdoe", "janedoe"), as blogging tools fill in for authors. */
    static final Pattern HANDLE = Pattern.compile("\\p{Ll}{3,30}");

    /**
     * The author's login name the page's data declares ({@code <meta name=author content="janedoe">}, the JSON-LD
     * article's author, a "Written by" card pair) when the page credits nobody else: blogs that never set a display
     * name show the login as the byline. Only a lone lower-case word that is no role or desk word ("admin",
     * "editor") and not the publication; {@code null} otherwise.
     */
    static String declaredHandle(JsonNode art, List<JsonNode> ld, List<Element> metas, Map<String, String> meta,
                                 Publication site) {
        List<String> values = new ArrayList<>();
        if (art != null) {
            for (JsonNode a : entries(declaredAuthors(art))) {
                values.add(personName(resolve(a, ld)));
            }
        }
        for (Element m : metas) {
            if (isAuthorMeta(m)) {
                values.add(m.attr("content"));
            }
        }
        values.addAll(labelledWriters(meta));
        for (String v : values) {
            String h = v == null ? "" : v.strip();
            if (HANDLE.matcher(h).matches() && !isNonNameWord(h) && !site.isPublication(h)) {
                return h;
            }
        }
        return null;
    }

    /**
     * The names of the first byline phrase instead of the declared ones when it names them all and more ("Written by
     * Jane Doe, John Roe and Ann Poe" where the data names Jane Doe): data often credits the first author only; and
     * the team such a byline credits beside the declared persons ("..., John Roe and the Example Team") as a credit.
     * With {@code bylines} (the authors were declared by the data), the first phrase's credits replace declared
     * persons that no byline element or phrase shows at all ({@link #noneShown}, {@link #replaceUnshown}).
     */
    private static void widen(Collector c, List<String> phrases, List<String> bylines, Publication site) {
        Collector shown = new Collector(site, c.dates);
        for (int i = 0; i < phrases.size() && shown.authors.isEmpty(); i++) {
            shown.addPhrase(phrases.get(i));
        }
        Set<String> shownKeys = new HashSet<>();
        shown.authors.forEach(n -> shownKeys.add(lastWord(n)));
        for (String declared : c.authors) {
            if (!shownKeys.contains(lastWord(declared))) {
                if (bylines != null && noneShown(c.authors, bylines, phrases)) {
                    replaceUnshown(c, phrases, site); // the data names someone no byline shows: a stale author
                }
                return;
            }
        }
        // the byline names the declared persons, and maybe more; a team it credits beside them stays a credit
        shown.orgs.forEach((credit, withPerson) -> {
            if (withPerson && isTeamCredit(credit)) {
                c.orgs.put(credit, true);
            }
        });
        if (shown.authors.size() > c.authors.size()) {
            c.authors.clear();
            c.authors.addAll(shown.authors);
        }
    }

    /**
     * The credits of the first byline phrase that credits anyone, instead of the declared persons no byline shows:
     * its persons ("By: Jane Doe"), or the team or publication it credits alone ("Written by Example Team"). The
     * phrase must be a line ({@link #MAX_REPLACING_PHRASE}), and persons must be written in the declared names'
     * script.
     */
    private static void replaceUnshown(Collector c, List<String> phrases, Publication site) {
        for (String phrase : phrases) {
            if (BylinePhrase.parts(phrase, c.dates).isEmpty()) {
                continue;
            }
            Collector first = new Collector(site, c.dates);
            first.addPhrase(phrase);
            if (first.authors.isEmpty() && first.orgs.isEmpty()) {
                continue;
            }
            if (phrase.length() > MAX_REPLACING_PHRASE || !first.orgs.isEmpty() && !first.authors.isEmpty()
                    || !first.authors.isEmpty() && !sameScript(c.authors, first.authors)) {
                return;
            }
            c.authors.clear();
            c.authors.addAll(first.authors);
            c.orgs.clear();
            first.orgs.keySet().forEach(org -> c.orgs.put(org, false));
            return;
        }
    }

    /** Longest byline phrase whose names replace declared ones: a byline line, not a sentence ("Author Jane Doe said"). */
    static final int MAX_REPLACING_PHRASE = 80;

    /**
     * Whether the declared and the shown names are written in one script: a name in another script ("新間" declared,
     * "Jane Doe" shown) may be the same person's, which letters cannot tell.
     */
    private static boolean sameScript(Set<String> declared, Set<String> shown) {
        Character.UnicodeScript script = scriptOf(shown.iterator().next());
        for (String d : declared) {
            if (scriptOf(d) != script) {
                return false;
            }
        }
        return true;
    }

    /** The script of the first letter of {@code s} ({@code COMMON} when it has none). */
    private static Character.UnicodeScript scriptOf(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return Character.UnicodeScript.of(cp);
            }
            i += Character.charCount(cp);
        }
        return Character.UnicodeScript.COMMON;
    }

    /**
     * Whether none of {@code names} (by its last word) stands in any byline element's or byline phrase's text: the
     * page shows its reader none of the persons its data credits.
     */
    private static boolean noneShown(Set<String> names, List<String> bylines, List<String> phrases) {
        for (String name : names) {
            String key = lastWord(name);
            for (List<String> texts : List.of(bylines, phrases)) {
                for (String text : texts) {
                    if (text != null && TextKey.loose(text).contains(key)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The persons an author box's label names ("Written by Jane Doe" after the story) instead of the team or
     * organisation credited as author by the data or a byline (the publisher or "By Example Team" set by the site's
     * template): the box is signed by the person who wrote the piece. Only phrases opened by an author box's label
     * ({@code byline-box-labels.txt}), the first that names a person.
     */
    private static void signedBox(Collector c, List<String> phrases, Publication site) {
        for (String phrase : phrases) {
            if (BylinePhrase.opensAuthorBox(phrase)) {
                Collector shown = new Collector(site, c.dates);
                shown.addPhrase(phrase);
                if (!shown.authors.isEmpty()) {
                    c.orgs.clear();
                    c.authors.addAll(shown.authors);
                    return;
                }
            }
        }
    }

    /**
     * The capitalised words of a marked byline's part before a lower-case stop word that follows them ("Jane Doe on
     * behalf of", "Jane Doe in Politics": {@code byline-stops.txt}), when there are at least two; {@code part} itself
     * otherwise.
     */
    static String beforeStopWord(String part) {
        String[] words = part.split(" ");
        for (int i = 2; i < words.length; i++) {
            String w = words[i];
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && BylinePhrase.STOP_WORDS.contains(w)) {
                for (int j = 0; j < i; j++) {
                    if (words[j].isEmpty() || !Character.isUpperCase(words[j].codePointAt(0))) {
                        return part;
                    }
                }
                return String.join(" ", java.util.Arrays.asList(words).subList(0, i));
            }
        }
        return part;
    }

    /** Two forms of one name of two words or more: the same first and last word ("Jeff T. Kaufman"). */
    static boolean sameName(String a, String b) {
        int ia = a.indexOf(' ');
        int ib = b.indexOf(' ');
        return ia > 0 && ib > 0
                && TextKey.loose(a.substring(0, ia)).equals(TextKey.loose(b.substring(0, ib)))
                && lastWord(a).equals(lastWord(b));
    }

    /** The last word of a name, letters and digits only, lower case: what two forms of one name share. */
    private static String lastWord(String name) {
        String[] words = name.split(" ");
        return TextKey.loose(words[words.length - 1]);
    }

    /** Where a raw author value was read, which decides how strictly its parts are checked. */
    enum Source {
        /** JSON-LD and author meta tags: names as the newsroom typed them. */
        DECLARED,
        /** The text of an element whose class, id, rel or itemprop names an author. */
        MARKED,
        /** The names after a byline label in the text ("By Jane Doe"). */
        LABELLED
    }

    private static boolean isPhotoCredit(String text) {
        for (String label : PHOTO_CREDIT_LABELS) {
            if (text.regionMatches(true, 0, label, 0, label.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An author meta tag's value, a scholarly page's {@code citation_author} ("Roy, Aniruddha": one author per tag,
     * family name first) turned into the name as written ("Aniruddha Roy").
     */
    private static String citationOrder(Element m) {
        String v = m.attr("content");
        int comma = v.indexOf(',');
        if (!m.attr("name").toLowerCase(Locale.ROOT).startsWith("citation_author") || comma < 0
                || v.indexOf(',', comma + 1) >= 0) {
            return v;
        }
        return v.substring(comma + 1).strip() + " " + v.substring(0, comma).strip();
    }

    /** Labels of a card's label/data pair that name the writer ({@code twitter:label1} "Written by"), lower case. */
    static final List<String> WRITER_LABELS = List.of("written by", "author", "by", "verfasst von",
            "geschrieben von", "autor", "auteur", "écrit par", "escrito por", "scritto da", "geschreven door");

    /**
     * The values of a card's label/data pairs whose label names the writer: {@code <meta name="twitter:label1"
     * content="Written by">} with {@code <meta name="twitter:data1" content="Jane Doe">}, as WordPress's SEO plugins
     * and other publishing tools write them; {@code meta} is {@link MetadataReader#metaMap}.
     */
    static List<String> labelledWriters(Map<String, String> meta) {
        List<String> out = new ArrayList<>();
        for (int n = 1; meta.containsKey("twitter:label" + n); n++) {
            String data = meta.get("twitter:data" + n);
            if (data != null && WRITER_LABELS.contains(meta.get("twitter:label" + n).toLowerCase(Locale.ROOT))) {
                out.add(data);
            }
        }
        return out;
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

    /**
     * Gathers names, agencies and organisation credits from raw values. Credits are kept when no person is named,
     * or when they share one byline with a person ("Jane Doe, John Roe and the Example Team"): a team or the
     * publication credited elsewhere on a page that names its author is furniture, not the byline.
     */
    private static final class Collector {
        final Set<String> authors = new LinkedHashSet<>();
        final Set<String> agencies = new LinkedHashSet<>();
        /** Organisation credits in order, each with whether its byline also named a person. */
        final java.util.Map<String, Boolean> orgs = new java.util.LinkedHashMap<>();
        final Set<String> seen = new HashSet<>();
        final Publication site;
        final org.verbatim.extract.date.DateParser dates;

        Collector(Publication site, org.verbatim.extract.date.DateParser dates) {
            this.site = site;
            this.dates = dates;
        }

        List<String> credits() {
            List<String> out = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            orgs.forEach((credit, withPerson) -> {
                if ((authors.isEmpty() || withPerson) && keys.add(TextKey.loose(credit))) {
                    out.add(credit);
                }
            });
            return out;
        }

        boolean hasTeamCredit() {
            return orgs.keySet().stream().anyMatch(AuthorReader::isTeamCredit);
        }

        void addJsonLd(JsonNode a) {
            String name = personName(a);
            if (name == null) {
                return;
            }
            String agency = NewsAgencies.standard().canonical(clean(name));
            if (agency != null) {
                agencies.add(agency);
            } else if (isOrganization(a)) {
                credit(clean(name)); // an organisation that is no agency (the publisher, a desk) is no author
            } else {
                addRaw(a.isObject() ? titleCaseIfShouted(name) : name, Source.DECLARED, false);
            }
        }

        /** The credited parts after a byline label ({@link BylinePhrase#parts}). */
        void addPhrase(String text) {
            List<String> parts = BylinePhrase.parts(text, dates);
            if (parts.isEmpty() || !seen.add("\u0001" + text)) {
                return;
            }
            if (parts.stream().allMatch(AuthorReader::shouted)) {
                // "By JANE DOE": a byline set in capitals; a capitalised part beside a name as written ("Jane Doe,
                // EXAMPLE RADIO") is a desk or a station
                parts = parts.stream().map(AuthorReader::titleCaseIfShouted).toList();
            }
            int before = authors.size();
            List<String> added = new ArrayList<>();
            // "Written by Linny and Peter": single names count when the byline names nothing but single names
            boolean singles = parts.stream().allMatch(AuthorReader::singleName);
            for (String part : parts) {
                added.add(addPart(part, Source.LABELLED, false, parts.size() == 1 || singles));
            }
            markWithPerson(added, authors.size() > before);
        }

        /**
         * Splits a raw author value; parts of shown values (visible text) and of values that split into several
         * parts ("example.com, Frankfurt, Germany") must look like person names; with {@code agenciesOnly} only
         * agency credits are taken.
         */
        void addRaw(String raw, Source source, boolean agenciesOnly) {
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
            // "Maria & Katerina": declared given names alone count as a byline of single names does
            boolean singles = source == Source.DECLARED && parts.length > 1
                    && java.util.Arrays.stream(parts).allMatch(part -> singleName(clean(part)));
            Source effective = singles ? Source.LABELLED
                    : source == Source.DECLARED && parts.length > 1 ? Source.MARKED : source;
            int before = authors.size();
            List<String> added = new ArrayList<>();
            for (String part : parts) {
                added.add(addPart(part, effective, agenciesOnly, parts.length == 1 || singles));
            }
            markWithPerson(added, authors.size() > before);
        }

        /**
         * Keeps the team credits of a byline that also named a person ("Jane Doe and the Example Team"); a
         * publication named beside a person is the person's affiliation ("Jane Doe, The Example Times").
         */
        private void markWithPerson(List<String> addedCredits, boolean person) {
            if (person) {
                for (String credit : addedCredits) {
                    if (credit != null && isTeamCredit(credit)) {
                        orgs.put(credit, true);
                    }
                }
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

        /**
         * Files one part as an agency, a person or an organisation credit; returns the credit it added, or
         * {@code null}. {@code alone}: the part is its byline's only one.
         */
        private String addPart(String part, Source source, boolean agenciesOnly, boolean alone) {
            String cleaned = withoutLeadingJoiner(clean(part));
            String shownForm = source == Source.MARKED ? beforeStopWord(cleaned) : cleaned;
            String p = shownForm;
            String agency = NewsAgencies.standard().canonical(p);
            if (agency == null) {
                p = trimRoles(p);
                agency = NewsAgencies.standard().canonical(p);
            }
            if (agency != null) {
                agencies.add(agency);
                return null;
            }
            if (agenciesOnly) {
                return null;
            }
            String team = teamCredit(shownForm);
            if (team != null) {
                // a lone "Team" or "Staff" in a marked element is a menu's, not a byline's
                return source == Source.MARKED && team.indexOf(' ') < 0 ? null : credit(team);
            }
            if (!shownForm.isEmpty() && site.isPublication(shownForm) && titled(shownForm)) {
                // the publication credited as author: an organisation (or the blogger whose name the site bears), not
                // a person; in a marked element only a name shown as a person's, or the element's whole text
                return source == Source.MARKED && !alone && !looksLikePersonName(shownForm) ? null : credit(shownForm);
            }
            if (!p.equals(shownForm) && !authors.isEmpty()) {
                return null; // "Jane Doe, Certified Sleep Consultant": a role after a name, however trimmed
            }
            if (!p.isEmpty() && !site.isPublication(p) && isPerson(p, source, alone)) {
                if (!isKnown(p)) {
                    authors.add(p);
                }
                return null;
            }
            if (source != Source.MARKED && alone && !nameLike(shownForm) && hasOrganisationWord(shownForm)) {
                return credit(shownForm); // "ASU Online", "Example Media Group"
            }
            return null;
        }

        /** Whether a name already read has the same first and last word ("Jeff Kaufman", "Jeff T. Kaufman"). */
        private boolean isKnown(String p) {
            return authors.stream().anyMatch(known -> sameName(known, p));
        }

        private boolean isPerson(String p, Source source, boolean alone) {
            if (source == Source.DECLARED) {
                return nameLike(p) || lowerCaseName(p);
            }
            if (!nameLike(p)) {
                return source == Source.LABELLED && alone && BylinePhrase.isHandle(p); // "by jdoe"
            }
            return looksLikePersonName(p) || source == Source.LABELLED && alone && singleName(p);
        }

        /**
         * Adds an organisation credit that reads as one ({@link #organisationLike}, not only role or label words)
         * and is not part of one already given; returns it, or {@code null}.
         */
        private String credit(String c) {
            if (c == null || !organisationLike(c) || onlyNonNameWords(c)) {
                return null;
            }
            String key = TextKey.loose(c);
            for (String known : List.copyOf(orgs.keySet())) {
                String k = TextKey.loose(known);
                if (k.contains(key) || sameName(known, c)) {
                    return known;
                }
                if (key.contains(k)) { // "Paycom" then "Paycom Blog Contributor": the fuller form, in its place
                    java.util.Map<String, Boolean> copy = new java.util.LinkedHashMap<>();
                    orgs.forEach((o, v) -> copy.put(o.equals(known) ? c : o, v));
                    orgs.clear();
                    orgs.putAll(copy);
                    return c;
                }
            }
            orgs.putIfAbsent(c, false);
            return c;
        }
    }

    /** Lower-case words a name of an organisation may hold after its first word ("Bank of Example"). */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "and", "the", "for", "de", "du", "des", "la",
            "le", "von", "der", "für", "y", "&", "on");

    /**
     * Whether a credit is written as a name: every word starts with a capital or a digit (connectors after the first
     * word aside), or none does ("examplesite", a handle the site bears); not prose mixing both ("Read more about
     * The Example Team").
     */
    static boolean titled(String s) {
        boolean lower = false;
        boolean upper = false;
        String[] words = s.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            int cp = w.codePointAt(0);
            if (Character.isLowerCase(cp) && !(i > 0 && NAME_CONNECTORS.contains(w))) {
                lower = true;
            } else if (!Character.isLowerCase(cp)) {
                upper = true;
            }
        }
        return !(lower && upper);
    }

    /** Whether every word of {@code s} is a role, label or publication word ("Admin", "Webmaster", "News Desk"). */
    private static boolean onlyNonNameWords(String s) {
        for (String w : s.split(" ")) {
            if (!isNonNameWord(w) || isTeamWord(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Team and newsroom words ({@code author-teams.txt}), lower case. */
    static final Set<String> TEAM_WORDS = Set.copyOf(HintSet.readLines("author-teams.txt"));
    /** Words that name a kind of organisation (a desk, a group, a company form): from {@code author-non-names.txt}. */
    private static final Set<String> ORGANISATION_WORDS = NON_NAME_WORDS;

    /** A part without the joining word a serial comma leaves at its start ("and ACO Rankings Team"). */
    static String withoutLeadingJoiner(String part) {
        int space = part.indexOf(' ');
        return space > 0 && isJoiner(part.substring(0, space)) ? part.substring(space + 1).strip() : part;
    }

    /** Whether a lower-case word joins two names ("and", "und", "et"). */
    static boolean isJoiner(String lower) {
        return JOINERS.contains(lower);
    }

    /** Whether a lower-case word makes a credit a team's ("team", "staff", "editors"; {@code author-teams.txt}). */
    static boolean isTeamWord(String lower) {
        if (TEAM_WORDS.contains(lower)) {
            return true;
        }
        int dash = lower.lastIndexOf('-');
        return dash > 0 && TEAM_WORDS.contains(lower.substring(dash + 1));
    }

    static boolean isTeamCredit(String credit) {
        return teamCredit(credit) != null;
    }

    /**
     * The team credit a part makes, as shown up to its last team word ("The Investopedia Team Full Bio" gives "The
     * Investopedia Team"), or {@code null}: the part has a team word and reads as a credit (at most
     * {@value #MAX_NAME} characters and {@value #MAX_NAME_WORDS} words before the team word, no digit, no address).
     */
    static String teamCredit(String part) {
        if (part == null || part.isEmpty() || part.length() > 2 * MAX_NAME) {
            return null;
        }
        String[] words = part.split(" ");
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.length; i++) {
            if (isTeamWord(bare(words[i]))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (last < 0 || last > MAX_NAME_WORDS) {
            return null;
        }
        int end = last + 1;
        boolean trailingRoles = end < words.length;
        for (int i = end; i < words.length; i++) {
            trailingRoles &= isNonNameWord(bare(words[i]));
        }
        if (!trailingRoles || first == 0) {
            end = words.length; // "Staff Clinician", "Team SimplyThrilled": the team word is part of the credit
        }
        for (int i = 0; i < end; i++) {
            String w = bare(words[i]);
            boolean opener = i == 0 && (w.equals("the") || w.equals("our"));
            if (!opener && !isTeamWord(w) && !Character.isUpperCase(words[i].codePointAt(0))
                    && !Character.isDigit(words[i].codePointAt(0)) && !PARTICLES.contains(w)) {
                return null; // "Read more about the Example Team": prose, not a credit
            }
        }
        String credit = String.join(" ", java.util.Arrays.asList(words).subList(0, end));
        while (!credit.isEmpty() && ".,:;".indexOf(credit.charAt(credit.length() - 1)) >= 0) {
            credit = credit.substring(0, credit.length() - 1);
        }
        return organisationLike(credit) && credit.split(" ").length <= MAX_NAME_WORDS + 1 ? credit : null;
    }

    /** A word lower-cased without trailing punctuation. */
    private static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        while (!w.isEmpty() && ".,:;".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * Whether a credit reads as an organisation's or team's name: 2 to {@value #MAX_NAME} characters starting with a
     * letter or digit, at most {@value #MAX_NAME_WORDS} + 1 words, no address, handle, URL path, bracket or quote,
     * some letter.
     */
    static boolean organisationLike(String s) {
        if (s == null || s.length() < 2 || s.length() > MAX_NAME || !Character.isLetterOrDigit(s.codePointAt(0))
                || s.contains("://") || s.indexOf('@') >= 0 || s.split(" ").length > MAX_NAME_WORDS + 1) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("/\\|()[]{}<>#=*\"“”„«»?!%_".indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return s.codePoints().anyMatch(Character::isLetter);
    }

    static boolean hasOrganisationWord(String s) {
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (ORGANISATION_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person's name as a byline shows it when it is the only credit after a label ("Written by Eliz"): one word of
     * at least three letters, starting with a capital, not a function word, a role or a label.
     */
    static boolean singleName(String s) {
        if (s.indexOf(' ') >= 0 || s.length() < 3 || !Character.isUpperCase(s.codePointAt(0))
                || !s.codePoints().allMatch(Character::isLetter)) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return !org.verbatim.language.LanguageDetector.standard().isFunctionWord(lower)
                && !isNonNameWord(s) && !BylinePhrase.STOP_WORDS.contains(lower)
                && s.codePoints().anyMatch(Character::isLowerCase);
    }

    /** A declared name written in lower case ("kirstin boatto"): two or three words of letters only. */
    static boolean lowerCaseName(String s) {
        String[] words = s.split(" ");
        if (words.length < 2 || words.length > 3 || s.length() > MAX_NAME) {
            return false;
        }
        for (String w : words) {
            if (w.length() < 2 || !w.codePoints().allMatch(Character::isLowerCase) || isNonNameWord(w)
                    || org.verbatim.language.LanguageDetector.standard().isFunctionWord(w)) {
                return false;
            }
        }
        return true;
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

    /**
     * Cuts role and label words from both ends ("Staff Writer Jane Doe", "Jane Doe Chief Correspondent") and
     * credentials from the end of a name of two words or more ("Jane Doe MD", "Jane Doe Ph.D.", "Jane Doe E-RYT").
     */
    static String trimRoles(String s) {
        String[] words = s.split(" ");
        int from = 0;
        int to = words.length;
        while (from < to && isRoleWord(words[from])) {
            from++;
        }
        while (to > from && (isRoleWord(words[to - 1]) || to - from > 2 && isCredential(words[to - 1]))) {
            to--;
        }
        return from == 0 && to == words.length ? s : String.join(" ", List.of(words).subList(from, to));
    }

    /** Credentials written after names ({@code credentials.txt}), as written, without a final full stop. */
    static final Set<String> CREDENTIALS = Set.copyOf(HintSet.readLines("credentials.txt"));

    /** A credential after a name: "MD", "Ph.D.", "DVM," ({@code credentials.txt}; a final comma or stop ignored). */
    static boolean isCredential(String word) {
        String w = word;
        while (!w.isEmpty() && (w.endsWith(",") || w.endsWith("."))) {
            w = w.substring(0, w.length() - 1);
        }
        return CREDENTIALS.contains(w);
    }

    private static boolean isRoleWord(String w) {
        return ROLE_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** A role word, or a publication / desk word alone or in a hyphenated compound ("MM-Redaktion"). */
    static boolean isNonNameWord(String w) {
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

    /** Whether {@code s} has capitals and no lower-case letter. */
    static boolean shouted(String s) {
        return s.codePoints().noneMatch(Character::isLowerCase) && s.codePoints().anyMatch(Character::isUpperCase);
    }

    /** "JÖRG THOMSON-DEVEAUX" as "Jörg Thomson-Deveaux"; other strings unchanged. */
    static String titleCaseIfShouted(String s) {
        if (!shouted(s) || s.strip().indexOf(' ') < 0) {
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
        collect(e, sb, max);
        String text = sb.length() > 2 * max ? null : squeeze(sb);
        return text == null || text.length() > max ? null : text;
    }

    /**
     * The heading of an author box too long to be a byline ("<div class=author-box><img><h4>Jane Doe</h4><p>Jane is
     * a reporter who...</p></div>"): the text of the first {@code <h2>}-{@code <h6>}, {@code <strong>} or {@code <b>}
     * among its first {@link #BOX_ELEMENTS} elements, when it is at most {@link #MAX_BOX_HEADING} characters long
     * and reads as a person's name ({@link #looksLikePersonName}); {@code null} otherwise.
     */
    static String boxHeading(Element box) {
        Element[] found = {null};
        int[] seen = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                String tag = el.normalName();
                if (depth > 0 && (DomAnalyzer.isSubheading(tag) || tag.equals("strong") || tag.equals("b"))) {
                    found[0] = el;
                    return FilterResult.STOP;
                }
                return ++seen[0] > BOX_ELEMENTS ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, box);
        String heading = found[0] == null ? null : boundedText(found[0], MAX_BOX_HEADING);
        return heading != null && looksLikePersonName(clean(heading)) ? heading : null;
    }

    /** Elements of an author box looked at for its heading, and the longest heading read as a name. */
    static final int BOX_ELEMENTS = 12;
    static final int MAX_BOX_HEADING = 60;

    /**
     * The first {@code max} characters of the element's text, marked as {@link #boundedText} marks it: the start of a
     * biography that follows an author box's label ("About the author" then "Jane Doe is a reporter who...").
     */
    static String boundedPrefix(Element e, int max) {
        StringBuilder sb = new StringBuilder();
        collect(e, sb, max);
        String text = squeeze(sb);
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** Appends the element's text with boundaries marked, stopping once {@code sb} exceeds {@code 2 * max}. */
    private static void collect(Element e, StringBuilder sb, int max) {
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
