package org.verbatim.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.extract.decode.CharsetDetector;
import org.verbatim.extract.decode.DecodedText;

/**
 * {@link CharsetDetector#decode} on hostile bytes and hostile Content-Type values: it never throws, says how it
 * chose, yields no unpaired surrogate, answers the same twice, ignores charset labels nobody can decode, and removes
 * a byte-order mark. Seeded like {@link ExtractorRobustnessTest} ({@code -Dverbatim.seed}).
 */
class CharsetDetectorRobustnessTest {
    static final int CASES = 2_000;
    /** The values {@link DecodedText#how()} may take. */
    static final Set<String> HOW = Set.of("bom", "header", "meta", "sniffed", "default");
    /** A 10 KB header: many parameters, the charset last. */
    static final String LONG_HEADER = "text/html; " + "x-param=value; ".repeat(700) + "charset=utf-8";
    /** Content-Type values whose charset no decoder knows; ASCII must come out as itself under each. */
    static final List<String> UNUSABLE_CONTENT_TYPES = List.of("text/html; charset=\"\"", "charset=utf-99",
            "text/html; charset=utf-99", "text/html; charset=", "text/html;;;charset==;", "charset",
            "text/html; charset=\"utf-8", "text/html; charset=../../etc/passwd", "text/html; charset=\u0000",
            "text/html; charset=x" + "y".repeat(300), "text/html; charset=utf-7", "text/html; charset=\u00e9t\u00e9",
            "", " ", ";", "=", "text/html; charset=" + "\u0000".repeat(50), "\uD800",
            "text/html; charset=utf-8" + "\uFFFF");

    static IntStream cases() {
        return IntStream.range(0, CASES);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void anyBytesAnyContentTypeDecode(int index) {
        Random r = MalformedInputs.random(ExtractorRobustnessTest.SEED, 1_000_000 + index);
        byte[] bytes = bytes(r, index);
        String contentType = contentType(r);
        String context = "seed=" + ExtractorRobustnessTest.SEED + " charset case=" + index + ", " + bytes.length
                + " bytes, Content-Type " + (contentType == null ? "null" : ArticleChecks.escape(contentType));
        DecodedText first = decode(bytes, contentType, context);
        assertTrue(HOW.contains(first.how()), () -> context + ": unknown how=" + first.how());
        int lone = ArticleChecks.unpairedSurrogate(first.text());
        assertTrue(lone < 0, () -> context + ": unpaired surrogate at " + lone);
        DecodedText second = decode(bytes, contentType, context);
        assertEquals(first.text(), second.text(), () -> context + ": a second decode differs");
        assertEquals(first.charset(), second.charset(), () -> context + ": a second decode picks another charset");
    }

    @Test
    void unusableCharsetLabelsLeaveAsciiAlone() {
        String ascii = SamplePages.asciiPage(new Random(1), "utf-8").replace("<meta charset=\"utf-8\">", "");
        byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
        List<String> all = new ArrayList<>(UNUSABLE_CONTENT_TYPES);
        all.add(LONG_HEADER);
        for (String ct : all) {
            String context = "Content-Type " + ArticleChecks.escape(ct);
            assertEquals(ascii, decode(bytes, ct, context).text(), context);
        }
    }

    @Test
    void theTenKilobyteHeaderStillNamesTheCharset() {
        byte[] cafe = "<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(LONG_HEADER.length()).isGreaterThan(10_000);
        assertThat(decode(cafe, LONG_HEADER, "10 KB header").text()).isEqualTo("<p>caf\u00e9</p>");
    }

    @Test
    void aUtf8ByteOrderMarkIsRemoved() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = decode(MalformedInputs.concat(bom, "<p>x</p>".getBytes(StandardCharsets.UTF_8)), null,
                "UTF-8 BOM").text();
        assertEquals("<p>x</p>", text, "DecodedText promises the BOM removed");
    }

    private static DecodedText decode(byte[] bytes, String contentType, String context) {
        try {
            DecodedText d = CharsetDetector.decode(bytes, contentType);
            assertNotNull(d, () -> context + ": decode returned null");
            return d;
        } catch (RuntimeException | StackOverflowError e) {
            return fail(context + ": decode threw " + e, e);
        }
    }

    /** Every fourth case reuses a malformed page; the others are byte patterns aimed at charset sniffing. */
    private static byte[] bytes(Random r, int index) {
        if (index % 4 == 0) {
            return MalformedInputs.generate(ExtractorRobustnessTest.SEED, index).bytes();
        }
        byte[] junk = new byte[r.nextInt(4096)];
        r.nextBytes(junk);
        return switch (r.nextInt(7)) {
            case 0 -> junk;
            case 1 -> MalformedInputs.concat(SamplePages.pick(r, BOMS), junk);
            case 2 -> SamplePages.pick(r, BOMS); // a BOM and nothing else, or a cut-off one
            case 3 -> MalformedInputs.utf8("<meta charset=\"" + SamplePages.pick(r, MalformedInputs.LYING_META_CHARSETS)
                    + "\">" + new String(junk, StandardCharsets.ISO_8859_1));
            case 4 -> MalformedInputs.utf8(" ".repeat(1000 + r.nextInt(48)) + "<meta http-equiv=\"Content-Type\""
                    + " content=\"text/html; charset=" + SamplePages.pick(r, MalformedInputs.LYING_META_CHARSETS)
                    + "\">"); // the label straddles the 1024-byte prescan window
            case 5 -> MalformedInputs.utf8("<!-- <meta charset=\"utf-16\"> --><meta charset=\"" + "x".repeat(10_000)
                    + "\"><meta charset=shift_jis><meta charset=>");
            default -> MalformedInputs.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {'<', 0, 'p'});
        };
    }

    static final List<byte[]> BOMS = List.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xEF, (byte) 0xBB}, new byte[] {(byte) 0xEF}, new byte[] {(byte) 0xFE},
            new byte[] {0x2B, 0x2F, 0x76, 0x38}, new byte[] {(byte) 0xDD, 0x73, 0x66, 0x73});

    /** null, a known-unusable value, the 10 KB header, or random junk around {@code charset=}. */
    private static String contentType(Random r) {
        switch (r.nextInt(5)) {
            case 0:
                return null;
            case 1:
                return SamplePages.pick(r, UNUSABLE_CONTENT_TYPES);
            case 2:
                return r.nextBoolean() ? LONG_HEADER : "text/html; charset=" + SamplePages.pick(r,
                        List.of("utf-8", "UTF-16", "shift_jis", "windows-1252", "iso-8859-1", "utf-32", "gb2312"));
            default:
                StringBuilder sb = new StringBuilder();
                int n = r.nextInt(200);
                for (int i = 0; i < n; i++) {
                    sb.append((char) (r.nextInt(4) == 0 ? r.nextInt(0x10000) : 0x20 + r.nextInt(0x5F)));
                }
                sb.insert(r.nextInt(sb.length() + 1), "charset=");
                return sb.toString();
        }
    }
}
