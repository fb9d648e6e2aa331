package org.verbatim.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Timestamp;

/**
 * Parses dates as pages show them to readers, in many languages: {@code 24 Jan, 2024 07:41},
 * {@code January 24, 2024 at 7:41 a.m. EST}, {@code 3. März 2024, 14:05 Uhr}, {@code 24/01/2024},
 * {@code 2024-01-24T07:41:00+01:00}, {@code 24 de enero de 2024}, {@code 24 января 2024}, {@code 2024年1月24日}...
 *
 * <p>Month names, connectors ({@code de}, {@code at}, {@code um}), time suffixes ({@code Uhr}), AM/PM markers and
 * zone abbreviations are data ({@code months.properties}, {@code date-words.properties}). A time that follows the date
 * (or directly precedes it: {@code 07:41, 24 January 2024}) is included; a zone or offset makes the result an
 * {@link OffsetDateTime}, a time without one a {@link LocalDateTime}, a bare date a {@link LocalDate}.
 *
 * <p>Implausible dates are rejected: impossible days, years before {@value #MIN_YEAR}, and days more than
 * {@value #MAX_DAYS_AHEAD} days after the reference date (pages are not dated in the future; the slack covers time
 * zones). Instances are immutable and thread-safe; the patterns are compiled once per class.
 */
public final class DateParser {
    /** Earliest plausible year of a news page's date. */
    public static final int MIN_YEAR = 1990;
    /** How many days after the reference date a date may lie. */
    public static final int MAX_DAYS_AHEAD = 2;

    /** What {@link #offset} drops from a zone offset: GMT or UTC (any case) and spaces; compiled once. */
    private static final Pattern ZONE_NOISE = Pattern.compile("(?i)gmt|utc|\\s");
    private static final DateVocabulary WORDS = DateVocabulary.load();
    private static final Patterns PATTERNS = new Patterns(WORDS);

    private final LocalDate reference;
    private final NumericOrder order;

    private DateParser(LocalDate reference, NumericOrder order) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.order = Objects.requireNonNull(order, "order");
    }

    /** A parser that accepts dates up to {@code reference} (plus slack) and reads {@code 01/02/2024} day first. */
    public static DateParser of(LocalDate reference) {
        return new DateParser(reference, NumericOrder.DAY_FIRST);
    }

    /** A parser with an explicit order for ambiguous all-numeric dates. */
    public static DateParser of(LocalDate reference, NumericOrder order) {
        return new DateParser(reference, order);
    }

    /** The same parser with another order for ambiguous all-numeric dates. */
    public DateParser withOrder(NumericOrder newOrder) {
        return new DateParser(reference, newOrder);
    }

    /**
     * Parses a string that states one date: the text around the date may hold words ({@code Published:},
     * {@code Wednesday,}) but no other digit. Returns empty for anything else, and never throws.
     */
    public Optional<Timestamp> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Optional<DateMatch> m = find(s);
        if (m.isEmpty() || hasDigit(s, 0, m.get().start()) || hasDigit(s, m.get().end(), s.length())) {
            return Optional.empty();
        }
        return Optional.of(m.get().value());
    }

    /** The first plausible date(time) in {@code line}, or empty; never throws. */
    public Optional<DateMatch> find(CharSequence line) {
        List<DateMatch> all = findAll(line);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** All plausible, non-overlapping date(time)s in {@code line}, in order. */
    public List<DateMatch> findAll(CharSequence line) {
        if (line == null || line.isEmpty()) {
            return List.of();
        }
        String s = asciiDigits(line);
        int[] windows = yearWindows(s);
        if (windows.length == 0) {
            return List.of(); // every accepted form has a four-digit year: skip the patterns on most lines
        }
        List<DateMatch> found = new ArrayList<>();
        for (DateForm form : PATTERNS.forms) {
            // Transparent, non-anchoring bounds: inside a window the patterns see the whole line, as in a full scan.
            Matcher m = form.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            for (int w = 0; w < windows.length; w += 2) {
                m.region(windows[w], windows[w + 1]);
                while (m.find()) {
                    DateMatch dm = toMatch(form, m, s);
                    if (dm != null) {
                        found.add(dm);
                    }
                }
            }
        }
        return nonOverlapping(found);
    }

    /** How far a date's text may reach before its year ({@code Wednesday, 24th of September 2024}). */
    static final int MAX_CHARS_BEFORE_YEAR = 80;
    /** How far a date's text may reach after its year ({@code 2024-09-24T07:41:00.000+02:00}, {@code 2024年9月24日}). */
    static final int MAX_CHARS_AFTER_YEAR = 64;

    /**
     * The stretches of {@code s} that can hold a date, as merged {@code [start, end)} pairs: every accepted form
     * contains a year (a run of exactly four digits starting with 1 or 2), so the patterns only run around years.
     * On long texts this is most of the saving: each pattern costs per character scanned, and years are sparse.
     */
    private static int[] yearWindows(String s) {
        int[] out = new int[8];
        int count = 0;
        int run = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                run++;
                continue;
            }
            if (run == 4 && (s.charAt(i - 4) == '1' || s.charAt(i - 4) == '2')) {
                int from = Math.max(0, i - 4 - MAX_CHARS_BEFORE_YEAR);
                int to = Math.min(s.length(), i + MAX_CHARS_AFTER_YEAR);
                if (count > 0 && from <= out[count - 1]) {
                    out[count - 1] = to; // overlaps the previous window: extend it
                } else {
                    if (count == out.length) {
                        out = java.util.Arrays.copyOf(out, count * 2);
                    }
                    out[count++] = from;
                    out[count++] = to;
                }
            }
            run = 0;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private DateMatch toMatch(DateForm form, Matcher m, String s) {
        LocalDate day = form.day(m, order);
        if (day == null || !plausible(day)) {
            return null;
        }
        if (form.iso() && m.group("h") != null) {
            return isoMatch(day, m);
        }
        Matcher after = PATTERNS.timeAfter.matcher(s).region(m.end(), s.length());
        if (after.lookingAt()) {
            Timestamp t = withTime(day, after);
            if (t != null) {
                return new DateMatch(t, m.start(), after.end());
            }
        }
        Matcher before = PATTERNS.timeBefore.matcher(s).region(Math.max(0, m.start() - 40), m.start());
        if (before.find()) {
            Timestamp t = withTime(day, before);
            if (t != null) {
                return new DateMatch(t, before.start(), m.end());
            }
        }
        return new DateMatch(new Timestamp(day), m.start(), m.end());
    }

    private static DateMatch isoMatch(LocalDate day, Matcher m) {
        try {
            LocalTime time = LocalTime.of(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("mi")),
                    m.group("s") == null ? 0 : Integer.parseInt(m.group("s")));
            String z = m.group("off");
            LocalDateTime ldt = LocalDateTime.of(day, time);
            Timestamp t = new Timestamp(z == null ? ldt : OffsetDateTime.of(ldt, offset(z)));
            return new DateMatch(t, m.start(), m.end());
        } catch (DateTimeException | NumberFormatException e) {
            return new DateMatch(new Timestamp(day), m.start(), m.end("day"));
        }
    }

    /** Combines the day with the time groups of {@code t}; {@code null} when the time is impossible. */
    private static Timestamp withTime(LocalDate day, Matcher t) {
        int hour = Integer.parseInt(t.group("h"));
        int minute = Integer.parseInt(t.group("mi"));
        int second = t.group("s") == null ? 0 : Integer.parseInt(t.group("s"));
        String marker = t.group("ampm") != null ? t.group("ampm") : group(t, "ampmPre");
        if (marker != null) {
            Boolean pm = WORDS.isPm(marker);
            if (hour < 1 || hour > 12 || pm == null) {
                return null;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        LocalDateTime ldt = LocalDateTime.of(day, LocalTime.of(hour, minute, second));
        ZoneOffset zone = zoneOf(t);
        return new Timestamp(zone == null ? ldt : OffsetDateTime.of(ldt, zone));
    }

    private static ZoneOffset zoneOf(Matcher t) {
        String abbr = t.group("tz");
        if (abbr != null) {
            return WORDS.zone(abbr);
        }
        String off = t.group("off");
        return off == null ? null : offset(off);
    }

    /** Parses {@code Z}, {@code +01:00}, {@code +0100}, {@code +1}, {@code GMT+2}. */
    private static ZoneOffset offset(String raw) {
        String s = ZONE_NOISE.matcher(raw).replaceAll("");
        if (s.isEmpty() || s.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        int sign = s.charAt(0) == '-' ? -1 : 1;
        String digits = s.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean plausible(LocalDate day) {
        return day.getYear() >= MIN_YEAR && !day.isAfter(reference.plusDays(MAX_DAYS_AHEAD));
    }

    /** Keeps the earliest match, the longest among those starting together, then the next that does not overlap. */
    private static List<DateMatch> nonOverlapping(List<DateMatch> found) {
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.length(), a.length()));
        List<DateMatch> kept = new ArrayList<>();
        int end = -1;
        for (DateMatch m : found) {
            if (m.start() >= end) {
                kept.add(m);
                end = m.end();
            }
        }
        return List.copyOf(kept);
    }

    /** Replaces non-ASCII decimal digits (Arabic-Indic, full-width...) by ASCII ones; same length, same offsets. */
    private static String asciiDigits(CharSequence line) {
        char[] c = line.toString().toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] > 127 && Character.isDigit(c[i])) {
                c[i] = (char) ('0' + Character.digit(c[i], 10));
            }
        }
        return new String(c);
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** One way of writing a day, with how to read its groups. */
    private record DateForm(Pattern pattern, Kind kind) {
        enum Kind { ISO, NUMERIC_YMD, NUMERIC_AMBIGUOUS, TEXT }

        boolean iso() {
            return kind == Kind.ISO;
        }

        LocalDate day(Matcher m, NumericOrder order) {
            try {
                int year = Integer.parseInt(m.group("year"));
                int d;
                int mon;
                if (kind == Kind.TEXT) {
                    Integer month = WORDS.month(m.group("mon"));
                    if (month == null) {
                        return null;
                    }
                    mon = month;
                    d = Integer.parseInt(m.group("day"));
                } else if (kind == Kind.NUMERIC_AMBIGUOUS) {
                    int a = Integer.parseInt(m.group("a"));
                    int b = Integer.parseInt(m.group("b"));
                    boolean monthFirst = a > 12 ? false : b > 12 || order == NumericOrder.MONTH_FIRST;
                    mon = monthFirst ? a : b;
                    d = monthFirst ? b : a;
                } else {
                    mon = Integer.parseInt(m.group("mon"));
                    d = Integer.parseInt(m.group("day"));
                }
                return LocalDate.of(year, mon, d);
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
        }
    }

    /** The compiled patterns, built once from the vocabulary. */
    private static final class Patterns {
        private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        final List<DateForm> forms;
        final Pattern timeAfter;
        final Pattern timeBefore;

        Patterns(DateVocabulary w) {
            // The lookahead fails fast on non-letters before the long alternation is tried.
            String month = "(?=\\p{L})(?<mon>" + w.monthAlternation() + ")\\.?";
            String day = "(?<day>[0-3]?[0-9])(?:" + w.wordAlternation("day.suffixes") + ")?";
            String year = "(?<year>[12][0-9]{3})(?![0-9])";
            String connector = "(?:[\\s,./-]*" + w.wordAlternation("date.connectors") + ")?[\\s,./-]*";
            String yearSuffix = "(?:\\s*" + w.wordAlternation("year.suffixes") + ")?";
            String noLeadingDigit = "(?<![0-9])";
            String noLeadingWord = "(?<![\\p{L}\\p{M}0-9])";
            forms = List.of(
                    new DateForm(Pattern.compile(noLeadingDigit + "(?<year>[12][0-9]{3})-(?<mon>[01]?[0-9])-"
                            + "(?<day>[0-3]?[0-9])(?![0-9])(?:[T ](?<h>[0-2][0-9]):(?<mi>[0-5][0-9])"
                            + "(?::(?<s>[0-5][0-9])(?:[.,][0-9]+)?)?(?<off>Z|[+-][0-2][0-9](?::?[0-5][0-9])?)?)?"),
                            DateForm.Kind.ISO),
                    new DateForm(Pattern.compile(noLeadingDigit + "(?<year>[12][0-9]{3})\\s*([./])\\s*(?<mon>[01]?[0-9])"
                            + "\\s*\\2\\s*(?<day>[0-3]?[0-9])(?![0-9])\\.?"), DateForm.Kind.NUMERIC_YMD),
                    new DateForm(Pattern.compile("(?<![0-9.])(?<a>[0-3]?[0-9])\\s?([./-])\\s?(?<b>[0-3]?[0-9])\\s?\\2\\s?"
                            + year), DateForm.Kind.NUMERIC_AMBIGUOUS),
                    new DateForm(Pattern.compile(noLeadingDigit + "(?<year>[12][0-9]{3})\\s*[年년]\\s*(?<mon>[01]?[0-9])"
                            + "\\s*[月월]\\s*(?<day>[0-3]?[0-9])\\s*[日일]?"), DateForm.Kind.NUMERIC_YMD),
                    new DateForm(Pattern.compile(noLeadingWord + day + connector + month + connector + year, FLAGS),
                            DateForm.Kind.TEXT),
                    new DateForm(Pattern.compile(noLeadingWord + month + "[\\s,./-]*" + day + "[\\s,]*" + year, FLAGS),
                            DateForm.Kind.TEXT),
                    new DateForm(Pattern.compile(noLeadingDigit + "(?<year>[12][0-9]{3})\\.?" + yearSuffix + "\\s*"
                            + month + "\\s*" + "(?<day>[0-3]?[0-9])(?![0-9])\\.?", FLAGS), DateForm.Kind.TEXT));
            String ampm = w.ampmAlternation();
            String zone = "(?:\\(?(?:(?<off>(?:GMT|UTC)?\\s?[+-][0-2]?[0-9](?::?[0-5][0-9])?)|(?<tz>"
                    + w.zoneAlternation() + "))\\)?)";
            String clock = "(?<h>[0-2]?[0-9])\\s*(?:[:h時시]|\\.(?=[0-9]{2}))\\s*(?<mi>[0-5][0-9])"
                    + "(?:\\s*:\\s*(?<s>[0-5][0-9]))?(?:\\s*[分분])?";
            String tail = "(?:\\s*(?<ampm>" + ampm + "))?(?:\\s*" + w.wordAlternation("time.suffixes") + ")?"
                    + "(?:\\s*" + zone + ")?";
            timeAfter = Pattern.compile("[\\s,]*(?:" + w.wordAlternation("time.connectors") + "[\\s,]*)?"
                    + "(?:(?<ampmPre>" + ampm + ")\\s*)?" + clock + "(?![0-9])" + tail, FLAGS);
            timeBefore = Pattern.compile("(?<![0-9])" + clock + tail + "\\s*[,|·•–—-]?\\s*$", FLAGS);
        }
    }
}
