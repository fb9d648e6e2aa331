package org.verbatim.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** PLACEHOLDER: decodes page bytes (BOM, HTTP header, meta charset, sniffing). */
public final class CharsetDetector {
    private CharsetDetector() {
    }

    /**
     * Decodes {@code bytes}. {@code contentType} is the HTTP Content-Type when known, else {@code null}.
     * Never throws for bad bytes.
     */
    public static DecodedText decode(byte[] bytes, String contentType) {
        return new DecodedText(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "default", List.of());
    }
}
