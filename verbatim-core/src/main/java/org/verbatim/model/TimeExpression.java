package org.verbatim.model;

import java.util.Objects;

/**
 * A time expression and its normalised value.
 *
 * @param text  the words as written, non-blank
 * @param span  offsets into the annotated text
 * @param value ISO-8601-like value at the precision the words give: {@code 2024-01-22}, {@code 2023-12},
 *              {@code 2022}, {@code 199X} (a decade), {@code 2024-01-24T07:41}; or {@code null} when the words
 *              cannot be placed without a publication date
 */
public record TimeExpression(String text, Span span, String value) {

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("blank time expression");
        }
        value = value == null || value.isBlank() ? null : value;
    }
}
