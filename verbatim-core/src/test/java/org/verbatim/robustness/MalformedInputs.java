package org.verbatim.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Seeded generators of malformed pages. Case {@code i} of seed {@code s} is always the same input: its family comes
 * from a fixed weighted schedule (so every family is covered in any {@link #period()} consecutive cases) and its
 * content from a {@link Random} seeded by {@code (s, i)} alone, so one failing case can be replayed on its own.
 */
final class MalformedInputs {
    /** How deep the nesting cases nest: the depth the issue names. */
    static final int DEPTH = 10_000;

    /**
     * A named generator and how many slots it gets in the schedule: cheap, varied generators get many; the
     * megabyte-sized and 10,000-deep ones few, to keep 10,000 cases within a minute on two cores.
     */
    private record Family(String name, int weight, Function<Random, MalformedCase> make) {
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("truncated", 30, MalformedInputs::truncated),
            new Family("broken-tags", 30, MalformedInputs::brokenTags),
            new Family("unclosed-comment", 15, MalformedInputs::unclosedComment),
            new Family("unclosed-raw-text", 20, MalformedInputs::unclosedRawText),
            new Family("unclosed-cdata", 15, MalformedInputs::unclosedCdata),
            new Family("binary-junk", 20, MalformedInputs::binaryJunk),
            new Family("nul-bytes", 20, MalformedInputs::nulBytes),
            new Family("byte-flips", 35, MalformedInputs::byteFlips),
            new Family("deep-nesting", 2, MalformedInputs::deepNesting),
            new Family("huge-attribute", 2, MalformedInputs::hugeAttribute),
            new Family("many-attributes", 3, MalformedInputs::manyAttributes),
            new Family("lying-charset", 15, MalformedInputs::lyingCharset),
            new Family("bom-vs-meta", 8, MalformedInputs::bomVersusMeta),
            new Family("empty", 2, r -> MalformedCase.html("empty", "0 bytes", new byte[0])),
            new Family("whitespace", 8, MalformedInputs::whitespace),
            new Family("giant-line", 1, MalformedInputs::giantLine),
            new Family("surrogate-garbage", 12, MalformedInputs::surrogateGarbage),
            new Family("deep-json-ld", 5, MalformedInputs::deepJsonLd),
            new Family("inert-bombs", 2, MalformedInputs::inertBombs),
            new Family("text-random", 15, MalformedInputs::textRandom),
            new Family("text-damaged", 15, MalformedInputs::textDamaged),
            new Family("text-whitespace", 6, MalformedInputs::textWhitespace),
            new Family("text-giant", 1, MalformedInputs::textGiant),
            new Family("text-encoding", 5, MalformedInputs::textEncoding));

    private static final List<Family> SCHEDULE = schedule();

    /** Tags and tag pieces cut short, for {@link #brokenTags}. */
    static final List<String> BROKEN_TAGS = List.of("<", "</", "<p", "<div class=\"body", "<a href='x>",
            "<img src=\"a.jpg\" alt=\"unterminated", "</p", "<p/ class=>", "<<>>", "<!", "<?php echo 1; ?>", "</>",
            "<div\u0000>", "<p =\"\">", "<br/ />", "</br>", "<table><p>", "<td>", "</body></html><p>after</p>",
            "<html><head>", "<frameset>", "<select><option>", "<form><form>", "<math><mi>", "<svg><foreignObject>");
    /** Elements whose content the tokenizer reads raw until their end tag, for {@link #unclosedRawText}. */
    static final List<String> RAW_TEXT_OPENERS = List.of("<script>", "<script><!--", "<script><!--<script>",
            "<style>", "<textarea>", "<title>", "<xmp>", "<iframe>", "<noembed>", "<noframes>", "<noscript>",
            "<plaintext>");
    /** Labels that lie about ASCII bytes; a WHATWG-conforming decoder ends up with ASCII for each of them. */
    static final List<String> LYING_META_CHARSETS = List.of("UTF-16", "utf-16le", "UTF-16BE", "Shift_JIS",
            "ISO-2022-JP", "EUC-JP", "utf-7", "x-user-defined", "UTF-32", "utf-99", "", " ", "\"", "ibm037",
            "big5", "GB18030", "windows-1252;charset=utf-16", "utf-8\u0000", "ＵＴＦ－８");
    /** Content-Type values a server may send that name no usable charset. */
    static final List<String> GARBAGE_CONTENT_TYPES = List.of("text/html; charset=\"\"", "text/html; charset=utf-99",
            "text/html; charset=", "text/html;;;charset==;", "charset", "text/html; charset=\"utf-8",
            "text/html; charset=../../etc/passwd", "text/html; charset=\u0000", "application/octet-stream",
            "text/html; charset=x" + "y".repeat(300));

    private MalformedInputs() {
    }

    /** Case {@code index} of {@code seed}. */
    static MalformedCase generate(long seed, int index) {
        Family f = SCHEDULE.get(index % SCHEDULE.size());
        return f.make().apply(random(seed, index));
    }

    /** A generator seeded by {@code (seed, index)} only (SplitMix64 finaliser, so neighbouring cases differ). */
    static Random random(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }

    /** How many cases it takes to go once through the schedule, and so through every family. */
    static int period() {
        return SCHEDULE.size();
    }

    /** The family names. */
    static List<String> familyNames() {
        return FAMILIES.stream().map(Family::name).toList();
    }

    private static List<Family> schedule() {
        List<Family> slots = new ArrayList<>();
        for (Family f : FAMILIES) {
            slots.addAll(Collections.nCopies(f.weight(), f));
        }
        Collections.shuffle(slots, new Random(1));
        return List.copyOf(slots);
    }

    // ---- HTML families ------------------------------------------------------------------------------------------

    static MalformedCase truncated(Random r) {
        byte[] page = pageBytes(r);
        int cut = r.nextInt(page.length);
        return MalformedCase.html("truncated", "cut at " + cut, slice(page, 0, cut));
    }

    static MalformedCase brokenTags(Random r) {
        byte[] page = pageBytes(r);
        int n = 1 + r.nextInt(20);
        for (int i = 0; i < n; i++) {
            page = insert(page, r.nextInt(page.length + 1), utf8(SamplePages.pick(r, BROKEN_TAGS)));
        }
        return MalformedCase.html("broken-tags", n + " fragments", page);
    }

    static MalformedCase unclosedComment(Random r) {
        String page = SamplePages.page(r);
        String opener = SamplePages.pick(r, List.of("<!--", "<!-", "<!--->", "<!-- --!>", "<!", "<?xml ",
                "<!DOCTYPE", "<!--<!--"));
        int at = r.nextInt(page.length() + 1);
        String rest = page.substring(at).replace("-->", "-- >");
        return MalformedCase.html("unclosed-comment", opener + " at " + at, page.substring(0, at) + opener + rest);
    }

    static MalformedCase unclosedRawText(Random r) {
        String page = SamplePages.page(r);
        String opener = SamplePages.pick(r, RAW_TEXT_OPENERS);
        int at = r.nextInt(page.length() + 1);
        String name = opener.substring(1, opener.indexOf('>'));
        String rest = page.substring(at).replace("</" + name, "</" + name + "_");
        return MalformedCase.html("unclosed-raw-text", opener + " at " + at, page.substring(0, at) + opener + rest);
    }

    static MalformedCase unclosedCdata(Random r) {
        String page = SamplePages.page(r);
        String opener = SamplePages.pick(r, List.of("<svg><![CDATA[", "<math><![CDATA[", "<![CDATA[",
                "<p><svg><![CDATA[x\u0000y", "<svg><title><![CDATA[", "<svg><![CDATA[]]]]><![CDATA["));
        int at = page.indexOf("<p>", page.indexOf("<article>"));
        at = at < 0 ? r.nextInt(page.length() + 1) : at + r.nextInt(page.length() - at + 1);
        String rest = page.substring(at).replace("]]>", "]] >");
        return MalformedCase.html("unclosed-cdata", opener.replace("\u0000", "\\0") + " at " + at,
                page.substring(0, at) + opener + rest);
    }

    static MalformedCase binaryJunk(Random r) {
        int kind = r.nextInt(4);
        byte[] junk = randomBytes(r, r.nextInt(32_768));
        return switch (kind) {
            case 0 -> MalformedCase.html("binary-junk", "random bytes", junk);
            case 1 -> MalformedCase.html("binary-junk", "spliced into a page",
                    insert(pageBytes(r), r.nextInt(1000), junk));
            case 2 -> MalformedCase.html("binary-junk", "file signature then junk",
                    concat(SamplePages.pick(r, List.of(new byte[] {0x1f, (byte) 0x8b, 8, 0},
                            utf8("%PDF-1.7\n"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                            new byte[] {'P', 'K', 3, 4})), junk));
            default -> MalformedCase.html("binary-junk", "high bytes only", highBytes(r, junk.length));
        };
    }

    static MalformedCase nulBytes(Random r) {
        int kind = r.nextInt(3);
        if (kind == 0) {
            byte[] page = pageBytes(r);
            int n = 1 + r.nextInt(200);
            for (int i = 0; i < n; i++) {
                page = insert(page, r.nextInt(page.length + 1), new byte[] {0});
            }
            return MalformedCase.html("nul-bytes", n + " inserted", page);
        }
        if (kind == 1) {
            byte[] page = pageBytes(r);
            byte[] interleaved = new byte[page.length * 2];
            for (int i = 0; i < page.length; i++) {
                interleaved[2 * i + r.nextInt(2)] = page[i];
            }
            return MalformedCase.html("nul-bytes", "every other byte NUL, no BOM", interleaved);
        }
        String nul = "\u0000";
        return MalformedCase.html("nul-bytes", "in title, attributes, JSON-LD, text, entities",
                "<html><head><title>Budget" + nul + " vote</title><meta name=\"author\" content=\"An" + nul
                        + "na\"><script type=\"application/ld+json\">{\"headline\":\"a" + nul + "b\\u0000c\"}"
                        + "</script></head><body><article><h1>Head" + nul + "line</h1><p>First" + nul + " para &#0;"
                        + " &#x0; graph.</p><p>" + nul.repeat(50) + "</p><p>" + nul + "</p><pre>x" + nul
                        + "</pre></article></body></html>");
    }

    static MalformedCase byteFlips(Random r) {
        byte[] page = pageBytes(r);
        int n = 1 + r.nextInt(200);
        boolean bits = r.nextBoolean();
        for (int i = 0; i < n; i++) {
            int at = r.nextInt(page.length);
            page[at] = bits ? (byte) (page[at] ^ (1 << r.nextInt(8))) : (byte) r.nextInt(256);
        }
        return MalformedCase.html("byte-flips", n + (bits ? " bit" : " byte") + " flips", page);
    }

    static MalformedCase deepNesting(Random r) {
        String text = SamplePages.paragraph(r, SamplePages.SENTENCES);
        boolean textAtEachLevel = r.nextInt(4) == 0;
        int kind = r.nextInt(8);
        String[] oc = switch (kind) {
            case 0 -> new String[] {"<div>", "</div>"};
            case 1 -> new String[] {"<table><tr><td>", "</td></tr></table>"};
            case 2 -> new String[] {"<ul><li>", "</li></ul>"};
            case 3 -> new String[] {"<b><i>", "</b></i>"};
            case 4 -> new String[] {"<p><b>", "</p></b>"};
            case 5 -> new String[] {"<a href=\"#\">", "</a>"};
            case 6 -> new String[] {"<blockquote><span>", "</span></blockquote>"};
            default -> new String[] {"<div><section><article>", "</div></article>"};
        };
        StringBuilder sb = new StringBuilder(DEPTH * (oc[0].length() + oc[1].length() + 20) + 1000);
        sb.append("<html><head><title>Deep</title></head><body>");
        for (int i = 0; i < DEPTH; i++) {
            sb.append(oc[0]);
            if (textAtEachLevel) {
                sb.append("level ").append(i).append(' ');
            }
        }
        sb.append("<p>").append(text).append("</p>");
        boolean close = r.nextBoolean();
        for (int i = 0; close && i < DEPTH; i++) {
            sb.append(oc[1]);
        }
        sb.append("</body></html>");
        return MalformedCase.html("deep-nesting", oc[0] + " x" + DEPTH + (close ? " closed" : " unclosed")
                + (textAtEachLevel ? ", text at each level" : ""), sb.toString());
    }

    static MalformedCase hugeAttribute(Random r) {
        int size = 200_000 + r.nextInt(1_000_000);
        String value = SamplePages.pick(r, List.of("x", "a b ", "&amp;", "\"", "é€")).repeat(size / 4);
        String quote = r.nextBoolean() ? "\"" : "";
        String tag = SamplePages.pick(r, List.of("p class", "a href", "img alt", "meta content", "div data-x"));
        String page = SamplePages.page(r);
        int at = page.indexOf("<article>") + "<article>".length();
        String element = "<" + tag + "=\"" + value.replace("\"", "&quot;") + quote + ">Attribute case.</"
                + tag.substring(0, tag.indexOf(' ')) + ">";
        return MalformedCase.html("huge-attribute", tag + " of " + value.length() + " chars"
                + (quote.isEmpty() ? ", unterminated" : ""), page.substring(0, at) + element + page.substring(at));
    }

    static MalformedCase manyAttributes(Random r) {
        int n = 1000 + r.nextInt(4000);
        boolean duplicates = r.nextBoolean();
        StringBuilder attrs = new StringBuilder(n * 16);
        for (int i = 0; i < n; i++) {
            attrs.append(' ').append(duplicates ? "class" : "data-a" + i).append("=\"v").append(i).append('"');
        }
        String tag = SamplePages.pick(r, List.of("<p", "<body", "<html", "<article", "<meta", "<h1"));
        String page = SamplePages.page(r);
        int at = page.indexOf(tag);
        String damaged = at < 0 ? attrs + page
                : page.substring(0, at + tag.length()) + attrs + page.substring(at + tag.length());
        return MalformedCase.html("many-attributes", n + (duplicates ? " duplicate" : "") + " attributes on " + tag,
                damaged);
    }

    static MalformedCase lyingCharset(Random r) {
        String label = SamplePages.pick(r, LYING_META_CHARSETS);
        if (r.nextInt(3) == 0) {
            // Latin-1 bytes (é as 0xE9...) under a label that reads them otherwise: only robustness can be asked.
            String page = SamplePages.page(r).replace("charset=\"utf-8\"", "charset=\"" + label.replace("\"", "&quot;")
                    + "\"");
            return MalformedCase.html("lying-charset", "latin-1 bytes, meta " + label,
                    page.getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] page = SamplePages.asciiPage(r, label.replace("\"", "&quot;")).getBytes(StandardCharsets.US_ASCII);
        if (r.nextInt(3) == 0) {
            String ct = SamplePages.pick(r, GARBAGE_CONTENT_TYPES);
            return MalformedCase.htmlPage("lying-charset", "meta " + label + ", header garbage", page, ct)
                    .markAsciiSource();
        }
        return MalformedCase.html("lying-charset", "meta " + label, page).markAsciiSource();
    }

    static MalformedCase bomVersusMeta(Random r) {
        int kind = r.nextInt(4);
        String page = SamplePages.page(r);
        return switch (kind) {
            case 0 -> MalformedCase.html("bom-vs-meta", "UTF-8 BOM, meta windows-1252",
                    concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                            utf8(page.replace("charset=\"utf-8\"", "charset=\"windows-1252\""))));
            case 1 -> MalformedCase.html("bom-vs-meta", "UTF-16LE BOM and content, meta utf-8",
                    concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page.getBytes(StandardCharsets.UTF_16LE)));
            case 2 -> MalformedCase.html("bom-vs-meta", "UTF-16BE BOM on UTF-8 content",
                    concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, utf8(page)));
            default -> MalformedCase.htmlPage("bom-vs-meta", "UTF-8 BOM, header says UTF-16",
                    concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(page)),
                    "text/html; charset=UTF-16");
        };
    }

    static MalformedCase whitespace(Random r) {
        String ws = invisible(r, 1 + r.nextInt(10_000));
        if (r.nextBoolean()) {
            return MalformedCase.html("whitespace", "whitespace only", ws);
        }
        return MalformedCase.html("whitespace", "invisible paragraphs",
                "<html><head><title>" + invisible(r, 20) + "</title></head><body><article><h1>&nbsp;</h1>"
                        + "<p>&nbsp;</p><p>\u3000</p><p>&#8203;</p><p>&#xFEFF;</p><p> \u200B\u2060 </p><p>" + ws
                        + "</p><p>&emsp;&thinsp;</p><li>\u00A0</li></article></body></html>");
    }

    /**
     * Markup aimed at the pre-parse cut of scripts, styles, drawings and data attributes: drawings nested
     * {@value #DEPTH} deep then HTML that breaks out of them, drawings never closed, scripts opened again and again
     * before one end tag, and data attributes by the ten thousand or with a value that never ends.
     */
    static MalformedCase inertBombs(Random r) {
        String text = "<p>" + words(r, 200) + "</p>";
        return switch (r.nextInt(5)) {
            case 0 -> MalformedCase.html("inert-bombs", "nested drawings, then HTML breaking out",
                    "<html><body>" + "<svg>".repeat(DEPTH) + text + "</body></html>");
            case 1 -> MalformedCase.html("inert-bombs", "drawings never closed",
                    "<html><body>" + "<svg><g><path d='M0'/>".repeat(DEPTH) + text);
            case 2 -> MalformedCase.html("inert-bombs", "scripts opened before one end tag",
                    "<html><body>" + "<script>a<!-- ".repeat(DEPTH) + "</script>" + text);
            case 3 -> MalformedCase.html("inert-bombs", "ten thousand data attributes",
                    "<html><body><div" + " data-x=\"1\"".repeat(DEPTH) + ">" + text + "</div></body></html>");
            default -> MalformedCase.html("inert-bombs", "a data attribute that never ends",
                    "<html><body>" + text + "<div data-x=\"" + "<p>x</p>".repeat(DEPTH));
        };
    }

    static MalformedCase giantLine(Random r) {
        String line = words(r, 1_000_000 + r.nextInt(1_000_000));
        return switch (r.nextInt(3)) {
            case 0 -> MalformedCase.html("giant-line", "bare text, no tags", line);
            case 1 -> MalformedCase.html("giant-line", "one paragraph",
                    "<html><body><article><p>" + line + "</p></article></body></html>");
            default -> MalformedCase.html("giant-line", "one paragraph split by <br>",
                    "<html><body><p>" + line.replace(". ", ".<br>") + "</p></body></html>");
        };
    }

    static MalformedCase surrogateGarbage(Random r) {
        int kind = r.nextInt(3);
        if (kind == 0) {
            byte[] page = pageBytes(r);
            int n = 1 + r.nextInt(50);
            for (int i = 0; i < n; i++) {
                page = insert(page, r.nextInt(page.length + 1), SamplePages.pick(r, BAD_UTF8));
            }
            return MalformedCase.html("surrogate-garbage", n + " ill-formed UTF-8 sequences", page);
        }
        if (kind == 1) {
            String refs = "&#xD800; &#xDFFF; &#55357;&#56832; &#xD83D;x &#0; &#x110000; &#99999999999; &#x1F600;"
                    + " &#128512 &#xFFFE; &#x80; &#x9F;";
            String page = SamplePages.page(r);
            return MalformedCase.html("surrogate-garbage", "numeric references to surrogates and beyond",
                    page.replace("<h1>", "<h1>" + refs).replace("</title>", refs + "</title>")
                            .replace("<p>", "<p>" + refs + " ")
                            .replace("Anna Keller\"", "Anna &#xD800;Keller\""));
        }
        StringBuilder sb = new StringBuilder(SamplePages.page(r));
        for (int i = 0; i < 40; i++) {
            sb.insert(r.nextInt(sb.length() + 1), (char) (0xD800 + r.nextInt(0x800)));
        }
        String page = sb.toString().replace("charset=\"utf-8\"", "charset=\"utf-16le\"");
        // Charset encoders replace lone surrogates, so the code units are written out by hand.
        return MalformedCase.html("surrogate-garbage", "UTF-16LE with unpaired surrogates",
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, rawUtf16le(page)));
    }

    static MalformedCase deepJsonLd(Random r) {
        int kind = r.nextInt(4);
        String json = switch (kind) {
            case 0 -> "{\"@type\":\"NewsArticle\",\"headline\":\"Deep\",\"x\":" + "[".repeat(DEPTH) + "1"
                    + "]".repeat(DEPTH) + "}";
            case 1 -> "{\"@type\":\"NewsArticle\",\"author\":" + "{\"@type\":\"Person\",\"name\":".repeat(DEPTH)
                    + "\"A\"" + "}".repeat(DEPTH) + "}";
            case 2 -> "{\"@graph\":[" + "{\"@type\":\"NewsArticle\",\"headline\":\"\\ud800a\\u0000b\\udfff\","
                    + "\"articleBody\":\"Body\\u0000 with \\ud83d lone\\uDE00 halves\",\"datePublished\":"
                    + "\"2024-99-99T99:99\",\"wordCount\":1e999999,\"author\":[{\"name\":\"\\u0000\"},"
                    + "{\"name\":\"\\udc00\"}]}," + "{\"@type\":\"Thing\"},".repeat(5000) + "{}]}";
            default -> "{\"@type\":\"NewsArticle\",\"headline\":\"Unclosed" + "{\"a\":[".repeat(DEPTH);
        };
        String page = SamplePages.page(r);
        int at = page.indexOf("</head>");
        String script = "<script type=\"application/ld+json\">" + json + "</script>";
        return MalformedCase.html("deep-json-ld", List.of("10k nested arrays", "10k nested authors",
                "escaped NULs and lone surrogates", "10k unclosed objects").get(kind),
                page.substring(0, at) + script + page.substring(at));
    }

    // ---- text families ------------------------------------------------------------------------------------------

    static MalformedCase textRandom(Random r) {
        int len = r.nextInt(20_000);
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            int kind = r.nextInt(10);
            if (kind == 0) {
                sb.append((char) r.nextInt(0x20)); // C0 controls, NUL included
            } else if (kind == 1) {
                sb.append((char) (0xD800 + r.nextInt(0x800))); // lone surrogates
            } else if (kind == 2) {
                sb.appendCodePoint(r.nextInt(0x110000));
            } else if (kind == 3) {
                sb.append(r.nextBoolean() ? '\n' : ' ');
            } else {
                sb.append((char) ('a' + r.nextInt(26)));
            }
        }
        if (r.nextBoolean()) {
            return MalformedCase.text("text-random", "random chars, " + len, sb.toString());
        }
        byte[] raw = r.nextBoolean() ? randomBytes(r, len) : rawUtf16le(sb.toString());
        return MalformedCase.textBytes("text-random", "random bytes, " + raw.length, raw);
    }

    static MalformedCase textDamaged(Random r) {
        byte[] text = utf8(scrapedText(r));
        int n = 1 + r.nextInt(100);
        for (int i = 0; i < n; i++) {
            int at = r.nextInt(text.length);
            text[at] = r.nextInt(3) == 0 ? 0 : (byte) r.nextInt(256);
        }
        int cut = r.nextBoolean() ? text.length : r.nextInt(text.length);
        return MalformedCase.textBytes("text-damaged", n + " flips, cut at " + cut, slice(text, 0, cut));
    }

    static MalformedCase textWhitespace(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> MalformedCase.text("text-whitespace", "empty", "");
            case 1 -> MalformedCase.text("text-whitespace", "invisible only", invisible(r, 1 + r.nextInt(5000)));
            case 2 -> MalformedCase.text("text-whitespace", "100k blank lines", "\n".repeat(100_000));
            default -> MalformedCase.text("text-whitespace", "CR and form-feed separators",
                    scrapedText(r).replace("\n\n", r.nextBoolean() ? "\r\r" : "\f\u000B\u2028\u2029"));
        };
    }

    static MalformedCase textGiant(Random r) {
        if (r.nextBoolean()) {
            return MalformedCase.text("text-giant", "one 1-2 MB line", words(r, 1_000_000 + r.nextInt(1_000_000)));
        }
        return MalformedCase.text("text-giant", "50k one-word paragraphs", "word\n\n".repeat(50_000));
    }

    static MalformedCase textEncoding(Random r) {
        String text = scrapedText(r);
        return switch (r.nextInt(3)) {
            case 0 -> MalformedCase.textBytes("text-encoding", "UTF-8 BOM",
                    concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text)));
            case 1 -> MalformedCase.textBytes("text-encoding", "UTF-16LE with BOM",
                    concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
            default -> MalformedCase.textBytes("text-encoding", "windows-1252 bytes",
                    text.getBytes(Charset.forName("windows-1252")));
        };
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** Ill-formed UTF-8: encoded surrogates (CESU-8), overlongs, code points past U+10FFFF, stray continuations. */
    static final List<byte[]> BAD_UTF8 = List.of(bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF),
            bytes(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80), bytes(0xC0, 0x80), bytes(0xE0, 0x80, 0xAF),
            bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0x80), bytes(0xBF, 0xBF),
            bytes(0xFE), bytes(0xFF), bytes(0xE2, 0x82));

    /** A page scraped to text, as a crawler would save it. */
    static String scrapedText(Random r) {
        StringBuilder sb = new StringBuilder("Home News World Sport Menu Search\n24 Jan, 2024 07:41\n\n");
        sb.append("Council approves budget after long debate\n\nBy Anna Keller\n\n");
        int n = 3 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            sb.append(SamplePages.paragraph(r, SamplePages.SENTENCES)).append("\n\n");
            if (r.nextInt(4) == 0) {
                sb.append("Advertisement\n\n");
            }
        }
        return sb.append("© 2024 Example News. All rights reserved.\n").toString();
    }

    private static byte[] pageBytes(Random r) {
        return utf8(SamplePages.page(r));
    }

    private static String words(Random r, int length) {
        StringBuilder sb = new StringBuilder(length + 100);
        while (sb.length() < length) {
            sb.append(SamplePages.pick(r, SamplePages.SENTENCES)).append(' ');
        }
        return sb.toString();
    }

    /** Characters a reader sees as nothing: whitespace of several kinds, zero-width and format characters. */
    private static String invisible(Random r, int length) {
        String pool = " \t\n\r\f\u000B\u00A0\u1680\u2000\u2003\u2009\u200A\u200B\u200C\u200D\u2028\u2029\u202F"
                + "\u205F\u2060\u3000\uFEFF";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(pool.charAt(r.nextInt(pool.length())));
        }
        return sb.toString();
    }

    private static byte[] rawUtf16le(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.write(c & 0xFF);
            out.write(c >>> 8);
        }
        return out.toByteArray();
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] highBytes(Random r, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (0x80 + r.nextInt(128));
        }
        return b;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] insert(byte[] a, int at, byte[] piece) {
        byte[] out = new byte[a.length + piece.length];
        System.arraycopy(a, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(a, at, out, at + piece.length, a.length - at);
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        return insert(a, a.length, b);
    }

    private static byte[] slice(byte[] a, int from, int to) {
        byte[] out = new byte[to - from];
        System.arraycopy(a, from, out, 0, out.length);
        return out;
    }
}
