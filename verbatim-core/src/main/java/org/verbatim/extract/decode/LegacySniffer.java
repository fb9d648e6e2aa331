package org.verbatim.extract.decode;

import java.nio.charset.Charset;

/**
 * Guesses the legacy charset of bytes that are not UTF-8, from byte statistics.
 *
 * <p>Idea: in CJK multi-byte text most non-ASCII bytes stand next to another non-ASCII byte, and decoding with the
 * right charset gives almost no errors and many characters of the expected kind (kana for Japanese, Hangul for Korean,
 * very common Han characters for Chinese). Cyrillic single-byte text also has runs of high bytes (whole words), in
 * which lower-case letters dominate: {@code E0-FF} in windows-1251, {@code C0-DF} in KOI8-R. Latin text has isolated
 * high bytes; windows-1252 is the default, windows-1250 when bytes that are letters there but symbols in 1252 appear
 * inside words.
 */
final class LegacySniffer {
    /** Sniffing looks at most at this many bytes. */
    static final int SAMPLE_BYTES = 128 * 1024;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset KOI8_R = Charset.forName("KOI8-R");
    static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    static final Charset EUC_JP = Charset.forName("EUC-JP");
    static final Charset EUC_KR = Charset.forName("x-windows-949");
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5-HKSCS");

    /** The most frequent Han characters of Chinese prose (same form in simplified and traditional script). */
    private static final String COMMON_HAN = "的一是不了在人有我他这中大来上个们到说时地也子就道要出会可你对生能而那得于着下自之年过发后作里用";
    /** Largest share of decoding errors among non-ASCII characters for a multi-byte charset to be accepted. */
    private static final double MAX_ERROR_RATE = 0.02;
    /** Share of high bytes with a high neighbour above which the text is not Latin. */
    private static final double MIN_PAIRED_FOR_NON_LATIN = 0.5;
    /** 1252 symbols that are letters in windows-1250 (ł ą ż ś ź Ł Ą Ż Ś Ź Ť ť). */
    private static final String CENTRAL_EUROPEAN_LETTER_BYTES = "\u00b3\u00b9\u00bf\u009c\u009f\u00a3\u00a5\u00af\u008c\u008f\u008d\u009d";

    private LegacySniffer() {
    }

    /** Best guess for {@code b} (assumed not to be valid UTF-8); never null. */
    static Charset guess(byte[] b) {
        int n = Math.min(b.length, SAMPLE_BYTES);
        Stats s = Stats.of(b, n);
        if (s.high == 0) {
            return WINDOWS_1252;
        }
        if ((double) s.paired / s.high < MIN_PAIRED_FOR_NON_LATIN) {
            return latin(b, n);
        }
        Charset cjk = cjk(b, n);
        if (cjk != null) {
            return cjk;
        }
        Charset cyr = cyrillic(s);
        return cyr != null ? cyr : latin(b, n);
    }

    /** Latin single-byte charsets, which any byte sequence fits: the sniffer's defaults rather than findings. */
    private static final java.util.Set<String> LATIN = java.util.Set.of("windows-1252", "windows-1250", "ISO-8859-1",
            "ISO-8859-2", "ISO-8859-15", "windows-1254");

    /** True for the charsets this sniffer can only tell from statistics (CJK, Cyrillic), not the Latin defaults. */
    static boolean isDistinctive(Charset cs) {
        return !LATIN.contains(cs.name());
    }

    private static Charset cjk(byte[] b, int n) {
        Score sjis = Score.of(b, n, SHIFT_JIS);
        Score eucjp = Score.of(b, n, EUC_JP);
        Score best = null;
        for (Score jp : new Score[] {sjis, eucjp}) {
            if (jp.ok() && jp.kana >= 0.15 * jp.nonAscii && (best == null || jp.kana > best.kana)) {
                best = jp;
            }
        }
        if (best != null) {
            return best.charset;
        }
        Score kr = Score.of(b, n, EUC_KR);
        if (kr.ok() && kr.hangul >= 0.5 * kr.nonAscii) {
            return EUC_KR;
        }
        Score gb = Score.of(b, n, GB18030);
        Score big5 = Score.of(b, n, BIG5);
        Score zh = null;
        for (Score c : new Score[] {gb, big5}) {
            if (c.ok() && c.han >= 0.5 * c.nonAscii && (zh == null || c.commonHan > zh.commonHan)) {
                zh = c;
            }
        }
        return zh == null ? null : zh.charset;
    }

    private static Charset cyrillic(Stats s) {
        int letters = s.upperHalf + s.lowerHalf;
        if (letters < 0.8 * s.high) {
            return null;
        }
        return s.lowerHalf >= s.upperHalf ? WINDOWS_1251 : KOI8_R;
    }

    private static Charset latin(byte[] b, int n) {
        int centralEuropean = 0;
        int high = 0;
        for (int i = 1; i + 1 < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                continue;
            }
            high++;
            // A 1252 symbol wedged between two ASCII letters is almost surely a 1250 letter (e.g. "g\u00b3os" = "g\u0142os").
            if (CENTRAL_EUROPEAN_LETTER_BYTES.indexOf((char) c) >= 0 && isAsciiLetter(b[i - 1]) && isAsciiLetter(b[i + 1])) {
                centralEuropean++;
            }
        }
        return centralEuropean >= 3 && centralEuropean * 10 >= high ? WINDOWS_1250 : WINDOWS_1252;
    }

    private static boolean isAsciiLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Byte statistics over the sample. */
    private record Stats(int high, int paired, int upperHalf, int lowerHalf) {
        static Stats of(byte[] b, int n) {
            int high = 0;
            int paired = 0;
            int c0 = 0;
            int e0 = 0;
            for (int i = 0; i < n; i++) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    continue;
                }
                high++;
                if ((i > 0 && b[i - 1] < 0) || (i + 1 < n && b[i + 1] < 0)) {
                    paired++;
                }
                if (c >= 0xE0) {
                    e0++;
                } else if (c >= 0xC0) {
                    c0++;
                }
            }
            return new Stats(high, paired, c0, e0);
        }
    }

    /** What decoding the sample with one charset gives. */
    private record Score(Charset charset, int nonAscii, int errors, int kana, int hangul, int han, int commonHan) {
        boolean ok() {
            return nonAscii > 0 && errors <= MAX_ERROR_RATE * nonAscii;
        }

        static Score of(byte[] b, int n, Charset cs) {
            String s = new String(b, 0, n, cs);
            int nonAscii = 0;
            int errors = 0;
            int kana = 0;
            int hangul = 0;
            int han = 0;
            int common = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    continue;
                }
                nonAscii++;
                if (c == '\uFFFD') {
                    errors++;
                } else if (c >= '\u3040' && c <= '\u30FF') {
                    kana++;
                } else if (c >= '\uAC00' && c <= '\uD7A3') {
                    hangul++;
                } else if (c >= '\u4E00' && c <= '\u9FFF') {
                    han++;
                    if (COMMON_HAN.indexOf(c) >= 0) {
                        common++;
                    }
                }
            }
            return new Score(cs, nonAscii, errors, kana, hangul, han, common);
        }
    }
}
