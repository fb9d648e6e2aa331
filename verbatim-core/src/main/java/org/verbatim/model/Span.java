package org.verbatim.model;

/**
 * A half-open range {@code [start, end)} of Java {@code char} offsets into some text.
 *
 * <p>Contract: {@code 0 <= start <= end}.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** True when the two spans share at least one character. */
    public boolean overlaps(Span o) {
        return Math.min(end, o.end) > Math.max(start, o.start);
    }

    /** True when {@code o} lies inside this span. */
    public boolean contains(Span o) {
        return o.start >= start && o.end <= end;
    }

    /** The covered characters of {@code text}; the span must fit in it. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
