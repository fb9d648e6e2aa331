package org.verbatim.extract.html.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.verbatim.extract.html.dom.NodeStats;
import org.verbatim.extract.html.meta.DateCascade.Inputs;
import org.verbatim.extract.html.meta.DateCascade.Source;
import org.verbatim.model.Timestamp;

/**
 * The candidate dates of one page, each source read at most once and only when the cascade asks for it (the shown
 * dates cost a text scan; most pages are settled by their meta tags). Not thread-safe: one instance per page.
 */
final class DateSources {
    /** Meta names/properties of the publication date, most specific first (lower case). */
    static final List<String> PUBLISHED_KEYS = List.of("article:published_time", "og:article:published_time",
            "article:published", "datepublished", "published_time", "article.published", "pubdate", "publishdate",
            "publish-date", "publish_date", "published-date", "published_date", "date_published", "date-published",
            "publication_date", "pub_date", "parsely-pub-date",
            "sailthru.date", "dc.date.issued", "dcterms.issued", "og:pubdate", "article_date_original",
            "originalpublicationdate", "vr:published-time", "cxenseparse:recs:publishtime");
    /** Generic meta dates: often the publication date, sometimes the page's generation or last edit. */
    static final List<String> WEAK_KEYS = List.of("dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
            "date", "creation_date", "datecreated", "schema:datecreated", "uploaddate", "created");
    /** Meta names/properties of the last update. */
    static final List<String> MODIFIED_KEYS = List.of("article:modified_time", "og:article:modified_time",
            "datemodified", "og:updated_time", "modified_time", "dcterms.modified", "dc.date.modified",
            "last-modified", "lastmod", "article:modified");
    /** JSON-LD fields that hold a date of the page (offset evidence for {@link LocalDay}). */
    static final List<String> LD_DATE_FIELDS = List.of("datePublished", "dateCreated", "dateModified", "uploadDate");
    /** Bound on the {@code <time>} elements read for offset evidence. */
    static final int MAX_TIMES = 40;

    private final Inputs in;
    /** The page's dates, read relative to the day it is read. */
    private final VisibleDates dates;
    private final Map<Source, Optional<Timestamp>> cache = new EnumMap<>(Source.class);
    private List<Timestamp> declared;
    private String bodyText;
    private List<String> titles;

    DateSources(Inputs in) {
        this.in = in;
        this.dates = monthFirst(in) ? in.ix().dates.monthFirst() : in.ix().dates;
    }

    /**
     * Whether the page reads {@code 03/09/2026} month first: its declared locale ({@code og:locale}, else the
     * {@code <html lang>}) is of the United States ({@link VisibleDates#monthFirstLocale}); or, when the locale names
     * no country ({@code en}, none), the page's own slashed dates show it ({@link #slashedMonthFirst}).
     */
    static boolean monthFirst(Inputs in) {
        String locale = in.meta().get("og:locale");
        if (locale == null) {
            Element html = in.doc().firstElementChild();
            locale = html == null ? null : html.attr("lang");
        }
        if (VisibleDates.monthFirstLocale(locale)) {
            return true;
        }
        return !namesCountry(locale) && slashedMonthFirst(in.ix());
    }

    /** A locale that names a country after its language. */
    private static final Pattern WITH_COUNTRY = Pattern.compile("[A-Za-z]{2,3}[-_][A-Za-z]{2}.*");

    /** Whether a locale names a country after its language ({@code en_GB}, {@code fr-FR}). */
    static boolean namesCountry(String locale) {
        return locale != null && WITH_COUNTRY.matcher(locale.strip()).matches();
    }

    /** A slashed all-numeric date: {@code 01/31/2025}, {@code 31/01/25}. */
    private static final Pattern SLASHED =
            Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(?:\\d{4}|\\d{2})(?![\\d/])");

    /**
     * Whether the slashed dates the page shows in its {@code <time>} elements, date-like elements and date leaves
     * (the first {@link PageIndex#MAX_DATE_ELEMENTS} of each) put the month first: at least one can only be read month
     * first ({@code 01/31/2025}) and none can only be read day first ({@code 31/01/2025}). Read where the locale does
     * not tell: a page states its dates one way throughout.
     */
    static boolean slashedMonthFirst(PageIndex ix) {
        int monthFirst = 0;
        for (List<Element> list : List.of(ix.times, ix.dateElements, ix.dateLeaves)) {
            for (int i = 0; i < list.size() && i < PageIndex.MAX_DATE_ELEMENTS; i++) {
                String text = VisibleDates.shortText(list.get(i));
                if (text == null) {
                    continue;
                }
                Matcher m = SLASHED.matcher(text);
                while (m.find()) {
                    int a = Integer.parseInt(m.group(1));
                    int b = Integer.parseInt(m.group(2));
                    if (a > 12 && b <= 12) {
                        return false;
                    }
                    monthFirst += a <= 12 && b > 12 && b <= 31 ? 1 : 0;
                }
            }
        }
        return monthFirst > 0;
    }

    /** The date {@code source} gives, or {@code null}; implausible dates are dropped. */
    Timestamp get(Source source) {
        return cache.computeIfAbsent(source, s -> Optional.ofNullable(plausible(read(s)))).orElse(null);
    }

    private Timestamp read(Source s) {
        return switch (s) {
            case LD_ARTICLE -> parseDeclared(JsonLd.string(in.article(), "datePublished"));
            case META -> firstMeta(PUBLISHED_KEYS);
            case TIME_MARKED -> markedTime();
            case LABELLED -> firstNear(dates::labelled);
            case ELEMENT_LABELLED -> dates.labelledIn(in.ix().dateElements, in.ix().bylineElements);
            case TIME_NEAR -> timeNearHeadline();
            case LD_OTHER -> anyLd("datePublished");
            case META_WEAK -> firstMeta(WEAK_KEYS);
            case DATE_ELEMENT -> dates.fromElements(in.ix().dateElements);
            case NEAR_HEADLINE -> firstNear(this::datelineAfterTitle);
            case BYLINE -> dates.fromElements(in.ix().bylineElements);
            case TIME_ANY -> dates.fromElements(in.ix().times);
            case TITLE -> dates.firstInText(in.doc().title());
            case URL -> dates.fromUrl(in.doc().location());
            case BODY_LABELLED -> dates.labelled(bodyText());
            case BODY -> dates.firstInText(bodyText());
            case DATE_LEAF -> dates.fromLeaves(in.ix().dateLeaves);
        };
    }

    /**
     * The modification date: declared (JSON-LD article, meta tags, a {@code <time>} marked as such), else a date
     * shown after an update word ({@code Updated 3 March 2024}) next to the headline or in a date-like element.
     */
    Timestamp modified() {
        Timestamp t = plausible(parseDeclared(JsonLd.string(in.article(), "dateModified")));
        if (t == null) {
            t = plausible(firstMeta(MODIFIED_KEYS));
        }
        for (int i = 0; t == null && i < in.ix().times.size() && i < MAX_TIMES; i++) {
            Element e = in.ix().times.get(i);
            if (e.attr("itemprop").equalsIgnoreCase("dateModified")) {
                t = plausible(parseDeclared(e.attr("datetime")));
            }
        }
        if (t == null) {
            t = plausible(dates.updateStamp(in.h1Near()));
        }
        for (int i = 0; t == null && i < in.ix().dateElements.size(); i++) {
            // read before pruning: lines above the headline
            String text = VisibleDates.shortText(in.ix().dateElements.get(i));
            t = text != null ? plausible(dates.updateStamp(text)) : null;
        }
        return t;
    }

    /**
     * The first date the page shows as an update ("Updated March 3, 2025", "Last modified: 03.03.2025"): next to the
     * headline, in one of the first date-like elements, or in one of the first elements holding only a date after an
     * update label;
     * {@code null} when it shows none. Read once.
     */
    Timestamp shownUpdate() {
        if (shownUpdate == null) {
            Timestamp t = plausible(dates.updateStamp(in.h1Near()));
            List<Element> list = in.ix().dateElements;
            for (int i = 0; t == null && i < list.size() && i < MAX_UPDATE_ELEMENTS; i++) {
                Element e = list.get(i);
                if (StandfirstChooser.boundedLength(e, VisibleDates.MAX_TEXT + 1) <= VisibleDates.MAX_TEXT) {
                    t = plausible(dates.updateStamp(e.text()));
                }
            }
            for (int i = 0; t == null && i < in.ix().dateLeaves.size() && i < MAX_UPDATE_ELEMENTS; i++) {
                Element leaf = in.ix().dateLeaves.get(i);
                t = VisibleDates.afterUpdateLabel(leaf) ? plausible(dates.parseOne(leaf.text())) : null;
            }
            shownUpdate = Optional.ofNullable(t);
        }
        return shownUpdate.orElse(null);
    }

    private Optional<Timestamp> shownUpdate;
    /** Date-like elements and date leaves looked at for an update stamp (the page's own come first). */
    static final int MAX_UPDATE_ELEMENTS = 8;

    /**
     * Every timestamp the page declares in markup (meta tags, JSON-LD date fields, {@code <time datetime>}), in that
     * order: the evidence of the page's own UTC offset.
     */
    List<Timestamp> declared() {
        if (declared == null) {
            declared = new ArrayList<>();
            for (List<String> keys : List.of(PUBLISHED_KEYS, MODIFIED_KEYS, WEAK_KEYS)) {
                for (String k : keys) {
                    addParsed(in.meta().get(k));
                }
            }
            for (JsonNode o : in.ld()) {
                for (String f : LD_DATE_FIELDS) {
                    addParsed(JsonLd.string(o, f));
                }
            }
            for (int i = 0; i < in.ix().times.size() && i < MAX_TIMES; i++) {
                addParsed(in.ix().times.get(i).attr("datetime"));
            }
        }
        return declared;
    }

    /** The local days the page shows for itself: its URL's date and the date next to its headline. */
    List<LocalDate> shownDays() {
        List<LocalDate> out = new ArrayList<>(3);
        for (Source s : new Source[] {Source.URL, Source.LABELLED, Source.NEAR_HEADLINE}) {
            Timestamp t = get(s);
            if (t != null) {
                out.add(t.date());
            }
        }
        return out;
    }

    /** A date with its time shown next to the headline (for finding the page's offset), or {@code null}. */
    Timestamp shownNearHeadline() {
        Timestamp t = get(Source.LABELLED);
        return t != null && t.hasTime() ? t : get(Source.NEAR_HEADLINE);
    }

    private void addParsed(String s) {
        Timestamp t = parseDeclared(s);
        if (t != null) {
            declared.add(t);
        }
    }

    /**
     * What {@code reader} finds next to the main headline, else next to another of the first {@code <h1>}s (the
     * first one is often the site's logo); texts read before pruning.
     */
    private Timestamp firstNear(Function<String, Timestamp> reader) {
        Timestamp t = plausible(reader.apply(in.h1Near()));
        List<String> all = in.ix().h1Near;
        for (int i = 0; t == null && i < all.size(); i++) {
            if (i != in.h1Index() && all.get(i) != null) {
                t = plausible(reader.apply(all.get(i)));
            }
        }
        return t;
    }

    /**
     * The first date next to a headline ({@link VisibleDates#firstNearHeadline}), read from the end of the page's
     * title when the text repeats it: where the {@code <h1>} is the site's logo, the text around it holds the masthead
     * (with today's date) and the story's headline, whose dateline follows it; a date inside the headline names an
     * event, not the publication.
     */
    private Timestamp datelineAfterTitle(String text) {
        int end = titleEnd(text);
        if (end > 0) {
            Timestamp t = dates.firstNearHeadline(text.substring(end));
            if (t != null) {
                return t;
            }
        }
        return dates.firstNearHeadline(text);
    }

    /**
     * Where the page's title ({@link VisibleDates#titleForms}: og:title, {@code <title>}, their parts) first ends in
     * {@code text}, or -1.
     */
    private int titleEnd(String text) {
        if (titles == null) {
            titles = VisibleDates.titleForms(in.meta().get("og:title"), in.doc().title());
        }
        int best = -1;
        for (String title : titles) {
            int i = text.indexOf(title);
            if (i >= 0 && (best < 0 || i + title.length() < best)) {
                best = i + title.length();
            }
        }
        return best;
    }

    /** The (pruned) body's text, read once. */
    private String bodyText() {
        if (bodyText == null) {
            bodyText = in.doc().body().text();
        }
        return bodyText;
    }

    private Timestamp firstMeta(List<String> keys) {
        for (String k : keys) {
            Timestamp t = plausible(parseDeclared(in.meta().get(k)));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private Timestamp markedTime() {
        for (Element t : in.ix().times) {
            if (t.attr("itemprop").equalsIgnoreCase("datePublished") || t.hasAttr("pubdate")) {
                return parseDeclared(t.attr("datetime"));
            }
        }
        return null;
    }

    /** The first {@code <time datetime>} inside the headline's scope (the {@code <h1>}'s third ancestor). */
    private Timestamp timeNearHeadline() {
        NodeStats scope = in.h1Scope();
        for (int i = 0; scope != null && i < in.ix().times.size(); i++) {
            int order = in.ix().timeOrders.get(i);
            if (order >= scope.order && order < scope.end) {
                return parseDeclared(in.ix().times.get(i).attr("datetime"));
            }
        }
        return null;
    }

    /**
     * Whether the first JSON-LD object with a plausible {@code datePublished} is a web page object ({@code WebPage},
     * {@code AboutPage}, {@code CollectionPage}...), not an article, an event or a product.
     */
    boolean pageObjectDated() {
        for (JsonNode o : in.ld()) {
            if (plausible(parseDeclared(JsonLd.string(o, "datePublished"))) != null) {
                return JsonLd.types(o).stream().anyMatch(t -> t.endsWith("Page"));
            }
        }
        return false;
    }

    private Timestamp anyLd(String field) {
        for (JsonNode o : in.ld()) {
            Timestamp t = plausible(parseDeclared(JsonLd.string(o, field)));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** A machine-readable date (ISO 8601 and variants), else one written for people ({@code Sat, 19 Oct 2019}). */
    private Timestamp parseDeclared(String s) {
        return parseDeclared(s, dates);
    }

    /** As {@link #parseDeclared(String)}, dates written for people read with {@code dates}. */
    static Timestamp parseDeclared(String s, VisibleDates dates) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Timestamp t = DateParser.parse(s);
        return t != null ? t : dates.parseOne(s);
    }

    Timestamp plausible(Timestamp t) {
        return t != null && dates.plausible(t) ? t : null;
    }
}
