package org.verbatim.extract.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes page bytes to text, choosing the charset as a browser would but trusting the bytes over a declaration they
 * contradict.
 *
 * <p>Order: a byte-order mark; else the HTTP {@code Content-Type} charset; else a {@code <meta>} or XML declaration in
 * the first {@value DeclaredCharset#PRESCAN_BYTES} bytes; else sniffing (valid UTF-8 is UTF-8, anything else goes to a
 * statistical guess among common legacy charsets). A declaration is overruled, with a warning, when the bytes prove
 * otherwise: non-ASCII well-formed UTF-8 declared as a legacy charset, or a UTF-8 declaration over bytes that are mostly
 * not UTF-8. UTF-8 with a few stray legacy bytes is decoded as UTF-8 with those bytes read as windows-1252.
 *
 * <p>Cost: one pass over the bytes for the UTF-8 check and a bounded scan of the head; legacy sniffing (rare) decodes a
 * bounded sample a few times.
 */
public final class CharsetDetector {
    private static final Charset UTF_16LE = StandardCharsets.UTF_16LE;
    private static final Charset UTF_16BE = StandardCharsets.UTF_16BE;

    private CharsetDetector() {
    }

    /**
     * Decodes {@code bytes}. {@code contentType} is the HTTP Content-Type when known, else {@code null}.
     * Never throws for bad bytes, unknown or unsupported charset names.
     */
    public static DecodedText decode(byte[] bytes, String contentType) {
        DecodedText bom = fromBom(bytes);
        if (bom != null) {
            return bom;
        }
        List<String> warnings = new ArrayList<>();
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new DecodedText(new String(bytes, utf16), utf16, "sniffed", warnings);
        }
        // The JDK's UTF-8 decoder is vectorised; its output doubles as the validity check (see Utf8Scan.of).
        String asUtf8 = new String(bytes, StandardCharsets.UTF_8);
        Utf8Scan scan = Utf8Scan.of(bytes, asUtf8);
        String headerLabel = DeclaredCharset.fromContentType(contentType);
        Optional<Charset> header = resolve(headerLabel, "header", warnings);
        if (header.isPresent()) {
            return checked(bytes, asUtf8, scan, header.get(), "header", warnings);
        }
        String metaLabel = DeclaredCharset.fromMarkup(bytes, 0);
        Optional<Charset> meta = resolve(metaLabel, "meta", warnings);
        if (meta.isPresent() && isUtf16(meta.get())) {
            // markup that could declare UTF-16 would not be readable as ASCII: as the HTML spec's prescan says,
            // such a declaration means UTF-8
            warnings.add("declared " + meta.get().name() + " in meta but the markup is ASCII-compatible; read as UTF-8");
            meta = Optional.of(StandardCharsets.UTF_8);
        }
        if (meta.isPresent()) {
            return checked(bytes, asUtf8, scan, meta.get(), "meta", warnings);
        }
        return sniffed(bytes, asUtf8, scan, warnings);
    }

    private static boolean isUtf16(Charset cs) {
        return cs.equals(StandardCharsets.UTF_16) || cs.equals(UTF_16LE) || cs.equals(UTF_16BE);
    }

    private static Optional<Charset> resolve(String label, String where, List<String> warnings) {
        if (label == null) {
            return Optional.empty();
        }
        Optional<Charset> cs = CharsetNames.resolve(label);
        if (cs.isEmpty()) {
            warnings.add("unknown charset '" + label + "' in " + where + ", ignored");
        }
        return cs;
    }

    /** Uses the declared charset unless the bytes contradict it. */
    private static DecodedText checked(byte[] b, String asUtf8, Utf8Scan scan, Charset declared, String how,
            List<String> warnings) {
        boolean declaredUtf8 = declared.equals(StandardCharsets.UTF_8);
        if (declaredUtf8) {
            if (scan.valid()) {
                return new DecodedText(asUtf8, declared, how, warnings);
            }
            if (scan.mostlyUtf8()) {
                warnings.add(scan.invalid() + " bytes are not UTF-8 though declared so in " + how
                        + "; read as windows-1252");
                return new DecodedText(utf8WithFallback(b, LegacySniffer.WINDOWS_1252), declared, how, warnings);
            }
            Charset guess = LegacySniffer.guess(b);
            warnings.add("declared UTF-8 in " + how + " but the bytes are not UTF-8; sniffed " + guess.name());
            return new DecodedText(new String(b, guess), guess, "sniffed", warnings);
        }
        if (scan.provesUtf8()) {
            warnings.add("declared " + declared.name() + " in " + how + " but the bytes are UTF-8");
            return new DecodedText(asUtf8, StandardCharsets.UTF_8, "sniffed", warnings);
        }
        if (CharsetNames.isSingleByte(declared) && scan.highBytes() > 0) {
            // A single-byte label accepts any bytes, so check that the bytes are not plainly CJK or Cyrillic.
            Charset guess = LegacySniffer.guess(b);
            if (LegacySniffer.isDistinctive(guess) && !guess.equals(declared)) {
                warnings.add("declared " + declared.name() + " in " + how + " but the bytes look like " + guess.name());
                return new DecodedText(new String(b, guess), guess, "sniffed", warnings);
            }
        }
        return legacy(b, scan, declared, how, warnings);
    }

    /**
     * Decodes with a legacy charset; in a Latin page that also holds well-formed UTF-8 sequences (text pasted from a
     * UTF-8 source), those sequences are read as UTF-8: by chance, Latin text almost never forms them.
     */
    private static DecodedText legacy(byte[] b, Utf8Scan scan, Charset cs, String how, List<String> warnings) {
        if (scan.validMulti() > 0 && CharsetNames.isSingleByte(cs) && !LegacySniffer.isDistinctive(cs)) {
            warnings.add(scan.validMulti() + " UTF-8 sequences in a " + cs.name() + " page; read as UTF-8");
            return new DecodedText(utf8WithFallback(b, cs), cs, how, warnings);
        }
        return new DecodedText(new String(b, cs), cs, how, warnings);
    }

    private static DecodedText sniffed(byte[] b, String asUtf8, Utf8Scan scan, List<String> warnings) {
        if (scan.highBytes() == 0) {
            return new DecodedText(asUtf8, StandardCharsets.UTF_8, "default", warnings);
        }
        if (scan.valid()) {
            return new DecodedText(asUtf8, StandardCharsets.UTF_8, "sniffed", warnings);
        }
        if (scan.mostlyUtf8()) {
            warnings.add(scan.invalid() + " bytes are not UTF-8; read as windows-1252");
            return new DecodedText(utf8WithFallback(b, LegacySniffer.WINDOWS_1252), StandardCharsets.UTF_8, "sniffed",
                    warnings);
        }
        Charset guess = LegacySniffer.guess(b);
        warnings.add("no charset declared; sniffed " + guess.name());
        return legacy(b, scan, guess, "sniffed", warnings);
    }

    private static DecodedText fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return bomText(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return bomText(b, 2, UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return bomText(b, 2, UTF_16BE);
        }
        return null;
    }

    private static DecodedText bomText(byte[] b, int skip, Charset cs) {
        return new DecodedText(new String(b, skip, b.length - skip, cs), cs, "bom", List.of());
    }

    /** UTF-16 without a BOM shows as ASCII markup interleaved with zero bytes: {@code "<\0h\0"} or {@code "\0<\0h"}. */
    private static Charset utf16WithoutBom(byte[] b) {
        if (b.length < 4) {
            return null;
        }
        if (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return UTF_16LE;
        }
        if (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return UTF_16BE;
        }
        return null;
    }

    /** Decodes UTF-8, reading each ill-formed byte with the single-byte {@code fallback} instead of U+FFFD. */
    static String utf8WithFallback(byte[] b, Charset fallback) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length + 16);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (r.isOverflow()) {
                out = grow(out);
                continue;
            }
            for (int k = 0; k < r.length(); k++) {
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                byte bad = in.get();
                out.put(new String(new byte[] {bad}, fallback).charAt(0));
            }
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }
}
