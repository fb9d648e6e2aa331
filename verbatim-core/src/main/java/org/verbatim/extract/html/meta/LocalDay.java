package org.verbatim.extract.html.meta;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.verbatim.model.Timestamp;

/**
 * Puts a publication timestamp declared in UTC back on the page's own calendar day. Content systems often write
 * {@code 2023-11-09T03:28:35Z} for an article a New York paper published on the evening of 8 November; readers and
 * the page itself (URL, dateline) say 8 November. The instant is kept whenever the page states its offset.
 */
final class LocalDay {
    /** Largest offset a zone-less twin may imply (UTC-12 to UTC+14 exist; beyond that it is not a twin). */
    static final Duration MAX_OFFSET = Duration.ofHours(14);
    /** A twin must differ by a whole number of these (zones are whole or half hours, a few quarter hours). */
    static final int OFFSET_STEP_MINUTES = 15;
    /** Before this UTC hour the local day may be the day before (the Americas reach UTC-8 with millions). */
    static final int EVENING_BEFORE = 8;
    /** From this UTC hour the local day may be the day after (East Asia and Oceania, UTC+8 to UTC+13). */
    static final int MORNING_FROM = 14;

    private LocalDay() {
    }

    /**
     * {@code t} as the page's local time when {@code t} is in UTC and the page shows its offset or its local day;
     * otherwise {@code t} unchanged.
     */
    static Timestamp adjust(Timestamp t, DateSources sources) {
        if (!(t.value() instanceof OffsetDateTime utc) || utc.getOffset().getTotalSeconds() != 0) {
            return t;
        }
        ZoneOffset own = pageOffset(utc, sources);
        if (own != null) {
            return own.getTotalSeconds() == 0 ? t : new Timestamp(utc.withOffsetSameInstant(own));
        }
        LocalDate day = utc.toLocalDate();
        for (LocalDate shown : sources.shownDays()) {
            boolean evening = shown.equals(day.minusDays(1)) && utc.getHour() < EVENING_BEFORE;
            boolean morning = shown.equals(day.plusDays(1)) && utc.getHour() >= MORNING_FROM;
            if (evening || morning) {
                return new Timestamp(shown);
            }
        }
        return t;
    }

    /**
     * The offset the page states for the same instant: that of a zone-less twin of {@code utc} (same minutes and
     * seconds, a whole number of zone steps away: {@code 2023-11-08 22:28:35} beside {@code 2023-11-09T03:28:35Z};
     * UTC when the twin shows the same time), declared or shown next to the headline; {@code null} when there is none.
     * The offset of another of the page's timestamps (its modification, a teaser's) says nothing of this one's day:
     * servers stamp some fields in UTC and others in local time, and readers of a page without a local twin are given
     * the UTC day (wcxb-dev folds 0-3: one day more right, none lost; htmldate and fundus unchanged).
     */
    static ZoneOffset pageOffset(OffsetDateTime utc, DateSources sources) {
        for (Timestamp d : sources.declared()) {
            ZoneOffset twin = twinOffset(utc, d);
            if (twin != null) {
                return twin;
            }
        }
        Timestamp shown = sources.shownNearHeadline();
        ZoneOffset twin = shown == null ? null : twinOffset(utc, shown);
        return twin;
    }

    /**
     * {@code t} as a declared timestamp states it when {@code t} is a zone-less local time (a shown "10 juillet 2025
     * à 06h30") and one of the page's declared timestamps ({@link DateSources#declared}) gives the same local time to
     * the minute with an offset: the same moment, said more precisely. Otherwise {@code t} unchanged ({@code null}
     * stays {@code null}). The shown time wins the choice of day; the declaration only adds the offset it omits.
     */
    static Timestamp withStatedOffset(Timestamp t, DateSources sources) {
        if (t == null || !(t.value() instanceof LocalDateTime local)) {
            return t;
        }
        LocalDateTime minute = local.truncatedTo(ChronoUnit.MINUTES);
        for (Timestamp d : sources.declared()) {
            if (d.value() instanceof OffsetDateTime o
                    && o.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).equals(minute)) {
                return d;
            }
        }
        return t;
    }

    /** The offset that makes zone-less {@code local} the same instant as {@code utc}, or {@code null}. */
    static ZoneOffset twinOffset(OffsetDateTime utc, Timestamp local) {
        if (!(local.value() instanceof LocalDateTime l)) {
            return null;
        }
        LocalDateTime u = utc.toLocalDateTime();
        if (l.getSecond() == 0) {
            u = u.withSecond(0); // shown times often drop the seconds
        } else if (l.getSecond() != u.getSecond()) {
            return null;
        }
        Duration diff = Duration.between(u, l);
        if (diff.isZero()) {
            return ZoneOffset.UTC; // the page shows UTC itself
        }
        if (diff.abs().compareTo(MAX_OFFSET) > 0 || diff.toMinutes() % OFFSET_STEP_MINUTES != 0) {
            return null;
        }
        long minutes = diff.toMinutes();
        return ZoneOffset.ofTotalSeconds((int) (minutes * 60));
    }
}
