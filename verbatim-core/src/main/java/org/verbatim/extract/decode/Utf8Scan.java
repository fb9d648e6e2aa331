package org.verbatim.extract.decode;


/**
 * What a UTF-8 validity scan found in some bytes.
 *
 * @param highBytes   bytes {@code >= 0x80}
 * @param validMulti  well-formed multi-byte sequences
 * @param invalid     bytes that start or belong to an ill-formed sequence (a sequence cut by the end of the input is
 *                    not counted: pages are often truncated)
 */
record Utf8Scan(int highBytes, int validMulti, int invalid) {

    /** True when every byte belongs to a well-formed sequence. */
    boolean valid() {
        return invalid == 0;
    }

    /** True when there are non-ASCII characters and all of them are well-formed UTF-8. */
    boolean provesUtf8() {
        return invalid == 0 && validMulti > 0;
    }

    /**
     * Mostly UTF-8 with a few stray bytes (a template in UTF-8 with some legacy text pasted in): well-formed sequences
     * outnumber the bad bytes by far.
     */
    boolean mostlyUtf8() {
        return validMulti > 0 && validMulti >= 4 * invalid;
    }

    /**
     * The scan of {@code b} given its JDK UTF-8 decoding {@code decoded}: when that holds no replacement character (the
     * common case) the bytes are well-formed and the counts follow from the lengths, without a second pass.
     */
    static Utf8Scan of(byte[] b, String decoded) {
        if (decoded.indexOf('\uFFFD') < 0) {
            int extra = b.length - decoded.length(); // bytes beyond one per char: only multi-byte sequences add them
            return new Utf8Scan(extra > 0 ? extra : 0, extra > 0 ? 1 : 0, 0);
        }
        return of(b);
    }

    /** Scans {@code b} in one pass; a hand-written state machine because it runs on every page. */
    static Utf8Scan of(byte[] b) {
        int high = 0;
        int valid = 0;
        int invalid = 0;
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = sequenceLength(b, i, n);
            if (len > 0) {
                high += len;
                valid++;
                i += len;
            } else if (len == 0) {
                // Truncated at the very end of the input: not evidence either way.
                high += n - i;
                break;
            } else {
                high++;
                invalid++;
                i++;
            }
        }
        return new Utf8Scan(high, valid, invalid);
    }

    /** Length of the well-formed sequence at {@code i}; 0 when cut by the end of input; -1 when ill-formed. */
    private static int sequenceLength(byte[] b, int i, int n) {
        int c = b[i] & 0xFF;
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80; // no overlongs
            hi = c == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= n) {
                return 0;
            }
            int t = b[i + k] & 0xFF;
            if (k == 1 ? (t < lo || t > hi) : (t < 0x80 || t > 0xBF)) {
                return -1;
            }
        }
        return need + 1;
    }
}
