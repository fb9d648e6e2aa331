package org.verbatim.extract.date;

import java.util.Objects;
import org.verbatim.model.Timestamp;

/**
 * A date (with time when stated) found in a line of text.
 *
 * @param value the date, as precise as the text states it
 * @param start the first {@code char} of the match in the searched text
 * @param end   one past the last {@code char} of the match (the time and zone included when they follow the date)
 */
public record DateMatch(Timestamp value, int start, int end) {
    public DateMatch {
        Objects.requireNonNull(value, "value");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Number of {@code char}s matched. */
    public int length() {
        return end - start;
    }
}
