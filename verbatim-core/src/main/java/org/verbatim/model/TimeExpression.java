package org.verbatim.model;

import java.util.Objects;

/**
 * A time expression and its normalised value.
 *
 * @param text  the words as written, non-blank
 * @param span  offsets into the string named by {@code where}
 * @param value ISO-8601-like value at the precision the words give: {@code 2024-01-22}, {@code 2023-12},
 *              {@code 2022}, {@code 199X} (a decade), {@code 2024-01-24T07:41}; or {@code null} when the words
 *              cannot be placed without a publication date
 * @param where which string: the body {@code text} (the default), the {@code standfirst} or the {@code title}
 */
public record TimeExpression(String text, Span span, String value, Where where) {

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(where, "where");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("blank time expression");
        }
        value = value == null || value.isBlank() ? null : value;
    }

    /** A time expression in the body text. */
    public TimeExpression(String text, Span span, String value) {
        this(text, span, value, Where.TEXT);
    }
}
