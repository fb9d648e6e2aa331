package org.verbatim.enrich;

import java.util.List;
import org.verbatim.model.Span;

/**
 * Splits part of a text into tokens.
 *
 * <p>Contract: returns the tokens of {@code text} inside {@code range}, in order, non-overlapping, never empty
 * spans, never whitespace; offsets are into {@code text}. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Tokenizer {
    List<Span> tokenize(String text, Span range);
}
