package org.verbatim.extract.html.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.verbatim.extract.date.DateMatch;
import org.verbatim.extract.html.dom.FragmentMatcher;
import org.verbatim.extract.html.dom.HintSet;
import org.verbatim.model.Timestamp;

/**
 * Publication dates a page shows rather than declares, for {@link DateCascade}: the text next to the headline
 * ({@link #nearHeadlineText}, read during the DOM pass before pruning removes datelines, bounded to
 * {@link #NEAR_CHARS} each side), dates introduced by a publication label ({@code published-labels.txt}), elements
 * whose class, id or itemprop names a date ({@code post-date}, {@code entry-meta}, {@code itemprop=datePublished}...),
 * all read with the multilingual visible-date parser ({@link org.verbatim.extract.date.DateParser}), skipping dates
 * introduced as an update ({@code update-words.txt}); two-digit years ({@code 28.01.22}) only next to the headline;
 * and, last, a full date in the URL path. Dates after tomorrow or before
 * {@link org.verbatim.extract.date.DateParser#MIN_YEAR} are rejected.
 *
 * <p>An instance reads dates relative to one reference day ("today": pages carry no fetch date, so the day the page
 * is read stands for it), given by the caller's clock, never the wall clock; it is immutable and thread-safe, made
 * once per page. The methods that do not depend on the day are static.
 */
public final class VisibleDates {
    /** Class/id/itemprop fragments (lower case) of elements that show a date. */
    static final List<String> DATE_HINTS = List.of("date", "time", "publish", "posted", "byline", "entry-meta",
            "post-meta", "article-meta", "created", "postdetail", "submitted", "stamp", "meta", "footer", "info", "dateline", "meta-info", "datum", "fecha", "data-pub");
    /** An element with longer text than this is a container, not a date line. */
    static final int MAX_TEXT = 250;
    static final FragmentMatcher DATE_MATCHER = new FragmentMatcher(DATE_HINTS);
    /** How many ancestors of the headline are climbed to find the text next to it (frameworks nest deeply). */
    static final int NEAR_LEVELS = 6;
    /** How much text around the headline is searched for a date. */
    static final int NEAR_CHARS = 300;
    /** Text blocks above the headline longer than this are not read for a date. */
    static final int MAX_BEFORE_BLOCK = 1000;
    /** Long texts are searched for dates in windows of this many characters... */
    static final int SCAN_WINDOW = 2000;
    /** ...overlapping by this many, more than any date with its time takes. */
    static final int SCAN_OVERLAP = 100;
    /** How many days after today a date may lie. */
    static final int FUTURE_DAYS = 1;
    /** How far before a date an update word may stand. */
    static final int UPDATE_WINDOW = 24;
    /** Update words, from {@code update-words.txt}. */
    static final List<String> UPDATE_WORDS = load("update-words.txt");
    /** Words that introduce a person's or account's date ({@code Joined}, {@code Mitglied seit}), from {@code profile-date-words.txt}. */
    static final List<String> PROFILE_WORDS = load("profile-date-words.txt");
    /** {@code 28.01.22}: day, month and a two-digit year, separated by dots, not part of a longer number. */
    private static final Pattern SHORT_YEAR = Pattern.compile(
            "(?<![0-9.,:])([0-3]?[0-9])\\.([01]?[0-9])\\.([0-9]{2})(?![0-9]|\\.[0-9])");
    /** Publication labels, from {@code published-labels.txt}. */
    static final List<String> PUBLISHED_LABELS = load("published-labels.txt");
    /** How far after a publication label its date may start. */
    static final int LABEL_WINDOW = 48;
    /** {@code /2024/05/03/}, {@code /2024-05-03}, {@code _20240503} in a URL path. */
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})[/_.-]?(0[1-9]|1[0-2])[/_.-]?(0[1-9]|[12][0-9]|3[01])(?![0-9])");
    /** {@code /2024/5/3/}: unpadded month and day, only between slashes. */
    private static final Pattern URL_DATE_UNPADDED = Pattern.compile(
            "/((?:19|20)[0-9]{2})/(1[0-2]|0?[1-9])/(3[01]|[12][0-9]|0?[1-9])(?=/|$)");

    /** The latest plausible day: the reference day plus {@link #FUTURE_DAYS}. */
    private final LocalDate latest;
    /** The year after the reference day's: the latest a two-digit year may stand for. */
    private final int nextYear;
    private final org.verbatim.extract.date.DateParser parser;

    /** Dates read relative to {@code today}, the day the page is read (in UTC). */
    public VisibleDates(LocalDate today) {
        this.latest = today.plusDays(FUTURE_DAYS);
        this.nextYear = today.getYear() + 1;
        this.parser = org.verbatim.extract.date.DateParser.of(today);
    }

    private VisibleDates(LocalDate latest, int nextYear, org.verbatim.extract.date.DateParser parser) {
        this.latest = latest;
        this.nextYear = nextYear;
        this.parser = parser;
    }

    /**
     * The same reading, but an all-numeric date whose first two numbers could both be a month is read month first
     * ({@code 03/09/2026} is 9 March): the dates of a page written for the United States ({@link #monthFirstLocale}).
     */
    VisibleDates monthFirst() {
        return new VisibleDates(latest, nextYear,
                parser.withOrder(org.verbatim.extract.date.NumericOrder.MONTH_FIRST));
    }

    /**
     * Whether a page's locale ({@code og:locale} {@code en_US}, {@code <html lang="en-US">}) is of the United States,
     * where all-numeric dates put the month first.
     */
    static boolean monthFirstLocale(String locale) {
        if (locale == null) {
            return false;
        }
        String s = locale.strip();
        int n = s.length();
        return n >= 3 && (s.charAt(n - 3) == '_' || s.charAt(n - 3) == '-')
                && s.regionMatches(true, n - 2, "us", 0, 2);
    }

    /** True when the element's class, id or itemprop suggests it shows a date; cheap enough for the DOM pass. */
    static boolean isDateish(Element e) {
        return e.attributesSize() > 0 && (DATE_MATCHER.matches(e.className()) || DATE_MATCHER.matches(e.id())
                || DATE_MATCHER.matches(e.attr("itemprop")));
    }

    /** A date leaf's text is at most this long ({@code Wednesday, 12 September 2024, 10:15 a.m.} fits). */
    static final int MAX_LEAF_CHARS = 48;
    /** A date leaf holds little besides its date: a weekday or a label ({@code Wednesday, }, {@code Datum: }). */
    static final int MAX_LEAF_EXTRA = 16;

    /**
     * True when the element's only child is a short text with a date's share of digits ({@code 12.01.2017},
     * {@code 23 January 2019}): a date standing alone in its own element. A character count, cheap enough for the
     * DOM pass; the text is parsed only if the cascade gets that far.
     */
    static boolean isDateLeaf(Element e) {
        if (e.childNodeSize() != 1 || !(e.childNode(0) instanceof TextNode t)) {
            return false;
        }
        String s = t.getWholeText();
        int from = 0;
        int to = s.length();
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++; // templates indent a date inside its element: the spaces are no text
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        if (to - from > MAX_LEAF_CHARS) {
            return false;
        }
        int digits = 0;
        for (int i = from; i < to; i++) {
            digits += Character.isDigit(s.charAt(i)) ? 1 : 0;
        }
        return digits >= 4 && digits <= 14;
    }

    /**
     * The first element of {@code leaves} whose text is one date with at most {@link #MAX_LEAF_EXTRA} other characters
     * ({@code <dd>12.01.2017</dd>}, not a sentence that mentions a date) and whose
     * preceding sibling does not introduce it as an update; {@code null} if none.
     */
    Timestamp fromLeaves(List<Element> leaves) {
        org.verbatim.extract.date.DateParser parser = parser();
        for (Element e : leaves) {
            String text = e.text();
            DateMatch m = parser.parse(text).isPresent() ? parser.find(text).orElse(null) : null;
            if (m != null && text.length() - (m.end() - m.start()) <= MAX_LEAF_EXTRA && plausible(m.value())
                    && !afterUpdateLabel(e)) {
                return m.value();
            }
        }
        return null;
    }

    static boolean afterUpdateLabel(Element e) {
        Element prev = e.previousElementSibling();
        String label = prev == null ? "" : prev.text();
        return label.length() <= MAX_LEAF_CHARS && notPublicationBefore(label, label.length());
    }

    /**
     * The text of {@code e}, or {@code null} when it is longer than {@link #MAX_TEXT}: a date-like or byline element
     * may be a container that holds the whole article, so its text is only built once its non-whitespace characters
     * are known to fit ({@link StandfirstChooser#boundedLength}).
     */
    static String shortText(Element e) {
        if (StandfirstChooser.boundedLength(e, MAX_TEXT + 1) > MAX_TEXT) {
            return null;
        }
        String text = e.text();
        return text.length() > MAX_TEXT ? null : text;
    }

    /** The first publication date shown by one of {@code elements} (document order), or {@code null}. */
    Timestamp fromElements(List<Element> elements) {
        org.verbatim.extract.date.DateParser parser = parser();
        for (Element e : elements) {
            for (String attr : new String[] {"datetime", "content", "title"}) {
                Timestamp t = DateParser.parse(e.attr(attr));
                if (t != null && plausible(t)) {
                    return t;
                }
            }
            String text = shortText(e);
            if (text == null) {
                continue;
            }
            Timestamp t = firstNotUpdate(parser, text);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** The first date in {@code text} not introduced by an update word, or {@code null}. */
    static Timestamp firstNotUpdate(org.verbatim.extract.date.DateParser parser, String text) {
        for (DateMatch m : parser.findAll(text)) {
            String before = text.substring(Math.max(0, m.start() - UPDATE_WINDOW), m.start()).toLowerCase(Locale.ROOT);
            if (!notPublicationBefore(before, before.length())) {
                return m.value();
            }
        }
        return null;
    }

    /**
     * The first date shown next to the headline: in the text that follows the {@code <h1>} within its parent and
     * grandparent (up to {@link #NEAR_CHARS}), else just before it (dates above headlines).
     */
    Timestamp nearHeadline(Element h1) {
        return h1 == null ? null : firstNotUpdate(parser(), nearHeadlineText(h1));
    }

    /**
     * The text next to the headline: what follows the {@code <h1>} within its parent and grandparent (up to
     * {@link #NEAR_CHARS}), then, after a line break, what stands just before it (up to {@link #NEAR_CHARS}).
     */
    static String nearHeadlineText(Element h1) {
        if (h1 == null) {
            return "";
        }
        StringBuilder after = new StringBuilder();
        StringBuilder before = new StringBuilder();
        Element e = h1;
        for (int level = 0; level < NEAR_LEVELS && e != null && after.length() < NEAR_CHARS; level++) {
            for (Element sib = e.nextElementSibling(); sib != null && after.length() < NEAR_CHARS;
                 sib = sib.nextElementSibling()) {
                appendText(sib, after, NEAR_CHARS);
            }
            Element prev = e.previousElementSibling();
            if (prev != null && before.length() < NEAR_CHARS) {
                StringBuilder p = new StringBuilder();
                appendText(prev, p, MAX_BEFORE_BLOCK);
                if (p.length() < MAX_BEFORE_BLOCK) { // a larger block above the headline is a menu, not a dateline
                    before.append(p, Math.max(0, p.length() - (NEAR_CHARS - before.length())), p.length());
                }
            }
            e = e.parent();
        }
        return after + "\n" + before;
    }

    /**
     * Appends the text of {@code el} (words separated by single spaces) to {@code sb}, stopping once {@code sb} is
     * {@code limit} long: a sibling of the headline may be the whole article, and only its start matters. Where an
     * element starts or ends between two digits ({@code <span>Mar 27, 2025</span><span>5 mins</span>}) a space keeps
     * them apart: styling sets such elements apart, and a date's year does not run on into the next element's number.
     */
    static void appendText(Element el, StringBuilder sb, int limit) {
        boolean[] boundary = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (sb.length() >= limit) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    if (boundary[0] && !text.isEmpty() && Character.isDigit(text.charAt(0)) && sb.length() > 0
                            && Character.isDigit(sb.charAt(sb.length() - 1))) {
                        sb.append(' ');
                    }
                    boundary[0] = false;
                    appendNormalized(text, sb, limit);
                } else if (node instanceof Element x) {
                    boundary[0] = true;
                    if (x.isBlock() && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                        sb.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                boundary[0] |= node instanceof Element;
                return FilterResult.CONTINUE;
            }
        }, el);
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
            sb.append(' ');
        }
    }

    private static void appendNormalized(String text, StringBuilder sb, int limit) {
        for (int i = 0; i < text.length() && sb.length() < limit; i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0';
            if (!space) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
        }
    }

    /**
     * The date introduced by a publication label ({@link #PUBLISHED_LABELS}: {@code Published 3 May 2024},
     * {@code Erschienen am: 01.11.2023}) in {@code text}: that of the label found first; {@code null} if none.
     */
    Timestamp labelled(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        Timestamp found = null;
        org.verbatim.extract.date.DateParser parser = null;
        for (String label : PUBLISHED_LABELS) {
            for (int i = lower.indexOf(label); i >= 0 && i < best; i = lower.indexOf(label, i + 1)) {
                if (!startsWord(lower, i, label)) {
                    continue;
                }
                int from = i + label.length();
                String window = text.substring(from, Math.min(text.length(), from + LABEL_WINDOW));
                parser = parser == null ? parser() : parser;
                java.util.Optional<DateMatch> m = parser.find(window);
                if (m.isPresent() && !notPublicationBefore(window, m.get().start())) {
                    best = i;
                    found = m.get().value();
                }
            }
        }
        return found;
    }

    /**
     * The first labelled date ({@link #labelled}) in the text of the date-like or byline elements (document order,
     * elements longer than {@link #MAX_TEXT} skipped), or {@code null}.
     */
    @SafeVarargs
    final Timestamp labelledIn(List<Element>... lists) {
        for (List<Element> elements : lists) {
            for (Element e : elements) {
                String text = shortText(e);
                Timestamp t = text != null ? labelled(text) : null;
                if (t != null && plausible(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The first date in {@code text} introduced by an update word ({@code Updated 3 May 2024}), or {@code null}. */
    Timestamp updateStamp(String text) {
        if (text == null || text.isEmpty() || !hasUpdateWord(text)) {
            return null; // the parser's patterns cost more than looking for the few update words first
        }
        for (DateMatch m : parser().findAll(text)) {
            int from = Math.max(0, m.start() - UPDATE_WINDOW);
            if (updateBefore(text.substring(from, m.start()), m.start() - from)) {
                return m.value();
            }
        }
        return null;
    }

    private static boolean hasUpdateWord(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : UPDATE_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the label at {@code i} starts a word (CJK labels need no boundary). */
    private static boolean startsWord(String lower, int i, String label) {
        return i == 0 || label.charAt(0) >= 0x2E80 || !Character.isLetter(lower.charAt(i - 1));
    }

    /**
     * Whether the text before {@code end} introduces the date there as not the publication's: an update
     * ({@link #UPDATE_WORDS}) or a profile's date ({@link #PROFILE_WORDS}: {@code Joined May 11, 2017}).
     */
    static boolean notPublicationBefore(String text, int end) {
        if (updateBefore(text, end)) {
            return true;
        }
        String before = text.substring(0, end).toLowerCase(Locale.ROOT);
        for (String w : PROFILE_WORDS) {
            for (int i = before.indexOf(w); i >= 0; i = before.indexOf(w, i + 1)) {
                if (i == 0 || !Character.isLetter(before.charAt(i - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean updateBefore(String text, int end) {
        String before = text.substring(0, end).toLowerCase(Locale.ROOT);
        return UPDATE_WORDS.stream().anyMatch(before::contains);
    }

    /** A string that states one date written for people ({@code Sat, 19 Oct 2019 00:04:00 +0200}), or null. */
    Timestamp parseOne(String s) {
        return parser().parse(s).orElse(null);
    }

    /**
     * The first date in the text next to a headline: any date the parser reads, else a numeric date with a two-digit
     * year ({@code 28.01.22}, {@code 8.5.12}), which only a dateline next to the headline makes trustworthy.
     */
    Timestamp firstNearHeadline(String text) {
        Timestamp t = firstInText(text);
        return t != null ? t : shortYear(text);
    }

    /** Titles shorter than this are not searched for in the text (a word or two repeats by chance). */
    static final int MIN_TITLE_CHARS = 20;
    /** What separates a {@code <title>}'s story from the site's name. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(" [|\u2013\u2014-] | \u00bb | :: ");

    /**
     * The forms in which a page's title may be repeated in its text (single-spaced, at least
     * {@link #MIN_TITLE_CHARS} long): the og:title, the {@code <title>}, and the parts of either around a
     * separator ({@code Story - Site}, {@code Section - "Quote"}).
     */
    static List<String> titleForms(String ogTitle, String title) {
        List<String> out = new java.util.ArrayList<>(4);
        for (String s : new String[] {ogTitle, title}) {
            if (s != null) {
                addForm(s, out);
                for (String part : TITLE_SEPARATOR.split(s)) {
                    addForm(part, out);
                }
            }
        }
        return out;
    }

    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\u00a0]+");

    private static void addForm(String s, List<String> out) {
        String t = SPACE_RUN.matcher(s.strip()).replaceAll(" ");
        if (t.length() >= MIN_TITLE_CHARS && !out.contains(t)) {
            out.add(t);
        }
    }

    /** The first {@code d.m.yy} date in {@code text} (years 1990 to next year), or {@code null}. */
    Timestamp shortYear(String text) {
        if (text == null || text.indexOf('.') < 0) {
            return null;
        }
        Matcher m = SHORT_YEAR.matcher(text);
        while (m.find()) {
            int yy = Integer.parseInt(m.group(3));
            int year = 2000 + yy <= nextYear ? 2000 + yy : 1900 + yy;
            try {
                Timestamp t = new Timestamp(LocalDate.of(year, Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
                if (plausible(t) && !notPublicationBefore(text.substring(Math.max(0, m.start() - UPDATE_WINDOW)),
                        Math.min(m.start(), UPDATE_WINDOW))) {
                    return t;
                }
            } catch (java.time.DateTimeException e) {
                // not a day: keep looking
            }
        }
        return null;
    }

    /** The first date anywhere in the (pruned) body text, or {@code null}: the last resort. */
    Timestamp firstInText(String text) {
        if (text == null) {
            return null;
        }
        org.verbatim.extract.date.DateParser parser = parser();
        // read in windows: the first date is usually early, and the parser's patterns cost per character
        for (int from = 0; from < text.length(); from += SCAN_WINDOW - SCAN_OVERLAP) {
            int to = Math.min(text.length(), from + SCAN_WINDOW);
            boolean last = to == text.length();
            String window = text.substring(from, to);
            for (DateMatch m : parser.findAll(window)) {
                if (!last && m.start() >= SCAN_WINDOW - SCAN_OVERLAP) {
                    break; // may be cut at the window's end: the next window reads it whole
                }
                if (!notPublicationBefore(window.substring(Math.max(0, m.start() - UPDATE_WINDOW), m.start()),
                        Math.min(m.start(), UPDATE_WINDOW))) {
                    return m.value();
                }
            }
            if (last) {
                break;
            }
        }
        return null;
    }

    /** A full date in the URL's path, or {@code null}. */
    Timestamp fromUrl(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        int path = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (path < 0) {
            return null;
        }
        String p = url.substring(path);
        Matcher m = URL_DATE.matcher(p);
        if (!m.find()) {
            m = URL_DATE_UNPADDED.matcher(p);
            if (!m.find()) {
                return null;
            }
        }
        try {
            Timestamp t = new Timestamp(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
            return plausible(t) ? t : null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * Not after the day after the reference day (pages carry no fetch date, so the day they are read stands for it; a
     * day of slack covers time zones)
     * and not before the earliest plausible year.
     */
    boolean plausible(Timestamp t) {
        LocalDate d = t.date();
        return d.getYear() >= org.verbatim.extract.date.DateParser.MIN_YEAR && !d.isAfter(latest);
    }

    /** The visible-date parser of the reference day. */
    org.verbatim.extract.date.DateParser parser() {
        return parser;
    }

    private static List<String> load(String name) {
        return HintSet.readLines(name);
    }
}
