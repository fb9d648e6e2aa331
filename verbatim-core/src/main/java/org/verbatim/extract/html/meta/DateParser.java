package org.verbatim.extract.html.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Timestamp;

/**
 * Parses the machine-readable dates pages state plainly (ISO 8601 and its common variants: space instead of
 * {@code T}, fractions, {@code Z}, {@code +0200}, {@code +02}) into a {@link Timestamp} as precise as given.
 */
final class DateParser {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{1,2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?");

    private DateParser() {
    }

    /** The timestamp in {@code s}, or {@code null} when it holds no plausible ISO-like date. */
    static Timestamp parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        Matcher m = ISO.matcher(t);
        if (m.find()) {
            return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
        }
        Matcher c = COMPACT.matcher(t);
        if (c.matches()) {
            return build(c.group(1), c.group(2), c.group(3), c.group(4), c.group(5), c.group(6), null);
        }
        return null;
    }

    private static Timestamp build(String y, String mo, String d, String h, String mi, String sec, String zone) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            if (date.getYear() < 1990 || date.getYear() > 2100) {
                return null;
            }
            if (h == null) {
                return new Timestamp(date);
            }
            LocalDateTime ldt = date.atTime(Integer.parseInt(h), Integer.parseInt(mi),
                    sec == null ? 0 : Integer.parseInt(sec));
            if (zone == null) {
                return new Timestamp(ldt);
            }
            return new Timestamp(OffsetDateTime.of(ldt, offset(zone)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
