package org.verbatim.extract.html.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.verbatim.extract.html.dom.NodeStats;
import org.verbatim.model.Timestamp;

/**
 * The publication and update dates of a page, chosen by a cascade of sources, each with a measured confidence.
 *
 * <p>Sources, in cascade order ({@link Source}; its confidence is the share of right days when the source gives a
 * date, measured on the 1,000 htmldate pages, fundus agreeing within a few points): the JSON-LD article's
 * {@code datePublished}; a publication meta tag ({@code article:published_time}, parsely, sailthru, Dublin Core
 * issued...); a {@code <time>} marked as the publication; a date shown after a publication label ({@code Published},
 * {@code Veröffentlicht am}, {@code Publié le}, {@code 发布时间}...; {@code published-labels.txt}) next to the headline,
 * then in date-like or byline elements; the first {@code <time datetime>} near the headline; another JSON-LD object's
 * {@code datePublished}; the first date shown next to the headline (read before pruning, two-digit years allowed
 * there only); a labelled date anywhere in the body text (precise only where the page states nothing else); dates in date-like elements, bylines, any {@code <time>}; a generic meta date ({@code date},
 * {@code dc.date}: often the page's generation time, so late); the {@code <title>}; the URL's date; an element holding
 * nothing but a date ({@code <dd>12.01.2017</dd>}, read before pruning); the first date of the body text. The order is not simply by confidence: declared sources cover most pages and are kept first, and
 * the checks below let the more precise shown sources overrule them where they disagree.
 *
 * <p>The first source that gives a plausible date (not before {@link org.verbatim.extract.date.DateParser#MIN_YEAR},
 * not after today plus one day: pages carry no fetch date) is the candidate, then checked:
 * <ol>
 *   <li><b>local day</b> ({@link LocalDay}): a timestamp declared in UTC ({@code ...T02:25:00Z}) is shown in the
 *   page's own offset when the page states it (a zone-less twin, another offset); else the local day the page shows
 *   (URL, dateline) replaces it when one day off in the direction the hour allows.</li>
 *   <li><b>URL</b>: the URL's full date (confidence 0.98) replaces a candidate more than a day away.</li>
 *   <li><b>dateline</b>: the date shown next to the headline replaces a candidate more than a day away when more
 *   independent groups of sources (JSON-LD, meta, times, shown text, bylines, title, URL) give its day. A lone shown
 *   date never overrules a declared one: teasers and comments carry dates too.</li>
 * </ol>
 * Dates introduced as updates ({@code Updated}, {@code Aktualisiert}, {@code Mis à jour}...) are never taken as the
 * publication date; they give the modification date when none is declared. A page with no date gives {@code null},
 * never today.
 */
final class DateCascade {

    /** Where a candidate date comes from, with how far it is trusted (0..1). */
    enum Source {
        LD_ARTICLE(0.91, "ld"),
        META(0.94, "meta"),
        TIME_MARKED(0.94, "time"),
        LABELLED(0.99, "shown"),
        ELEMENT_LABELLED(1.0, "shown"),
        TIME_NEAR(0.95, "time"),
        LD_OTHER(0.92, "ld"),
        NEAR_HEADLINE(0.95, "shown"),
        BODY_LABELLED(0.71, "shown"),
        DATE_ELEMENT(0.87, "shown"),
        BYLINE(0.94, "byline"),
        TIME_ANY(0.93, "time"),
        META_WEAK(0.8, "meta"),
        TITLE(0.74, "title"),
        URL(0.98, "url"),
        DATE_LEAF(0.8, "shown"),
        BODY(0.53, "shown");

        /**
         * Share of right days when this source gives a date: measured on the 1,000 htmldate pages (fundus agrees
         * within a few points). The URL's date (0.98) is why it overrules the candidate when they are days apart.
         */
        final double confidence;
        /** Sources of one group read the same data (JSON-LD objects, meta tags, {@code <time>}s...): one vote. */
        final String group;

        Source(double confidence, String group) {
            this.confidence = confidence;
            this.group = group;
        }
    }

    /** A date one source gives. */
    record Candidate(Source source, Timestamp value) {
    }

    /**
     * The dates of a page; either may be {@code null}. {@code publishedIsUpdate}: the publication date is an update
     * stamp, the only date the page shows.
     */
    record Dates(Timestamp published, boolean publishedIsUpdate, Timestamp modified) {
    }

    /**
     * What the cascade reads: the parsed page, its index, its JSON-LD objects (and the article among them, or
     * {@code null}), its meta tags, and the index of the main {@code <h1>} in {@link PageIndex#h1s} (-1 if none).
     */
    record Inputs(Document doc, PageIndex ix, JsonNode article, List<JsonNode> ld, Map<String, String> meta,
                  int h1Index) {
        Element h1() {
            return h1Index < 0 ? null : ix.h1s.get(h1Index);
        }

        NodeStats h1Scope() {
            return h1Index < 0 ? null : ix.h1Scopes.get(h1Index);
        }

        /** The text around the main headline, read before pruning (empty when there is none). */
        String h1Near() {
            String s = h1Index < 0 || h1Index >= ix.h1Near.size() ? null : ix.h1Near.get(h1Index);
            return s == null ? "" : s;
        }
    }

    /** How many days the dateline may differ from the chosen date before it is weighed against it. */
    static final int DATELINE_SLACK_DAYS = 1;
    /** How many days a URL's date may differ from the chosen date before the URL's wins. */
    static final int URL_SLACK_DAYS = 1;

    private DateCascade() {
    }

    /** The publication and update dates of a page. */
    static Dates read(Inputs in) {
        DateSources s = new DateSources(in);
        Timestamp modified = s.modified();
        Candidate chosen = published(s, modified);
        Timestamp pub = chosen == null ? null : LocalDay.withStatedOffset(timed(chosen.value(), s), s);
        // a date the page shows chose the publication: the page shows more than an update (most pages stop here)
        Timestamp update = chosen != null && SHOWN.contains(chosen.source()) ? null : updateOnly(s);
        if (update != null && (pub == null || !pub.date().equals(update.date()))) {
            // the page shows an update stamp and no other date: readers know the story by that day
            Timestamp precise = modified != null && modified.date().equals(update.date()) ? modified : update;
            return new Dates(precise, true, modified == null ? update : modified);
        }
        return new Dates(pub, false, modified);
    }

    /**
     * {@code t} as the first source in cascade order that gives a time on its day states it, when {@code t} is a bare
     * day (the URL's, which overrules declared dates days away): the URL decides the day, a declaration or the
     * dateline of that same day adds the time. {@code t} itself when it has a time or no source times its day.
     */
    private static Timestamp timed(Timestamp t, DateSources s) {
        if (t.hasTime()) {
            return t;
        }
        for (Source src : Source.values()) {
            Timestamp other = src == Source.BODY || src == Source.BODY_LABELLED ? null : s.get(src);
            if (other != null && other.hasTime() && other.date().equals(t.date())) {
                return other;
            }
        }
        return t;
    }

    /** Sources a reader sees on the page (not the declared metadata, the title or the URL). */
    static final Set<Source> SHOWN = java.util.EnumSet.of(Source.TIME_MARKED, Source.LABELLED,
            Source.ELEMENT_LABELLED, Source.TIME_NEAR, Source.NEAR_HEADLINE, Source.BODY_LABELLED, Source.DATE_ELEMENT,
            Source.BYLINE, Source.TIME_ANY, Source.DATE_LEAF, Source.BODY);

    /**
     * The publication date and the source that gave it (before the checks), or {@code null}. {@code modified} is the
     * page's update date ({@link DateSources#modified}), or {@code null}.
     */
    private static Candidate published(DateSources s, Timestamp modified) {
        for (Source src : Source.values()) {
            Timestamp t = s.get(src);
            if (t != null) {
                if (src == Source.LD_OTHER && pageRecordOnly(s, modified)) {
                    return null;
                }
                Timestamp checked = urlCheck(LocalDay.adjust(t, s), s);
                Timestamp line = restampCheck(checked, src, s, modified);
                return new Candidate(src, line != checked ? line : datelineCheck(checked, src, s));
            }
        }
        return null;
    }

    /**
     * Whether the only date of the page is a web page object's {@code datePublished} ({@code WebPage},
     * {@code AboutPage}...: the content system's record of when the page was created) while the page declares its
     * last modification: a site's static page (a guide, a service page) that states no publication. A story declares
     * its publication as an article, in a meta tag or on the page; the page object's date alone, with no
     * modification declared, is still taken (blogs whose markup holds nothing else).
     */
    private static boolean pageRecordOnly(DateSources s, Timestamp modified) {
        if (modified == null || !s.pageObjectDated()) {
            return false;
        }
        for (Source src : Source.values()) {
            if (src != Source.LD_OTHER && s.get(src) != null) {
                return false;
            }
        }
        return true;
    }

    /** How close to the declared modification a declared publication date lies when it is a re-stamp. */
    static final int RESTAMP_DAYS = 2;

    /**
     * Shown dates that may stand against a re-stamped declared date, in order: the first older one decides. Cheap
     * to read (the dateline is read for every page anyway); the labelled date elements only confirm.
     */
    private static final Source[] RESTAMP_CONTENDERS = {Source.NEAR_HEADLINE, Source.TIME_MARKED,
        Source.LABELLED};
    /** Shown dates that confirm a contender's day. */
    private static final Source[] CONFIRMING = {Source.NEAR_HEADLINE, Source.TIME_MARKED, Source.TIME_NEAR,
        Source.LABELLED, Source.ELEMENT_LABELLED, Source.DATE_ELEMENT, Source.DATE_LEAF};

    /**
     * The date the page shows instead of a JSON-LD publication date {@code t} that the content system re-stamped:
     * {@code t} lies within {@link #RESTAMP_DAYS} of the declared modification, and the first of the
     * {@link #RESTAMP_CONTENDERS} older than {@code t} (the dateline next to the headline, a {@code <time>} marked as
     * the publication, a labelled date next to the headline) is shown by another element of the page too, with no
     * fewer groups of sources giving its day than {@code t}'s. Site migrations and plugins rewrite
     * {@code datePublished} to the day of the last edit, while the page still shows the day the story appeared.
     * {@code t} itself otherwise.
     */
    private static Timestamp restampCheck(Timestamp t, Source source, DateSources s, Timestamp modified) {
        if (modified == null || source != Source.LD_ARTICLE && source != Source.LD_OTHER
                || Math.abs(ChronoUnit.DAYS.between(t.date(), modified.date())) > RESTAMP_DAYS) {
            return t;
        }
        for (Source contender : RESTAMP_CONTENDERS) {
            Timestamp line = s.get(contender);
            if (line == null || !line.date().isBefore(t.date())) {
                continue;
            }
            if (!shownElsewhere(line.date(), contender, s)) {
                return t;
            }
            Set<String> forT = support(t.date(), s);
            forT.add(source.group);
            return support(line.date(), s).size() >= forT.size() ? line : t;
        }
        return t;
    }

    /** Whether a shown source other than {@code contender} ({@link #CONFIRMING}) gives {@code day}. */
    private static boolean shownElsewhere(LocalDate day, Source contender, DateSources s) {
        for (Source src : CONFIRMING) {
            Timestamp t = src == contender ? null : s.get(src);
            if (t != null && t.date().equals(day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The update stamp the page shows ({@link DateSources#shownUpdate}) when every other date it shows (the body text
     * aside) is of the same day; {@code null} otherwise.
     */
    private static Timestamp updateOnly(DateSources s) {
        Timestamp u = s.shownUpdate();
        if (u == null) {
            return null;
        }
        for (Source src : SHOWN) {
            Timestamp t = src == Source.BODY || src == Source.BODY_LABELLED ? null : s.get(src);
            if (t != null && !t.date().equals(u.date())) {
                return null;
            }
        }
        return u;
    }

    /**
     * The dateline next to the headline instead of {@code t} (from {@code source}) when they are more than
     * {@link #DATELINE_SLACK_DAYS} apart and more independent groups of sources give the dateline's day than
     * {@code t}'s: pages re-stamp their markup on migrations and re-publications, while readers see the dateline.
     * A lone dateline never overrides a declared date (teasers and comments carry dates too).
     */
    private static Timestamp datelineCheck(Timestamp t, Source source, DateSources s) {
        Timestamp line = source == Source.NEAR_HEADLINE ? null : s.get(Source.NEAR_HEADLINE);
        if (line == null || Math.abs(ChronoUnit.DAYS.between(line.date(), t.date())) <= DATELINE_SLACK_DAYS) {
            return t;
        }
        Set<String> forT = support(t.date(), s);
        forT.add(source.group);
        return support(line.date(), s).size() > forT.size() ? line : t;
    }

    /** The groups of sources that give {@code day} (the body text is left out: costly, and mostly the dateline). */
    private static Set<String> support(LocalDate day, DateSources s) {
        Set<String> groups = new HashSet<>();
        for (Source src : Source.values()) {
            Timestamp t = src == Source.BODY || src == Source.BODY_LABELLED ? null : s.get(src);
            if (t != null && t.date().equals(day)) {
                groups.add(src.group);
            }
        }
        return groups;
    }

    /**
     * The URL's date instead of {@code t} when they are more than {@link #URL_SLACK_DAYS} apart: a story's URL is
     * fixed when it is first published, while declared and shown dates get re-stamped by migrations and updates.
     * (Within the slack the URL is often the day the story was planned, so {@code t} stays.)
     */
    private static Timestamp urlCheck(Timestamp t, DateSources s) {
        Timestamp url = s.get(Source.URL);
        if (url == null || Math.abs(ChronoUnit.DAYS.between(url.date(), t.date())) <= URL_SLACK_DAYS) {
            return t;
        }
        return url;
    }

    /** Every source's date, for analysis and tests. */
    static Map<Source, Timestamp> survey(Inputs in) {
        DateSources s = new DateSources(in);
        Map<Source, Timestamp> out = new EnumMap<>(Source.class);
        for (Source src : Source.values()) {
            Timestamp t = s.get(src);
            if (t != null) {
                out.put(src, t);
            }
        }
        return out;
    }
}
