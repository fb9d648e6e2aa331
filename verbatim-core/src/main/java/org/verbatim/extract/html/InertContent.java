package org.verbatim.extract.html;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts, from the raw bytes of an HTML page, the contents that no reader sees and the extractor never reads: the bodies
 * of {@code <script>} (all but JSON-LD) and {@code <style>} elements, the drawing inside inline {@code <svg>}, and the
 * quoted {@code data-*} attributes (but the lazy image sources {@code data-src} and {@code data-srcset}). The elements
 * themselves stay, empty, so the document's structure is unchanged.
 *
 * <p>Why: on news pages these contents are most of the bytes (on the fundus pages, more than half), and every byte
 * costs three times before the extractor sees a node: charset decoding, tokenising and tree building. The extractor
 * drops these elements anyway ({@link DomAnalyzer#DROP_TAGS}), so cutting them first changes no article.
 *
 * <p>The scan is a small HTML tokeniser, careful where a plain search would not be: a {@code <script} inside an
 * attribute value, a comment, a {@code <textarea>} or {@code <title>} is text, not a tag; a script holding
 * {@code <!--} (where HTML's "escaped script" states may move its end) is kept whole. It works on any ASCII-compatible
 * encoding (UTF-8, windows-1252, Shift_JIS, EUC-*, GBK, Big5: none of them uses the byte {@code '<'} inside a
 * multi-byte character); bytes holding a NUL in their first {@value #NUL_PROBE} bytes (UTF-16, UTF-32, binary junk)
 * are returned as they are. Stateless; never throws.
 */
public final class InertContent {
    /** How far to look for a NUL byte, the mark of an encoding that is not ASCII-compatible. */
    static final int NUL_PROBE = 4096;
    /** Pages smaller than this are returned as they are: the saving would not pay for the copy. */
    static final int MIN_BYTES = 8192;

    /**
     * Start tags that end an {@code <svg>} early in HTML's tree building (they "break out" of foreign content), and
     * {@code foreignObject}, which holds HTML: a drawing holding one of these is not cut.
     */
    private static final Set<String> SVG_BREAKOUT = Set.of("b", "big", "blockquote", "body",
            "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head",
            "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span",
            "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font", "foreignobject");
    private static final int MAX_BREAKOUT_LENGTH = 13;
    /** [length][first letter] of the breakout names: a cheap test before the set is consulted. */
    private static final boolean[][] BREAKOUT_SHAPES = new boolean[MAX_BREAKOUT_LENGTH + 1][128];

    static {
        for (String name : SVG_BREAKOUT) {
            BREAKOUT_SHAPES[name.length()][name.charAt(0)] = true;
        }
    }

    /** Elements whose contents the tokeniser reads as text up to their own end tag. */
    private static final String[] RAW_TEXT = {"textarea", "title", "xmp", "iframe", "noembed", "noframes"};
    /** First letters (lower case) of the tags handled here: script, style, svg, plaintext and {@link #RAW_TEXT}. */
    private static final boolean[] MAY_MATTER = new boolean[128];

    static {
        for (String name : List.of("script", "style", "svg", "plaintext")) {
            MAY_MATTER[name.charAt(0)] = true;
        }
        for (String name : RAW_TEXT) {
            MAY_MATTER[name.charAt(0)] = true;
        }
    }

    private InertContent() {
    }

    /**
     * The page without the inert contents; {@code html} itself when there is nothing to cut or the bytes are not in
     * an ASCII-compatible encoding.
     */
    public static byte[] strip(byte[] html) {
        return strip(html, MIN_BYTES);
    }

    /** {@link #strip(byte[])} with another size below which pages are left alone (tests use small pages). */
    static byte[] strip(byte[] html, int minBytes) {
        if (html.length < minBytes || hasNul(html)) {
            return html;
        }
        Cutter c = new Cutter(html);
        c.run();
        return c.result();
    }

    private static boolean hasNul(byte[] b) {
        for (int i = 0, n = Math.min(b.length, NUL_PROBE); i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * One pass over one page: copies the bytes it keeps, in order, into {@code out}. The searches run on a Latin-1
     * view of the bytes ({@code s}: one char per byte, same offsets), whose {@code indexOf} is vectorised by the JVM:
     * a byte-by-byte loop here cost as much as the decoding it saves.
     */
    private static final class Cutter {
        private final byte[] in;
        private final String s;
        private byte[] out;
        private int written;
        /** Start of the bytes read but not yet copied. */
        private int pending;
        /** Next {@code "} and {@code '} at or after {@link #lastFrom} (-1: none left, -2: not searched yet). */
        private int nextDouble = -2;
        private int nextSingle = -2;
        private int lastFrom;
        /** Where the last drawing that held HTML met it (see {@link #cutSvg}); -1 before any. */
        private int breakoutAt = -1;

        /** The byte at {@code i} as the Latin-1 view's char: an array load, without the string's checks. */
        private char at(int i) {
            return (char) (in[i] & 0xFF);
        }

        Cutter(byte[] in) {
            this.in = in;
            this.s = new String(in, StandardCharsets.ISO_8859_1);
        }

        void run() {
            int i = 0;
            while (i >= 0 && i < s.length()) {
                int lt = s.indexOf('<', i);
                if (lt < 0 || lt + 1 >= s.length()) {
                    break;
                }
                i = step(lt); // -1: the rest is text to the end (plaintext, an unclosed comment or raw-text element)
            }
        }

        /** Reads the markup that starts at {@code lt}; returns where to go on, or -1 to stop cutting. */
        private int step(int lt) {
            char next = at(lt + 1);
            if (next == '!') {
                return skipDeclaration(lt);
            }
            if (next == '/' || next == '?') {
                return endOfTag(lt + 2, false);
            }
            if (!isAsciiLetter(next)) {
                return lt + 1; // a lone '<' is text
            }
            int nameEnd = lt + 1;
            while (nameEnd < s.length() && isNameChar(at(nameEnd))) {
                nameEnd++;
            }
            int gt = endOfTag(nameEnd, true);
            return gt < 0 ? -1 : afterStartTag(lt, nameEnd, gt);
        }

        /** After the start tag {@code <name ...>} ending before {@code end}: cuts or skips what its element holds. */
        private int afterStartTag(int lt, int nameEnd, int end) {
            int length = nameEnd - lt - 1;
            if (length < 3 || length > 9 || !MAY_MATTER[Character.toLowerCase(at(lt + 1)) & 0x7f]) {
                return end; // div, a, span, p, li, img...: nothing to cut or skip (one test for most tags)
            }
            if (isName(lt + 1, length, "script")) {
                return isJsonLd(lt, end) ? keptScriptEnd(end) : cutScript(end);
            }
            if (isName(lt + 1, length, "style")) {
                return cutTo(end, closingTag(end, "style"));
            }
            if (isName(lt + 1, length, "svg")) {
                return at(end - 2) == '/' ? end : cutSvg(end);
            }
            if (isName(lt + 1, length, "plaintext")) {
                return -1;
            }
            for (String raw : RAW_TEXT) {
                if (isName(lt + 1, length, raw)) {
                    return closingTag(end, raw);
                }
            }
            return end;
        }

        /** Whether the start tag {@code [from, to)} names JSON-LD (its type attribute, in any case). */
        private boolean isJsonLd(int from, int to) {
            for (int i = from + 2; i + 5 <= to; i++) {
                if (at(i) == '+' && s.regionMatches(true, i - 2, "ld+json", 0, 7)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Cuts a script's text up to its end tag. A script holding a comment opener ends the cutting: HTML's
         * escaped-script states may end it elsewhere, so the rest is left to the parser.
         */
        private int cutScript(int from) {
            int close = scriptEnd(from);
            return close < 0 ? -1 : cutTo(from, close);
        }

        /** The end of a script that is kept (JSON-LD), or -1 when its end is uncertain (see {@link #cutScript}). */
        private int keptScriptEnd(int from) {
            return scriptEnd(from);
        }

        /** Position of the script's end tag, or -1 when there is none or a {@code <!--} comes first. */
        private int scriptEnd(int from) {
            for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
                if (s.startsWith("<!--", i)) {
                    return -1;
                }
                if (i + 1 < s.length() && at(i + 1) == '/' && isTagName(i + 2, "script")) {
                    return i;
                }
            }
            return -1;
        }

        /** Cuts {@code [from, close)} and goes on at {@code close}; -1 (stop) when there is no end. */
        private int cutTo(int from, int close) {
            if (close < 0) {
                return -1;
            }
            cut(from, close);
            return close;
        }

        /**
         * Cuts an {@code <svg>}'s contents up to the end tag that closes it (nested drawings counted). A drawing
         * holding HTML is left whole and the scan goes on inside it; the HTML's position is remembered, so that the
         * drawings opened before it are not scanned again one by one (ten thousand nested drawings would cost ten
         * thousand scans): they are left whole too, which is always safe.
         */
        private int cutSvg(int from) {
            if (from < breakoutAt) {
                return from;
            }
            int depth = 1;
            int i = from;
            while (true) {
                int lt = s.indexOf('<', i);
                if (lt < 0 || lt + 1 >= s.length()) {
                    return -1;
                }
                if (at(lt + 1) == '/' && isTagName(lt + 2, "svg")) {
                    if (--depth == 0) {
                        return cutTo(from, lt);
                    }
                } else if (isTagName(lt + 1, "svg")) {
                    int gt = endOfTag(lt + 4, false);
                    if (gt < 0) {
                        return -1;
                    }
                    depth += at(gt - 2) == '/' ? 0 : 1;
                    i = gt;
                    continue;
                } else if (isAsciiLetter(at(lt + 1)) && isBreakout(lt + 1)) {
                    breakoutAt = lt;
                    return from; // HTML inside the drawing: read on as HTML, cut nothing here
                }
                i = lt + 1;
            }
        }

        /**
         * Whether the tag name at {@code at} is one of {@link #SVG_BREAKOUT}; names of a length and first letter that
         * no breakout has (most of a drawing's: path, g, rect...) are told apart without building a string.
         */
        private boolean isBreakout(int at) {
            int end = at;
            while (end < s.length() && end < at + MAX_BREAKOUT_LENGTH + 1 && isNameChar(at(end))) {
                end++;
            }
            int length = end - at;
            char first = Character.toLowerCase(at(at));
            return length <= MAX_BREAKOUT_LENGTH && first < 128 && BREAKOUT_SHAPES[length][first]
                    && SVG_BREAKOUT.contains(s.substring(at, end).toLowerCase(Locale.ROOT));
        }

        /** Position of the first {@code </name} (followed by a space, '/' or '>') at or after {@code from}, or -1. */
        private int closingTag(int from, String name) {
            for (int i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 2)) {
                if (isTagName(i + 2, name)) {
                    return i;
                }
            }
            return -1;
        }

        /** {@code <!-- ... -->} or {@code <!DOCTYPE ...>} / {@code <![CDATA[...]]>}: where it ends, or -1. */
        private int skipDeclaration(int lt) {
            if (s.startsWith("<!--", lt)) {
                int end = s.indexOf("-->", lt + 4);
                return end < 0 ? -1 : end + 3;
            }
            int gt = s.indexOf('>', lt);
            return gt < 0 ? -1 : gt + 1;
        }

        /**
         * The position just after the {@code '>'} closing the tag whose attributes start at {@code from}, or -1. A
         * quote opens a value only right after {@code '='} (and spaces), as in HTML's tokeniser; inside it a
         * {@code '>'} is text. Jumps from quote to quote: tags are most of a page's markup. With {@code cutData}
         * (start tags read in order, not inside a drawing that is cut whole) quoted {@code data-*} attributes the
         * extractor never reads are cut ({@link #isUnreadData}).
         */
        private int endOfTag(int from, boolean cutData) {
            int i = from;
            while (true) {
                int gt = s.indexOf('>', i);
                if (gt < 0) {
                    return -1;
                }
                int quote = nextQuote(i, gt);
                if (quote < 0) {
                    return gt + 1;
                }
                int equals = valueEquals(from, quote);
                if (equals >= 0) {
                    int close = s.indexOf(at(quote), quote + 1);
                    if (close < 0) {
                        return -1;
                    }
                    if (cutData) {
                        int name = nameStart(from, equals);
                        if (name >= 0 && isUnreadData(name, equals)) {
                            cut(name, close + 1);
                        }
                    }
                    i = close + 1;
                } else {
                    i = quote + 1;
                }
            }
        }

        /**
         * Start of the attribute name that ends before the {@code '='} at {@code equals} (spaces between), or -1. A
         * name runs back to a space, a slash or the quote that closed the previous value.
         */
        private int nameStart(int tagFrom, int equals) {
            int k = equals - 1;
            while (k >= tagFrom && isSpace(at(k))) {
                k--;
            }
            int end = k + 1;
            while (k >= tagFrom && isNameChar(at(k)) && at(k) != '"' && at(k) != '\'' && at(k) != '=') {
                k--;
            }
            return k + 1 < end ? k + 1 : -1;
        }

        /**
         * Whether the attribute named in {@code [name, equals)} (trailing spaces allowed) is a {@code data-*} attribute
         * the extractor never reads: all are but {@code data-src} and {@code data-srcset} (lazy images). On pages built
         * by script frameworks these carry serialised state and are a sixth of what is left after the scripts.
         */
        private boolean isUnreadData(int name, int equals) {
            if (!s.regionMatches(true, name, "data-", 0, 5)) {
                return false;
            }
            int end = equals;
            while (end > name && isSpace(at(end - 1))) {
                end--;
            }
            int length = end - name;
            return !(length == 8 && s.regionMatches(true, name, "data-src", 0, 8))
                    && !(length == 11 && s.regionMatches(true, name, "data-srcset", 0, 11));
        }

        /**
         * The first quote character in {@code [from, to)}, or -1. The next quote of each kind is remembered (the scan
         * mostly moves forward), so each is searched for once per stretch rather than char by char in every tag.
         */
        private int nextQuote(int from, int to) {
            if (from < lastFrom) {
                nextDouble = -2;
                nextSingle = -2;
            }
            lastFrom = from;
            if (nextDouble != -1 && nextDouble < from) {
                nextDouble = s.indexOf('"', from);
            }
            if (nextSingle != -1 && nextSingle < from) {
                nextSingle = s.indexOf('\'', from);
            }
            int q = nextDouble < 0 ? nextSingle : nextSingle < 0 ? nextDouble : Math.min(nextDouble, nextSingle);
            return q >= 0 && q < to ? q : -1;
        }

        /** The {@code '='} that the quote at {@code quote} follows (spaces between) within the tag, or -1. */
        private int valueEquals(int tagFrom, int quote) {
            int k = quote - 1;
            while (k >= tagFrom && isSpace(at(k))) {
                k--;
            }
            return k >= tagFrom && at(k) == '=' ? k : -1;
        }

        private void cut(int from, int to) {
            if (out == null) {
                out = new byte[in.length];
            }
            System.arraycopy(in, pending, out, written, from - pending);
            written += from - pending;
            pending = to;
        }

        byte[] result() {
            if (out == null) {
                return in;
            }
            System.arraycopy(in, pending, out, written, in.length - pending);
            return Arrays.copyOf(out, written + in.length - pending);
        }

        /** Whether the {@code length} chars at {@code at} are {@code name}, ignoring ASCII case. */
        private boolean isName(int at, int length, String name) {
            return length == name.length() && s.regionMatches(true, at, name, 0, length);
        }

        /** Whether a tag name {@code name} starts at {@code at} and ends there (space, '/' or '>' follows). */
        private boolean isTagName(int at, String name) {
            int end = at + name.length();
            return end < s.length() && s.regionMatches(true, at, name, 0, name.length()) && !isNameChar(at(end));
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Chars that continue a tag name: anything but space, '/', '>' (as HTML's tokeniser reads names). */
    private static boolean isNameChar(char c) {
        return c != '/' && c != '>' && !isSpace(c);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
