package org.verbatim.model;

import java.util.Objects;

/**
 * One occurrence of an entity or speaker in a text: the words as written and where they are.
 *
 * @param text the covered text, non-blank
 * @param span offsets into the annotated text
 */
public record Mention(String text, Span span) {

    public Mention {
        Objects.requireNonNull(span, "span");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("blank mention");
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text length " + text.length() + " != span " + span);
        }
    }
}
