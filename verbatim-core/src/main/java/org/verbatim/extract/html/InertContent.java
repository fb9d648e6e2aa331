package org.verbatim.extract.html;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.verbatim.extract.html.dom.DomAnalyzer;

/**
 * Cuts, from the raw bytes of an HTML page, the contents that no reader sees and the extractor never reads: the bodies
 * of {@code <script>} (all but JSON-LD) and {@code <style>} elements, the drawing inside inline {@code <svg>}, the
 * texts of comments, and the quoted {@code data-*} attributes (but the lazy image sources {@code data-src} and
 * {@code data-srcset}). The elements and comments themselves stay, empty, so the document's structure is unchanged.
 *
 * <p>Why: on news pages these contents are most of the bytes (on the fundus pages, more than half), and every byte
 * costs three times before the extractor sees a node: charset decoding, tokenising and tree building. The extractor
 * drops these elements anyway ({@link DomAnalyzer#DROP_TAGS}), so cutting them first changes no article.
 *
 * <p>The scan is a small HTML tokeniser that reads tags, attributes, comments and raw-text elements as HTML's own
 * tokeniser does: a {@code <script} inside an attribute value, a comment, a bogus comment, a {@code <textarea>} or
 * {@code <title>} is text, not a tag. Where the two could part ways it stops cutting for the rest of the page, which is
 * always safe: at a script holding {@code <!--} and then a {@code <script} tag before the {@code -->} (HTML's
 * "double escaped" state, which jsoup reads otherwise inside a {@code <noscript>}), at {@code <math>},
 * and at a drawing that is not plain (one holding HTML, which ends it early, or a style or CDATA, read otherwise in a
 * drawing). It works on ASCII-compatible encodings (UTF-8, windows-1252, Shift_JIS, EUC-*, GBK, Big5: none of them
 * uses the bytes {@code <>"'=} inside a multi-byte character); bytes with a NUL in their first {@value #NUL_PROBE}
 * (UTF-16, UTF-32, binary junk) or an ESC anywhere (ISO-2022) are returned as they are. Stateless; never throws.
 */
public final class InertContent {
    /** How far to look for a NUL byte, the mark of an encoding that is not ASCII-compatible. */
    static final int NUL_PROBE = 4096;
    /** Pages smaller than this are returned as they are: the saving would not pay for the copy. */
    static final int MIN_BYTES = 8192;

    /**
     * The elements of a plain drawing (lower case): SVG's shapes, structure, gradients, filters, text and animation.
     * A drawing holding anything else (an HTML element ends it early; a style is read as markup there) is not cut.
     */
    private static final Set<String> SVG_ELEMENTS = Set.of("a", "animate", "animatemotion", "animatetransform",
            "circle", "clippath", "defs", "desc", "ellipse", "feblend", "fecolormatrix", "fecomponenttransfer",
            "fecomposite", "feconvolvematrix", "fediffuselighting", "fedisplacementmap", "fedistantlight",
            "fedropshadow", "feflood", "fefunca", "fefuncb", "fefuncg", "fefuncr", "fegaussianblur", "feimage",
            "femerge", "femergenode", "femorphology", "feoffset", "fepointlight", "fespecularlighting", "fespotlight",
            "fetile", "feturbulence", "filter", "g", "image", "line", "lineargradient", "marker", "mask", "metadata",
            "mpath", "path", "pattern", "polygon", "polyline", "radialgradient", "rect", "set", "stop", "switch",
            "symbol", "text", "textpath", "title", "tspan", "use", "view", "style");
    /** Drawing elements allowed only with plain text inside: a drawing's style sheet, its title and description. */
    private static final Set<String> TEXT_ONLY = Set.of("title", "desc", "style");

    /** Elements whose contents the tokeniser reads as text up to their own end tag. */
    private static final String[] RAW_TEXT = {"textarea", "title", "xmp", "iframe", "noembed", "noframes"};
    /** First letters (lower case) of the tags handled here: script, style, svg, math, plaintext, {@link #RAW_TEXT}. */
    private static final boolean[] MAY_MATTER = new boolean[128];

    static {
        for (String name : List.of("script", "style", "svg", "math", "plaintext")) {
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
        if (c.s.indexOf('\u001b') >= 0) {
            return html; // ISO-2022 switches to double-byte text with ESC sequences: ASCII bytes are halves of letters
        }
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
     * One pass over one page: notes the ranges it cuts, then copies the bytes between them, in order, into an array
     * of the kept size (no page-sized scratch array to clear and copy again). The searches run on a Latin-1
     * view of the bytes ({@code s}: one char per byte, same offsets), whose {@code indexOf} is vectorised by the JVM:
     * a byte-by-byte loop here cost as much as the decoding it saves. Every scan moves forward, so a page costs one
     * pass; whatever the cutter is unsure of (HTML inside a drawing, MathML, escaped scripts, CDATA) ends the cutting
     * for the rest of the page, which is always safe.
     */
    private static final class Cutter {
        private final byte[] in;
        private final String s;
        private final int n;
        /** The cut ranges so far, start and end in turn, in order. */
        private int[] cuts = new int[32];
        private int cutCount;
        /** Bytes cut so far. */
        private int removed;
        /** Whether the tag {@link #endOfTag} last read ended with {@code />}. */
        private boolean selfClosing;

        /** The byte at {@code i} as the Latin-1 view's char: an array load, without the string's checks. */
        private char at(int i) {
            return (char) (in[i] & 0xFF);
        }

        Cutter(byte[] in) {
            this.in = in;
            this.s = new String(in, StandardCharsets.ISO_8859_1);
            this.n = in.length;
        }

        void run() {
            int i = 0;
            while (i >= 0 && i < n) {
                int lt = s.indexOf('<', i);
                if (lt < 0 || lt + 1 >= n) {
                    break;
                }
                i = step(lt); // -1: stop cutting (plaintext, an unclosed element, or markup the cutter is unsure of)
            }
        }

        /** Reads the markup that starts at {@code lt}; returns where to go on, or -1 to stop cutting. */
        private int step(int lt) {
            char next = at(lt + 1);
            if (next == '!') {
                return skipComment(lt);
            }
            if (next == '?' || next == '/' && (lt + 2 >= n || !isAsciiLetter(at(lt + 2)))) {
                int gt = s.indexOf('>', lt + 2); // a bogus comment (or "</>"): it ends at the first '>', quotes or not
                return gt < 0 ? -1 : gt + 1;
            }
            if (next == '/') {
                return endOfTag(nameEnd(lt + 2), false); // an end tag: its attributes are read, never kept
            }
            if (!isAsciiLetter(next)) {
                return lt + 1; // a lone '<' is text
            }
            int nameEnd = nameEnd(lt + 1);
            int gt = endOfTag(nameEnd, true);
            return gt < 0 ? -1 : afterStartTag(lt, nameEnd, gt);
        }

        private int nameEnd(int from) {
            int i = from;
            while (i < n && isNameChar(at(i))) {
                i++;
            }
            return i;
        }

        /** After the start tag {@code <name ...>} ending before {@code end}: cuts or skips what its element holds. */
        private int afterStartTag(int lt, int nameEnd, int end) {
            int length = nameEnd - lt - 1;
            if (length < 3 || length > 9 || !MAY_MATTER[Character.toLowerCase(at(lt + 1)) & 0x7f]) {
                return end; // div, a, span, p, li, img...: nothing to cut or skip (one test for most tags)
            }
            if (isName(lt + 1, length, "script")) {
                int close = scriptEnd(end);
                return isJsonLd(lt, end) || close < 0 ? close : cutTo(end, close);
            }
            if (isName(lt + 1, length, "style")) {
                return cutTo(end, closingTag(end, "style"));
            }
            if (isName(lt + 1, length, "svg")) {
                return selfClosing ? end : cutTo(end, plainDrawingEnd(end));
            }
            if (isName(lt + 1, length, "math") || isName(lt + 1, length, "plaintext")) {
                return selfClosing && length == 4 ? end : -1; // MathML tokenises otherwise; plaintext never ends
            }
            for (String raw : RAW_TEXT) {
                if (isName(lt + 1, length, raw)) {
                    return closingTag(end, raw);
                }
            }
            return end;
        }

        /**
         * Whether the start tag {@code [from, to)} names JSON-LD (its type attribute, in any case), or may once its
         * character references are decoded ({@code ld&#43;json}): a script kept whole.
         */
        private boolean isJsonLd(int from, int to) {
            for (int i = from + 2; i + 5 <= to; i++) {
                if (at(i) == '&' || at(i) == '+' && s.regionMatches(true, i - 2, "ld+json", 0, 7)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Position of the script's end tag, or -1 when there is none or it is uncertain. The script is read in HTML's
         * script data states: after a {@code <!--} it is "escaped" until a {@code -->} (the opener's dashes count:
         * {@code <!-->} ends it at once), and a {@code </script} (then a space, {@code /} or {@code >}) ends it in
         * either state. An escaped {@code <script} tag would make it "double escaped", where HTML reads the next
         * {@code </script>} as text but jsoup, inside a {@code <noscript>}, as the end: such a script is left to the
         * parser.
         */
        private int scriptEnd(int from) {
            int i = from;
            while (true) {
                int lt = s.indexOf('<', i);
                if (lt < 0) {
                    return -1;
                }
                if (isEndTagAt(lt, "script")) {
                    return lt;
                }
                i = s.startsWith("<!--", lt) ? afterEscape(lt + 2) : lt + 1;
                if (i < 0) {
                    return -1;
                }
            }
        }

        /**
         * In escaped script data from {@code from} (where the opener's dashes start): where plain script data goes
         * on (after the {@code -->}), or the position of the script's end tag when it comes first (the caller finds
         * it there), or -1 when the page ends first or a {@code <script} tag comes first.
         */
        private int afterEscape(int from) {
            int i = from;
            int close = s.indexOf("-->", i);
            while (true) {
                if (close >= 0 && close < i) {
                    close = s.indexOf("-->", i);
                }
                int lt = s.indexOf('<', i);
                if (close >= 0 && (lt < 0 || close < lt)) {
                    return close + 3;
                }
                if (lt < 0) {
                    return -1;
                }
                if (isEndTagAt(lt, "script")) {
                    return lt;
                }
                if (isTagName(lt + 1, "script")) {
                    return -1; // "double escaped": read otherwise inside a <noscript> (jsoup), so left to the parser
                }
                i = lt + 1;
            }
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
         * Where the drawing whose contents start at {@code from} ends (its {@code </svg>}, nested drawings counted),
         * when it is plain: nothing but drawing elements ({@link #SVG_ELEMENTS}, those of {@link #TEXT_ONLY} holding
         * plain text), comments and processing instructions, each end tag closing an element opened in it. Then HTML
         * parses it as the cutter reads it. Anything else (an HTML element or end tag, which ends the drawing early; a
         * style or script; CDATA) gives -1: the cutting stops.
         */
        private int plainDrawingEnd(int from) {
            int depth = 1;
            java.util.Map<String, Integer> open = new java.util.HashMap<>(); // an end tag must close one of these
            int i = from;
            while (true) {
                int lt = s.indexOf('<', i);
                if (lt < 0 || lt + 2 >= n) {
                    return -1;
                }
                char c = at(lt + 1);
                if (c == '!') {
                    if (!s.startsWith("<!--", lt)) {
                        return -1; // CDATA and the like: read otherwise inside a drawing
                    }
                    i = skipDeclaration(lt);
                } else if (c == '?') {
                    i = s.indexOf('>', lt);
                } else if (c == '/' || isAsciiLetter(c)) {
                    boolean end = c == '/';
                    int nameStart = end ? lt + 2 : lt + 1;
                    int nameEnd = nameEnd(nameStart);
                    String name = s.substring(nameStart, Math.min(nameEnd, nameStart + 32)).toLowerCase(Locale.ROOT);
                    if (!name.equals("svg") && !SVG_ELEMENTS.contains(name)) {
                        return -1;
                    }
                    int gt = endOfTag(nameEnd, false);
                    if (gt < 0) {
                        return -1;
                    }
                    if (name.equals("svg")) {
                        depth += end ? -1 : selfClosing ? 0 : 1;
                        if (depth == 0) {
                            return lt;
                        }
                    } else if (end) {
                        if (open.getOrDefault(name, 0) == 0) {
                            return -1; // closes nothing in the drawing: HTML may close its own element ("</a>") there
                        }
                        open.merge(name, -1, Integer::sum);
                    } else if (!selfClosing) {
                        if (TEXT_ONLY.contains(name) && !isEndTagAt(s.indexOf('<', gt), name)) {
                            return -1; // markup in a title or desc is read as HTML, in a style as markup
                        }
                        open.merge(name, 1, Integer::sum);
                    }
                    i = gt;
                } else {
                    i = lt + 1; // a lone '<' is text
                }
                if (i < 0) {
                    return -1;
                }
            }
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

        /**
         * Where the declaration at {@code lt} ends ({@link #skipDeclaration}); a comment's text is cut (no stage
         * reads comments), its {@code <!--} and {@code -->} (or {@code --!>}) kept, so the page keeps an empty
         * comment where it had one.
         */
        private int skipComment(int lt) {
            int end = skipDeclaration(lt);
            if (end > 0 && s.startsWith("<!--", lt)) {
                int close = at(end - 2) == '!' ? end - 4 : end - 3; // the "--" of "--!>" or "-->"
                if (close > lt + 4) {
                    cut(lt + 4, close);
                }
            }
            return end;
        }

        /**
         * Where a comment ({@code <!-- ... -->}, also {@code <!-->}, {@code <!--->} and one ended by {@code --!>}) or
         * another declaration ({@code <!DOCTYPE ...>}, a bogus comment up to the first {@code '>'}) ends, or -1.
         */
        private int skipDeclaration(int lt) {
            if (!s.startsWith("<!--", lt)) {
                int gt = s.indexOf('>', lt);
                return gt < 0 ? -1 : gt + 1;
            }
            int i = lt + 4;
            if (i < n && at(i) == '>') {
                return i + 1;
            }
            if (i + 1 < n && at(i) == '-' && at(i + 1) == '>') {
                return i + 2;
            }
            for (int k = s.indexOf("--", i); k >= 0; k = s.indexOf("--", k + 1)) {
                if (k + 2 < n && at(k + 2) == '>') {
                    return k + 3;
                }
                if (k + 3 < n && at(k + 2) == '!' && at(k + 3) == '>') {
                    return k + 4;
                }
            }
            return -1;
        }

        /**
         * Reads a tag's attributes as HTML's tokeniser does, from {@code from} (just after the tag name), and returns
         * the position after its {@code '>'}, or -1 when the page ends first. A name may start with any character
         * but a space, '/' or '>' (even '=' or a quote) and runs to a space, '/', '>' or '='; a value after '=' is
         * quoted (a '>' inside is text) or runs to a space or '>'. With {@code cutData}, quoted {@code data-*}
         * values the extractor never reads are cut ({@link #isUnreadData}). Sets {@link #selfClosing}.
         */
        private int endOfTag(int from, boolean cutData) {
            int i = from;
            selfClosing = false;
            while (true) {
                while (i < n && (isSpace(at(i)) || at(i) == '/')) {
                    selfClosing = at(i) == '/';
                    i++;
                }
                if (i >= n) {
                    return -1;
                }
                if (at(i) == '>') {
                    return i + 1;
                }
                selfClosing = false;
                int nameStart = i++;
                while (i < n && !isSpace(at(i)) && at(i) != '/' && at(i) != '>' && at(i) != '=') {
                    i++;
                }
                int nameEnd = i;
                while (i < n && isSpace(at(i))) {
                    i++;
                }
                if (i >= n || at(i) != '=') {
                    continue; // no value: the next attribute, a '/' or the '>'
                }
                i++;
                while (i < n && isSpace(at(i))) {
                    i++;
                }
                if (i >= n) {
                    return -1;
                }
                char c = at(i);
                if (c == '"' || c == '\'') {
                    int close = s.indexOf(c, i + 1);
                    if (close < 0) {
                        return -1;
                    }
                    if (cutData && isUnreadData(nameStart, nameEnd)) {
                        cut(nameStart, close + 1);
                    }
                    i = close + 1;
                } else {
                    while (i < n && !isSpace(at(i)) && at(i) != '>') {
                        i++; // an unquoted value
                    }
                }
            }
        }

        /**
         * Whether the attribute named {@code [name, end)} is a {@code data-*} attribute the extractor never reads:
         * all are but {@code data-src} and {@code data-srcset} (lazy images). On pages built by script frameworks
         * these carry serialised state and are a sixth of what is left after the scripts.
         */
        private boolean isUnreadData(int name, int end) {
            int length = end - name;
            char first = at(name); // one compare turns away class, href, src, style...: no case-blind region match
            return length > 5 && (first == 'd' || first == 'D') && s.regionMatches(true, name, "data-", 0, 5)
                    && !(length == 8 && s.regionMatches(true, name, "data-src", 0, 8))
                    && !(length == 11 && s.regionMatches(true, name, "data-srcset", 0, 11));
        }

        private void cut(int from, int to) {
            if (cutCount == cuts.length) {
                cuts = Arrays.copyOf(cuts, 2 * cutCount);
            }
            cuts[cutCount++] = from;
            cuts[cutCount++] = to;
            removed += to - from;
        }

        byte[] result() {
            if (cutCount == 0) {
                return in;
            }
            byte[] out = new byte[n - removed];
            int written = 0;
            int kept = 0;
            for (int c = 0; c < cutCount; c += 2) {
                System.arraycopy(in, kept, out, written, cuts[c] - kept);
                written += cuts[c] - kept;
                kept = cuts[c + 1];
            }
            System.arraycopy(in, kept, out, written, n - kept);
            return out;
        }

        /** Whether the {@code length} chars at {@code at} are {@code name}, ignoring ASCII case. */
        private boolean isName(int at, int length, String name) {
            return length == name.length() && s.regionMatches(true, at, name, 0, length);
        }

        /** Whether {@code </name} starts at {@code lt}. */
        private boolean isEndTagAt(int lt, String name) {
            return lt >= 0 && lt + 1 < n && at(lt + 1) == '/' && isTagName(lt + 2, name);
        }

        /** Whether a tag name {@code name} starts at {@code at} and ends there (space, '/' or '>' follows). */
        private boolean isTagName(int at, String name) {
            int end = at + name.length();
            return at >= 0 && end < n && s.regionMatches(true, at, name, 0, name.length()) && !isNameChar(at(end));
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Chars that continue a tag name: anything but space, '/', '>' (as HTML's tokeniser reads names). */
    private static boolean isNameChar(char c) {
        return c != '/' && c != '>' && !isSpace(c);
    }

    /** HTML's spaces; every one is at most {@code ' '}, so that most chars take one comparison. */
    private static boolean isSpace(char c) {
        return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f');
    }
}
