package org.verbatim.extract.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was UTF-8 once and was decoded as Latin-1 or Windows-1252 on its way into the page ("Investorâs"
 * or "Investorâ€™s" for "Investor’s"): the page's own double encoding, which no charset choice undoes. A text is
 * changed only when every character of it maps back to one byte and those bytes are valid UTF-8 holding at least one
 * character beyond ASCII: a text in Latin-1 as written ("Café", "Müller") is no valid UTF-8 and stays as it is.
 * Stateless and thread-safe.
 */
public final class Mojibake {
    /** Windows-1252's characters for the bytes 0x80-0x9F (0 where the byte is undefined). */
    private static final String CP1252_HIGH = "\u20ac\0\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
            + "\u0152\0\u017d\0\0\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\0\u017e\u0178";

    private Mojibake() {
    }

    /** {@code s} repaired (see the class comment), or {@code s} itself; {@code null} stays {@code null}. */
    public static String repair(String s) {
        if (s == null || !suspicious(s)) {
            return s;
        }
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            int b = byteOf(s.charAt(i));
            if (b < 0) {
                return s;
            }
            bytes[i] = (byte) b;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }

    /**
     * Whether {@code s} holds a UTF-8 lead byte read as a character (U+00C2-U+00F4) followed by a continuation byte
     * read as one (U+0080-U+00BF, or Windows-1252's character for 0x80-0x9F): the cheap test before any decoding.
     */
    static boolean suspicious(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u00c2' && c <= '\u00f4') {
                int next = byteOf(s.charAt(i + 1));
                if (next >= 0x80 && next <= 0xbf) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The byte Latin-1 or Windows-1252 reads as {@code c}, or -1 when there is none. */
    private static int byteOf(char c) {
        if (c <= '\u00ff') {
            return c;
        }
        int i = CP1252_HIGH.indexOf(c);
        return i < 0 || c == '\0' ? -1 : 0x80 + i;
    }
}
