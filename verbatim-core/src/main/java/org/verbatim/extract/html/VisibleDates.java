package org.verbatim.extract.html;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.verbatim.extract.date.DateMatch;
import org.verbatim.model.Timestamp;

/**
 * Publication dates a page shows rather than declares: elements whose class, id or itemprop names a date
 * ({@code post-date}, {@code entry-meta}, {@code itemprop=datePublished}...), read with the multilingual visible-date
 * parser, skipping dates introduced as an update; and, last, a full date in the URL path. Dates after today (plus
 * the parser's slack) or before {@link org.verbatim.extract.date.DateParser#MIN_YEAR} are rejected.
 */
final class VisibleDates {
    /** Class/id/itemprop fragments (lower case) of elements that show a date. */
    static final List<String> DATE_HINTS = List.of("date", "time", "publish", "posted", "byline", "entry-meta",
            "post-meta", "article-meta", "created", "postdetail", "submitted", "stamp", "meta", "footer", "info", "dateline", "meta-info", "datum", "fecha", "data-pub");
    /** An element with longer text than this is a container, not a date line. */
    static final int MAX_TEXT = 250;
    private static final FragmentMatcher DATE_MATCHER = new FragmentMatcher(DATE_HINTS);
    /** How much text around the headline is searched for a date. */
    static final int NEAR_CHARS = 300;
    /** How far before a date an update word may stand. */
    static final int UPDATE_WINDOW = 24;
    /** Update words, from {@code update-words.txt}. */
    static final List<String> UPDATE_WORDS = load("update-words.txt");
    /** {@code /2024/05/03/}, {@code /2024-05-03}, {@code _20240503} in a URL path. */
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})[/_.-]?(0[1-9]|1[0-2])[/_.-]?(0[1-9]|[12][0-9]|3[01])(?![0-9])");

    private VisibleDates() {
    }

    /** True when the element's class, id or itemprop suggests it shows a date; cheap enough for the DOM pass. */
    static boolean isDateish(Element e) {
        return e.attributesSize() > 0 && (DATE_MATCHER.matches(e.className()) || DATE_MATCHER.matches(e.id())
                || DATE_MATCHER.matches(e.attr("itemprop")));
    }

    /** The first publication date shown by one of {@code elements} (document order), or {@code null}. */
    static Timestamp fromElements(List<Element> elements) {
        org.verbatim.extract.date.DateParser parser = parser();
        for (Element e : elements) {
            for (String attr : new String[] {"datetime", "content", "title"}) {
                Timestamp t = DateParser.parse(e.attr(attr));
                if (t != null && plausible(t)) {
                    return t;
                }
            }
            String text = e.text();
            if (text.length() > MAX_TEXT) {
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
            if (UPDATE_WORDS.stream().noneMatch(before::contains)) {
                return m.value();
            }
        }
        return null;
    }

    /**
     * The first date shown next to the headline: in the text that follows the {@code <h1>} within its parent and
     * grandparent (up to {@link #NEAR_CHARS}), else just before it (dates above headlines).
     */
    static Timestamp nearHeadline(Element h1) {
        if (h1 == null) {
            return null;
        }
        StringBuilder after = new StringBuilder();
        StringBuilder before = new StringBuilder();
        Element e = h1;
        for (int level = 0; level < 3 && e != null && after.length() < NEAR_CHARS; level++) {
            for (Element sib = e.nextElementSibling(); sib != null && after.length() < NEAR_CHARS;
                 sib = sib.nextElementSibling()) {
                after.append(sib.text()).append(' ');
            }
            Element prev = e.previousElementSibling();
            if (prev != null && before.length() < NEAR_CHARS) {
                before.append(prev.text()).append(' ');
            }
            e = e.parent();
        }
        org.verbatim.extract.date.DateParser parser = parser();
        String a = after.length() > NEAR_CHARS ? after.substring(0, NEAR_CHARS) : after.toString();
        Timestamp t = firstNotUpdate(parser, a);
        if (t == null) {
            String b = before.length() > NEAR_CHARS ? before.substring(before.length() - NEAR_CHARS) : before.toString();
            t = firstNotUpdate(parser, b);
        }
        return t;
    }

    /** The first date anywhere in the (pruned) body text, or {@code null}: the last resort. */
    static Timestamp firstInText(String text) {
        return text == null ? null : firstNotUpdate(parser(), text);
    }

    /** A full date in the URL's path, or {@code null}. */
    static Timestamp fromUrl(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        int path = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (path < 0) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url.substring(path));
        if (!m.find()) {
            return null;
        }
        try {
            Timestamp t = new Timestamp(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
            return plausible(t) ? t : null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Not in the future (beyond the parser's slack) and not before the earliest plausible year. */
    static boolean plausible(Timestamp t) {
        LocalDate d = t.date();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return d.getYear() >= org.verbatim.extract.date.DateParser.MIN_YEAR
                && !d.isAfter(today.plusDays(org.verbatim.extract.date.DateParser.MAX_DAYS_AHEAD));
    }

    private static org.verbatim.extract.date.DateParser parser() {
        return org.verbatim.extract.date.DateParser.of(LocalDate.now(ZoneOffset.UTC));
    }

    private static List<String> load(String name) {
        return org.verbatim.internal.Resources.lines(VisibleDates.class, name);
    }
}
