package org.verbatim.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Why a wcxb article's title, date or byline missed the gold, by kind: the miss listing that metadata rules are
 * decided on (over folds 0-3 only; {@link WcxbEval} counts the kinds per group and writes each page's kind to the
 * report). Every method returns {@code null} for a page that is right (or whose gold is silent).
 */
final class WcxbMisses {
    /** Date misses. */
    static final List<String> DATE_KINDS = List.of("none_given", "given_no_gold", "off_by_day", "modified_is_gold",
            "update_taken", "wrong_day");
    /** Title misses. */
    static final List<String> TITLE_KINDS = List.of("none_given", "suffix_kept", "cut_short", "other_heading");
    /** Byline misses. */
    static final List<String> AUTHOR_KINDS = List.of("none_found", "extra_names", "partial", "wrong_names");
    /** What separates a site or section suffix from a title. */
    private static final List<String> SUFFIX_SEPARATORS = List.of(" - ", " | ", " : ", ": ", " / ", " · ", " • ");

    private WcxbMisses() {
    }

    /**
     * The kind of a date miss: no date given where the gold has one; a date given where the gold has none; one day
     * off; our modification date is the gold's (so the publication date we gave is another); an update stamp taken
     * for the publication date and wrong; any other wrong day.
     */
    static String date(String goldDay, String ourDay, String ourModifiedDay, boolean publishedIsUpdate) {
        if (goldDay.equals(ourDay)) {
            return null;
        }
        if (ourDay.isEmpty()) {
            return "none_given";
        }
        if (goldDay.isEmpty()) {
            return "given_no_gold";
        }
        if (daysApart(goldDay, ourDay) == 1) {
            return "off_by_day";
        }
        if (goldDay.equals(ourModifiedDay)) {
            return "modified_is_gold";
        }
        return publishedIsUpdate ? "update_taken" : "wrong_day";
    }

    /**
     * The kind of a title miss (both compared in the metric's form, {@link WcxbMetric#norm}): none given; ours is the
     * gold with a suffix after a separator; ours is the gold's start only; another heading or declared title.
     */
    static String title(String gold, String ours) {
        if (gold == null || gold.isEmpty() || WcxbMetric.titleMatches(gold, ours)) {
            return null;
        }
        String g = WcxbMetric.norm(gold);
        String o = WcxbMetric.norm(ours);
        if (o.isEmpty()) {
            return "none_given";
        }
        for (String sep : SUFFIX_SEPARATORS) {
            if (o.startsWith(g + sep) || o.startsWith(g + " " + sep.strip() + " ")) {
                return "suffix_kept";
            }
        }
        return g.startsWith(o) ? "cut_short" : "other_heading";
    }

    /**
     * The kind of a byline miss, on the metric's name sets ({@link WcxbMetric#goldNames}): nothing credited; the gold's
     * names and more; some of the gold's names only; names that are not the gold's.
     */
    static String authors(String goldByline, List<String> credited) {
        if (goldByline == null || goldByline.isEmpty()) {
            return null;
        }
        Set<String> gold = WcxbMetric.goldNames(goldByline);
        Set<String> ours = new java.util.LinkedHashSet<>();
        for (String c : credited) {
            if (!WcxbMetric.norm(c).isEmpty()) {
                ours.add(WcxbMetric.norm(c.strip()));
            }
        }
        if (ours.equals(gold)) {
            return null;
        }
        if (ours.isEmpty()) {
            return "none_found";
        }
        if (ours.containsAll(gold)) {
            return "extra_names";
        }
        return gold.containsAll(ours) ? "partial" : "wrong_names";
    }

    private static long daysApart(String a, String b) {
        try {
            return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b)));
        } catch (DateTimeParseException e) {
            return Long.MAX_VALUE; // a month-only gold ("2003-11") is no day
        }
    }
}
