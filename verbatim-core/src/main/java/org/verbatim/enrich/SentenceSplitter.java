package org.verbatim.enrich;

import java.util.List;
import org.verbatim.model.Span;

/**
 * Splits one paragraph of a text into sentences.
 *
 * <p>Contract: returns trimmed, non-empty, non-overlapping spans inside {@code paragraph}, in order, with offsets
 * into {@code text}; every non-space character of the paragraph is in exactly one sentence. Thread-safe.
 */
@FunctionalInterface
public interface SentenceSplitter {
    List<Span> split(String text, Span paragraph);
}
