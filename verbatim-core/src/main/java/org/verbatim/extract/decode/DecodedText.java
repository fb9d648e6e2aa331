package org.verbatim.extract.decode;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * Bytes decoded to text, with the charset used and how it was chosen.
 *
 * @param text     the decoded text, BOM removed
 * @param charset  the charset used
 * @param how      where the charset came from: {@code bom}, {@code header}, {@code meta}, {@code sniffed} or {@code default}
 * @param warnings what looked wrong (e.g. a declared charset that the bytes contradict)
 */
public record DecodedText(String text, Charset charset, String how, List<String> warnings) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(how, "how");
        warnings = List.copyOf(warnings);
    }
}
