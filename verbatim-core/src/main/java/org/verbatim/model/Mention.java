package org.verbatim.model;

import java.util.Objects;

/**
 * One occurrence of an entity or speaker in a text: the words as written and where they are.
 *
 * @param text the covered text, non-blank
 * @param span  offsets into the string named by {@code where}
 * @param where which string: the body {@code text} (the default), the {@code standfirst} or the {@code title}
 */
public record Mention(String text, Span span, Where where) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(where, "where");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("blank mention");
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text length " + text.length() + " != span " + span);
        }
    }

    /** A mention in the body text. */
    public Mention(String text, Span span) {
        this(text, span, Where.TEXT);
    }
}
