package org.verbatim.model;

import java.util.Objects;

/**
 * One statement attributed (or attributable) to a speaker.
 *
 * @param text           the statement as written, non-blank
 * @param span           where it is, in the string named by {@code where}
 * @param kind           direct, indirect, mixed or block
 * @param cue            the verb or phrase that reports it ("has said", "According to"), or {@code null} (block
 *                       quotes, quotes continuing a previous attribution)
 * @param cueSpan        the cue's offsets, {@code null} exactly when {@code cue} is
 * @param speaker        the resolved speaker, or {@code null} when none was found
 * @param speakerMention the mention of the speaker that this quote's attribution uses ("he", "the minister"),
 *                       or {@code null}
 * @param saidOn         when it was said, as a {@link TimeExpression#value()}, when the text gives it; else
 *                       {@code null}
 * @param where          which string the offsets ({@code span}, {@code cueSpan}, {@code speakerMention}) refer to
 */
public record Quote(String text, Span span, QuoteKind kind, String cue, Span cueSpan, Speaker speaker,
                    Mention speakerMention, String saidOn, Where where) {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(where, "where");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("blank quote");
        }
        if ((cue == null) != (cueSpan == null)) {
            throw new IllegalArgumentException("cue and cueSpan must both be present or both absent");
        }
        saidOn = saidOn == null || saidOn.isBlank() ? null : saidOn;
    }
}
