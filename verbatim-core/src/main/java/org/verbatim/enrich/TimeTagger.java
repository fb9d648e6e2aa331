package org.verbatim.enrich;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.language.Words;
import org.verbatim.model.Span;
import org.verbatim.model.TimeExpression;

/**
 * Finds time expressions and normalises them against the publication date: "on Monday" (the Monday on or before
 * it), "last month", "February 2022", "24 Jan, 2024 07:41", "the early 1990s" (199X), "three years ago", German
 * "am Montag", "im Februar 2022", "letzte Woche". Without a publication date, relative expressions get a
 * {@code null} value. Word lists live in {@code time-words.tsv}. Immutable and thread-safe.
 */
final class TimeTagger {
    private record Word(String kind, String value) {
    }

    private record Hit(int end, String value) {
    }

    private static final Map<String, Word> WORDS = words();
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2099;

    private static Map<String, Word> words() {
        Map<String, Word> m = new HashMap<>();
        for (String line : Lexicon.lines("time-words.tsv")) {
            String[] f = line.split("\t");
            m.put(f[0], new Word(f[1], f[2]));
        }
        return Map.copyOf(m);
    }

    /** Month and weekday names: capitalised, but never part of a person's name. */
    /** Heads of time expressions that are never anybody's name ("Am Donnerstag", "vergangene Woche"). */
    private static final Set<String> TIME_HEADS = Set.of("month", "months", "monat", "monate", "monaten", "day",
            "days", "tag", "tage", "tagen", "morning", "morgen", "evening", "abend", "night", "nacht", "afternoon",
            "nachmittag", "vormittag", "weekend", "wochenende", "uhr", "weeks", "wochen", "years", "jahre", "jahren");

    /** A month, weekday, relative day or time unit: the head of a date, never a speaker. */
    static boolean isTimeWord(String lower) {
        Word w = WORDS.get(lower);
        return w != null && (w.kind().equals("month") && !lower.equals("may") || w.kind().equals("weekday")
                || w.kind().equals("day") || w.kind().equals("unit")) || TIME_HEADS.contains(lower);
    }

    /** Any word of the time vocabulary ("last", "next", "heute", months, weekdays, units). */
    static boolean isTimeVocabulary(String lower) {
        return WORDS.containsKey(lower) || TIME_HEADS.contains(lower);
    }

    /**
     * A month name, "May" too, with a day number right after or before it ("May 6", "6 May"): a date, never a
     * speaker.
     */
    static boolean isDayOfMonth(Doc d, int i) {
        Word w = WORDS.get(d.lower[i]);
        if (w == null || !w.kind().equals("month")) {
            return false;
        }
        int s = d.sentenceOf[i];
        return i + 1 < d.sentLast[s] && isDayNumber(d.lower[i + 1])
                || i > d.sentFirst[s] && isDayNumber(d.lower[i - 1]);
    }

    /**
     * A word that stands as a date here, never as a name: a weekday or a month, possessive too ("Thursday's storms"),
     * and "May" after a word that opens a month ({@code month-openers}: "in May", "back in May", "last May") or
     * before a year ("May 2024"), unless possessive ("in May's view" is Theresa May's).
     */
    static boolean isDateWord(Doc d, int i) {
        String bare = EntityFinder.stripPossessive(d.lower[i]);
        if (isCalendarWord(bare)) {
            return true;
        }
        if (!d.lower[i].equals("may")) {
            return false; // "in May's view" is Theresa May's
        }
        int s = d.sentenceOf[i];
        return i > d.sentFirst[s] && Words.of(d.language, "month-openers").contains(d.lower[i - 1])
                || i + 1 < d.sentLast[s] && isYear(d, i + 1);
    }

    private static boolean isDayNumber(String w) {
        return !w.isEmpty() && w.length() <= 2 && w.chars().allMatch(Character::isDigit);
    }

    /** A weekday name ("monday", "freitag"). */
    static boolean isWeekday(String lower) {
        Word w = WORDS.get(lower);
        return w != null && w.kind().equals("weekday");
    }

    static boolean isCalendarWord(String lower) {
        Word w = WORDS.get(lower);
        return w != null && (w.kind().equals("month") && !lower.equals("may") || w.kind().equals("weekday"));
    }

    List<TimeExpression> tag(Doc d, LocalDate published) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < d.tokens(); i++) {
            Hit h = match(d, i, published);
            if (h != null) {
                Span span = new Span(d.start[i], d.end[h.end() - 1]);
                out.add(new TimeExpression(span.of(d.text), span, h.value()));
                i = h.end() - 1;
            }
        }
        return out;
    }

    private Hit match(Doc d, int i, LocalDate pub) {
        int last = d.sentLast[d.sentenceOf[i]];
        Hit h = dayMonthYear(d, i, last);
        if (h == null) {
            h = monthDayYear(d, i, last, pub);
        }
        if (h == null) {
            h = decade(d, i, last);
        }
        if (h == null) {
            h = weekday(d, i, last, pub);
        }
        if (h == null) {
            h = relative(d, i, last, pub);
        }
        if (h == null) {
            h = ago(d, i, last, pub);
        }
        if (h == null && isYear(d, i) && i > 0 && isYearPreposition(d.lower[i - 1])) {
            h = new Hit(i + 1, d.token(i));
        }
        return h;
    }

    private static boolean isYearPreposition(String w) {
        return w.equals("in") || w.equals("since") || w.equals("until") || w.equals("by") || w.equals("im")
                || w.equals("seit") || w.equals("bis") || w.equals("of") || w.equals("jahr");
    }

    private static Word word(Doc d, int i, String kind) {
        if (i >= d.tokens()) {
            return null;
        }
        Word w = WORDS.get(d.lower[i]);
        return w != null && w.kind().equals(kind) ? w : null;
    }

    private static boolean isYear(Doc d, int i) {
        if (i >= d.tokens() || d.end[i] - d.start[i] != 4) {
            return false;
        }
        int y = number(d, i);
        return y >= MIN_YEAR && y <= MAX_YEAR;
    }

    private static int number(Doc d, int i) {
        int v = 0;
        for (int k = d.start[i]; k < d.end[i]; k++) {
            char c = d.text.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
            if (v > 100000) {
                return -1;
            }
        }
        return v;
    }

    /** Day number, allowing the German "24." (the tokenizer keeps no period on digits, so it follows). */
    private static int day(Doc d, int i) {
        int v = i < d.tokens() ? number(d, i) : -1;
        return v >= 1 && v <= 31 ? v : -1;
    }

    /** "24 Jan, 2024 07:41", "24. Januar 2024", "24 January". */
    private Hit dayMonthYear(Doc d, int i, int last) {
        int day = day(d, i);
        if (day < 0) {
            return null;
        }
        int j = i + 1;
        if (j < last && d.is(j, '.')) {
            j++;
        }
        Word m = j < last ? word(d, j, "month") : null;
        if (m == null) {
            return null;
        }
        j++;
        if (j < last && d.is(j, ',')) {
            j++;
        }
        if (j < last && isYear(d, j)) {
            String date = String.format("%04d-%02d-%02d", number(d, j), Integer.parseInt(m.value()), day);
            return withTime(d, j + 1, last, date);
        }
        return null;
    }

    /** An "HH:MM" right after a date makes it a date-time. */
    private static Hit withTime(Doc d, int j, int last, String date) {
        if (j + 2 < last && number(d, j) >= 0 && number(d, j) < 24 && d.is(j + 1, ':') && number(d, j + 2) >= 0
                && number(d, j + 2) < 60 && d.end[j + 2] - d.start[j + 2] == 2) {
            return new Hit(j + 3, String.format("%sT%02d:%02d", date, number(d, j), number(d, j + 2)));
        }
        return new Hit(j, date);
    }

    /** "February 2022", "January 24, 2024", "Jan. 24" (year from the publication date). */
    private Hit monthDayYear(Doc d, int i, int last, LocalDate pub) {
        Word m = word(d, i, "month");
        if (m == null || d.lower[i].equals("may") && !d.isCapitalised(i)) {
            return null;
        }
        int month = Integer.parseInt(m.value());
        if (i + 1 < last && isYear(d, i + 1)) {
            return new Hit(i + 2, String.format("%04d-%02d", number(d, i + 1), month));
        }
        int day = i + 1 < last ? day(d, i + 1) : -1;
        if (day < 0 || !d.isCapitalised(i)) {
            return null;
        }
        int j = i + 2;
        if (j + 1 < last && d.is(j, ',') && isYear(d, j + 1)) {
            return new Hit(j + 2, String.format("%04d-%02d-%02d", number(d, j + 1), month, day));
        }
        if (pub == null) {
            return new Hit(j, null);
        }
        int year = month > pub.getMonthValue() + 1 ? pub.getYear() - 1 : pub.getYear();
        return new Hit(j, String.format("%04d-%02d-%02d", year, month, day));
    }

    /** "the early 1990s" -> 199X; "the 1990s", "in den 1990er Jahren". */
    private Hit decade(Doc d, int i, int last) {
        int j = i;
        boolean the = d.lower[j].equals("the");
        if (the) {
            j++;
        }
        if (j < last && word(d, j, "part") != null) {
            j++;
            if (j < last && d.is(j, '-')) {
                j++;
            }
        }
        if (j >= last) {
            return null;
        }
        String w = d.lower[j];
        String digits = w.endsWith("s") ? w.substring(0, w.length() - 1) : w.endsWith("er") ? w.substring(0,
                w.length() - 2) : null;
        if (digits == null || digits.length() != 4 || !digits.endsWith("0") || !digits.chars().allMatch(
                Character::isDigit)) {
            return null;
        }
        int end = j + 1;
        if (w.endsWith("er") && end < last && d.lower[end].equals("jahren")) {
            end++;
        }
        return new Hit(end, digits.substring(0, 3) + "X");
    }

    /** "on Monday", "last Friday", "next Tuesday", "am Montag". */
    private Hit weekday(Doc d, int i, int last, LocalDate pub) {
        int j = i;
        int shift = 0;
        boolean lead = d.lower[i].equals("on") || d.lower[i].equals("am");
        Word s = word(d, i, "shift");
        if (lead || s != null) {
            j++;
            shift = s == null ? 0 : Integer.parseInt(s.value());
        }
        Word w = j < last ? word(d, j, "weekday") : null;
        if (w == null || !d.isCapitalised(j)) {
            return null;
        }
        if (pub == null) {
            return new Hit(j + 1, null);
        }
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(w.value()));
        int back = Math.floorMod(pub.getDayOfWeek().getValue() - dow.getValue(), 7);
        LocalDate date = shift > 0 ? pub.plusDays(7 - back == 0 ? 7 : 7 - back) : pub.minusDays(back);
        if (shift < 0 && back == 0) {
            date = pub.minusDays(7);
        }
        return new Hit(j + 1, date.toString());
    }

    /** "yesterday", "last month", "this year", "next week", "letzte Woche". */
    private Hit relative(Doc d, int i, int last, LocalDate pub) {
        Word day = word(d, i, "day");
        if (day != null) {
            return new Hit(i + 1, pub == null ? null : pub.plusDays(Integer.parseInt(day.value())).toString());
        }
        Word s = word(d, i, "shift");
        Word unit = s != null && i + 1 < last ? word(d, i + 1, "unit") : null;
        if (unit == null) {
            return null;
        }
        if (pub == null) {
            return new Hit(i + 2, null);
        }
        return new Hit(i + 2, shifted(pub, unit.value(), Integer.parseInt(s.value())));
    }

    private static String shifted(LocalDate pub, String unit, int n) {
        switch (unit) {
            case "week":
                LocalDate w = pub.plusWeeks(n);
                return String.format("%04d-W%02d", w.get(IsoFields.WEEK_BASED_YEAR),
                        w.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month":
                return YearMonth.from(pub).plusMonths(n).toString();
            default:
                return Integer.toString(pub.getYear() + n);
        }
    }

    /** "three years ago", "2 weeks ago". */
    private Hit ago(Doc d, int i, int last, LocalDate pub) {
        if (i + 2 >= last || !d.lower[i + 2].equals("ago")) {
            return null;
        }
        int n = number(d, i);
        if (n < 0) {
            n = COUNTS.getOrDefault(d.lower[i], -1);
        }
        String unit = d.lower[i + 1].endsWith("s") ? d.lower[i + 1].substring(0, d.lower[i + 1].length() - 1)
                : d.lower[i + 1];
        if (n < 0 || !(unit.equals("day") || unit.equals("week") || unit.equals("month") || unit.equals("year"))) {
            return null;
        }
        if (pub == null) {
            return new Hit(i + 3, null);
        }
        String v = unit.equals("day") ? pub.minusDays(n).toString() : shifted(pub, unit, -n);
        return new Hit(i + 3, v);
    }

    private static final Map<String, Integer> COUNTS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "eight", 8, "ten", 10);
}
