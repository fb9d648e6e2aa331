package org.verbatim.ingest.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.brotli.dec.BrotliInputStream;

/** Small helpers for record payloads: media types and capped reads. */
final class Payloads {
    /** Media types read as HTML pages. */
    static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    /** Markup that, near the start, marks an untyped payload as HTML. */
    private static final String[] HTML_MARKERS = {"<!doctype html", "<html", "<head", "<body", "<title", "<p>", "<div"};
    private static final int SNIFF_BYTES = 2048;

    private Payloads() {
    }

    static boolean isHtml(String baseType) {
        return HTML_TYPES.contains(baseType.toLowerCase(Locale.ROOT));
    }

    /** {@code text/html; charset=utf-8} gives {@code text/html}; lower case, trimmed. */
    static String baseType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** True when one of the HTML markers appears in the first bytes. */
    static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String m : HTML_MARKERS) {
            if (head.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Undoes an HTTP {@code Content-Encoding} (gzip, deflate, br, identity). Crawlers often stored the decoded body
     * but kept the header, so bytes without the gzip magic, or that already look like HTML, are returned as they are.
     *
     * @return the decoded bytes, or {@code null} when they exceed {@code max}
     * @throws IOException for a corrupt stream or an encoding that cannot be decoded (zstd, compress)
     */
    static byte[] decode(byte[] raw, String contentEncoding, int max) throws IOException {
        String enc = contentEncoding.strip().toLowerCase(Locale.ROOT);
        boolean gzipMagic = raw.length > 1 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
        switch (enc) {
            case "", "identity", "none" -> {
                return raw;
            }
            case "gzip", "x-gzip" -> {
                return gzipMagic ? readCapped(new GZIPInputStream(new ByteArrayInputStream(raw)), max) : raw;
            }
            case "deflate" -> {
                return inflate(raw, max);
            }
            case "br" -> {
                // brotli has no magic number: a stored decoded body can only be recognised by its content
                return looksLikeHtml(raw) ? raw : unbrotli(raw, max);
            }
            default -> {
                if (looksLikeHtml(raw)) {
                    return raw;
                }
                throw new IOException("unsupported content-encoding: " + enc);
            }
        }
    }

    private static byte[] unbrotli(byte[] raw, int max) throws IOException {
        try {
            return readCapped(new BrotliInputStream(new ByteArrayInputStream(raw)), max);
        } catch (RuntimeException e) { // the decoder reports some corrupt streams as unchecked exceptions
            throw new IOException("corrupt brotli stream: " + e.getMessage(), e);
        }
    }

    /** Deflate is sent both with and without the zlib wrapper; try the wrapped form, then the raw one. */
    private static byte[] inflate(byte[] raw, int max) throws IOException {
        if (looksLikeHtml(raw)) {
            return raw;
        }
        try {
            return readCapped(new InflaterInputStream(new ByteArrayInputStream(raw)), max);
        } catch (ZipException e) {
            return readCapped(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true)), max);
        }
    }

    /** Reads the stream; {@code null} when it holds more than {@code max} bytes (the rest is not read). */
    static byte[] readCapped(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        int n;
        while ((n = in.read(buf)) >= 0) {
            if (out.size() + n > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
