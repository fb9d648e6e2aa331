package org.verbatim.enrich;

import org.verbatim.model.EntityType;
import org.verbatim.model.QuoteKind;
import org.verbatim.model.Span;

/**
 * A quote found in a {@link Doc}, before it becomes a model {@code Quote}: its span, kind, cue tokens
 * {@code [cueFirst, cueLast)} ({@code -1} without cue), speaker mention tokens {@code [spkFirst, spkLast)}
 * ({@code -1} without) and the referent.
 */
record Found(Span span, QuoteKind kind, int cueFirst, int cueLast, int spkFirst, int spkLast, Cluster cluster,
             EntityType speakerType, int sentence) {

    boolean hasSpeaker() {
        return spkFirst >= 0 || cluster != null;
    }

    Found withSpan(Span s, QuoteKind k) {
        return new Found(s, k, cueFirst, cueLast, spkFirst, spkLast, cluster, speakerType, sentence);
    }

    /**
     * This quote said by the tokens {@code [first, last)} ({@code -1}: nobody named), who refer to {@code r}
     * ({@code null}: nobody resolved).
     */
    Found withSpeaker(int first, int last, MentionRef r) {
        return new Found(span, kind, cueFirst, cueLast, first, last, r == null ? null : r.cluster(),
                r == null ? EntityType.UNKNOWN : r.type(), sentence);
    }

    Found withSpeakerOf(Found o) {
        return new Found(span, kind, cueFirst, cueLast, o.spkFirst, o.spkLast, o.cluster, o.speakerType, sentence);
    }
}
