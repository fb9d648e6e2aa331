package org.verbatim.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Objects;

/**
 * A date as precise as the page states it: a day ({@link LocalDate}), a local date-time ({@link LocalDateTime}) or a
 * date-time with an offset ({@link OffsetDateTime}). Seconds and fractions are dropped when zero, so
 * {@link #toString()} gives {@code 2024-01-24}, {@code 2024-01-24T07:41} or {@code 2024-01-24T07:41+01:00}.
 */
public record Timestamp(Temporal value) {

    public Timestamp {
        Objects.requireNonNull(value, "value");
        if (value instanceof LocalDateTime t) {
            value = t.truncatedTo(ChronoUnit.SECONDS);
        } else if (value instanceof OffsetDateTime t) {
            value = t.truncatedTo(ChronoUnit.SECONDS);
        } else if (!(value instanceof LocalDate)) {
            throw new IllegalArgumentException("unsupported temporal " + value.getClass().getSimpleName());
        }
    }

    /** Parses the ISO forms {@link #toString()} writes; throws {@link DateTimeParseException} on anything else. */
    public static Timestamp parse(String iso) {
        String s = iso.strip();
        if (s.length() <= 10) {
            return new Timestamp(LocalDate.parse(s));
        }
        boolean hasOffset = s.endsWith("Z") || s.substring(10).matches(".*[+-]\\d\\d:?\\d\\d$");
        return new Timestamp(hasOffset ? OffsetDateTime.parse(s) : LocalDateTime.parse(s));
    }

    /**
     * The calendar day an ISO date or date-time starts with ({@code 2024-01-24}, {@code 2024-01-24T07:41:00+01:00}),
     * or {@code null} for {@code null} or anything else: for dates read from JSON that may hold free text.
     */
    public static LocalDate dayOf(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The calendar day, whatever the precision. */
    public LocalDate date() {
        return LocalDate.from(value);
    }

    public boolean hasTime() {
        return !(value instanceof LocalDate);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
