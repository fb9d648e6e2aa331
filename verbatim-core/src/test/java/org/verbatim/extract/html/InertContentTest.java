package org.verbatim.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InertContentTest {
    private static String strip(String html) {
        return new String(InertContent.strip(html.getBytes(StandardCharsets.UTF_8), 0), StandardCharsets.UTF_8);
    }

    @Test
    void cutsScriptStyleAndDrawingBodiesButKeepsJsonLd() {
        String html = "<html><head><script>var a = '<p>x</p>';</script><style>p { color: red }</style>"
                + "<script type=\"application/LD+JSON\">{\"headline\":\"H\"}</script></head>"
                + "<body><p>Text<svg viewBox=\"0 0 1 1\"><title>Icon</title><path d=\"M0\"/></svg> more</p>"
                + "</body></html>";
        assertThat(strip(html)).isEqualTo("<html><head><script></script><style></style>"
                + "<script type=\"application/LD+JSON\">{\"headline\":\"H\"}</script></head>"
                + "<body><p>Text<svg viewBox=\"0 0 1 1\"></svg> more</p></body></html>");
    }

    @Test
    void cutsDataAttributesButLazyImageSources() {
        String html = "<div class=\"a\" data-props='{\"x\":\"<p>\"}' id=x data-n = \"1\"><img data-src=\"i.jpg\" "
                + "DATA-SRCSET='i.jpg 1x' data-srcx=\"y\"><p data-flag>t</p></div>";
        assertThat(strip(html)).isEqualTo("<div class=\"a\"  id=x ><img data-src=\"i.jpg\" DATA-SRCSET='i.jpg 1x' >"
                + "<p data-flag>t</p></div>");
    }

    @Test
    void aScriptTagInsideAnAttributeCommentOrTextareaIsText() {
        String html = "<div aria-label=\"<script>x\" title='a>b'>one</div><!-- <script> -->"
                + "<textarea><script></textarea>"
                + "<title><style></title><p>two</p><script>gone()</script><p>three</p>";
        assertThat(strip(html)).isEqualTo(html.replace("gone()", "").replace(" <script> ", ""));
    }

    @Test
    void aScriptIsReadInHtmlsEscapedStates() {
        // "<!--" then "<script>": the next two "</script>" are text, and the page ends inside the script
        String html = "<script>document.write('<!--<script>');</script><p>x</p><script>later()</script>";
        assertThat(strip(html)).isEqualTo(html);
        String plain = "<script><!-- var a = 1; //--></script><p>x</p><script>later()</script>";
        assertThat(strip(plain)).isEqualTo("<script></script><p>x</p><script></script>");
        // "double escaped" (jsoup ends it at the first "</script>" inside a <noscript>): left to the parser
        String doubled = "<script><!--<script>a</script>b--></script><p>x</p><script>later()</script>";
        assertThat(strip(doubled)).isEqualTo(doubled);
        String escapedEnd = "<script><!-- a </script><p>x</p><script>b<!-->c</script><script>d</script>";
        assertThat(strip(escapedEnd)).isEqualTo("<script></script><p>x</p><script></script><script></script>");
        String closed = "<script><!-- a --> if (a<b) w('<script>') </script><p>x</p><script>d</script>";
        assertThat(strip(closed)).isEqualTo("<script></script><p>x</p><script></script>");
    }

    @Test
    void commentTextIsCutTheCommentKept() {
        assertThat(strip("<p>a<!-- note -->b</p><!---><!-- x --!><!---->"))
                .isEqualTo("<p>a<!---->b</p><!---><!----!><!---->");
    }

    @Test
    void attributesAndCommentsAreReadAsHtmlReadsThem() {
        // an empty unquoted value takes the next word: data-c="d" is b's value, not an attribute
        assertThat(strip("<a b= data-c=\"d\">t</a><style>s</style>"))
                .isEqualTo("<a b= data-c=\"d\">t</a><style></style>");
        // bogus comments and short comments end at their first '>'
        assertThat(strip("<? a=\"><textarea>\"><script>x</script></textarea>"))
                .isEqualTo("<? a=\"><textarea>\"><script>x</script></textarea>");
        assertThat(strip("<!--><textarea>--><style>x</style></textarea>"))
                .isEqualTo("<!--><textarea>--><style>x</style></textarea>");
        assertThat(strip("<!-- a --!><style>x</style>")).isEqualTo("<!----!><style></style>");
    }

    @Test
    void jsonLdNamedWithACharacterReferenceAndIso2022PagesAreKept() {
        String entity = "<script type=\"application/ld&#43;json\">{\"a\":1}</script>";
        assertThat(strip(entity)).isEqualTo(entity);
        byte[] iso2022 = ("<p>\u001b$B$3$s\u001b(B</p><script>x</script>" + " ".repeat(InertContent.MIN_BYTES))
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(InertContent.strip(iso2022)).isSameAs(iso2022);
    }

    @Test
    void plainDrawingsAreCutNestedOnesCounted() {
        String html = "<p>a</p><svg viewBox='0 0 1 1'><!-- icon --><title>Share</title><g><svg><rect/></svg></g>"
                + "<path d='M0 0'/></svg><p>b</p><style>x</style>";
        assertThat(strip(html)).isEqualTo("<p>a</p><svg viewBox='0 0 1 1'></svg><p>b</p><style></style>");
    }

    @Test
    void aDrawingHoldingHtmlOrStyleOrMathStopsTheCutting() {
        for (String page : List.of("<svg><path/><p>Article text</p></svg><svg><path/></svg><style>x</style>",
                "<div><svg></div>x</svg><style>y</style>", "<svg><style><b>x</style></svg><script>z</script>",
                "<svg><title><b>t</b></title></svg><style>y</style>", "<math><mi>x</mi></math><style>y</style>",
                "<svg><![CDATA[ <style> ]]></svg><script>z</script>")) {
            assertThat(strip(page)).as(page).isEqualTo(page);
        }
    }

    @Test
    void unclosedElementsAndPlaintextStopTheCutting() {
        assertThat(strip("<style>a{}</style><script>never closed")).isEqualTo("<style></style><script>never closed");
        assertThat(strip("<plaintext><script>x</script>")).isEqualTo("<plaintext><script>x</script>");
    }

    @Test
    void smallPagesAndBytesWithNulAreLeftAlone() {
        byte[] small = "<script>x</script>".getBytes(StandardCharsets.US_ASCII);
        assertThat(InertContent.strip(small)).isSameAs(small);
        byte[] utf16 = ("<script>x</script>" + "y".repeat(InertContent.MIN_BYTES))
                .getBytes(StandardCharsets.UTF_16LE);
        assertThat(InertContent.strip(utf16)).isSameAs(utf16);
    }

    /** Pieces of markup, plain and tricky, from which random pages are drawn. */
    private static final List<String> PIECES = List.of("<p>Some text</p>", "<div class=\"c\">", "</div>",
            "<script>var s = \"</p>\" + x;</script>", "<script src='a.js'></script>", "<SCRIPT>if (a<b) f();</SCRIPT >",
            "<style>.a > .b { x: '<' }</style>", "<svg><path d='M0 0'/><text>t</text></svg>", "<svg/>",
            "<script type='application/ld+json'>{\"a\": \"<b>\"}</script>", "<!-- <script>c</script> -->",
            "<a href=\"x?a=1&b=<script>\">link</a>", "<img alt='<style>'>", "<textarea><script>t</textarea>",
            "<title>T <svg></title>", "<noscript><p>no</p></noscript>", "<span a=b\"c>q</span>", "<svg><b>bold</b>",
            "<", "<3 hearts", "</p>", "<ul><li>one<li>two</ul>", "<table><tr><td>cell</table>", "<!doctype html>",
            "<script>w('<!--')</script>", "<iframe><script>i</script></iframe>", "text & more ", "<br/>",
            "<div data-state='{\"a\":\"<script>\"}' class=\"k\">", "<img data-src=\"a.jpg\" data-x=\"1\">",
            "<p class=\"q\"data-y=\"2\">glued</p>", "<span data-a data-b=c data-c = 'd'>s</span>",
            "<svg data-icon=\"x\"><path data-d=\"1\"/><p data-p=\"2\">out</p></svg>",
            // pieces from a review: comment ends, bogus comments, foreign content, odd attributes
            "<!-->", "<!--->", "--!>", "-->", "<? x=\">", "</ x='>", "<a b= data-c=\"d\">", "<a ='>", "\"", "'", ">",
            "</svg>", "<svg>", "<svg><style>", "</style>", "<math>", "</math>", "<math><mi>", "<![CDATA[", "]]>",
            "<svg><title>", "</title>", "<svg><desc>", "<select>", "</select>", "<template>", "</template>",
            "<textarea>", "</textarea>", "<xmp>", "</xmp>", "<svg><foreignObject>", "<table>", "</table>",
            "<a href=/x=\"y\">", "<svg><g>", "</g>", "<span>", "</span>", "</a>", "<script>", "</script>",
            "<style>", "<noscript>", "</noscript>", "<p>", "<b>", "<font color=red>", "<svg><path d=\"</svg>\"/>",
            "<svg><!--</svg>-->", "<script><!--<script>a</script>b--></script>", "<script><!-- x </script>", "<!-- c -->",
            "<script>a<!--b-->c</script>", "<!--<script>", "<script><!-- a --><script></script>",
            "<noscript><script><!--<script>a</script>b--></script></noscript>", "<script type=\"ld&#43;json\">{}</script>", "x", " ", "<br>", "</br>", "<li>");

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 20261130L + i);
    }

    /** Cutting never changes what the extractor reads: the document less its script, style and drawing contents. */
    @ParameterizedTest
    @MethodSource("seeds")
    void cuttingChangesNothingTheExtractorReads(long seed) {
        Random random = new Random(seed);
        StringBuilder page = new StringBuilder();
        for (int i = 0, n = 5 + random.nextInt(40); i < n; i++) {
            page.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        String html = page.toString();
        assertThat(readable(strip(html))).as("seed %d: %s", seed, html).isEqualTo(readable(html));
    }

    /**
     * The parsed page with comment texts, script and style bodies and drawing contents emptied, JSON-LD kept, and the data
     * attributes (but lazy image sources) removed.
     */
    private static String readable(String html) {
        Document doc = Jsoup.parse(html);
        doc.traverse((node, depth) -> {
            if (node instanceof Comment c) {
                c.setData("");
            }
        });
        for (Element e : doc.select("script, style, svg")) {
            if (!e.attr("type").toLowerCase().contains("ld+json")) {
                e.empty();
            }
        }
        for (Element e : doc.getAllElements()) {
            List<String> data = e.attributes().asList().stream().map(a -> a.getKey())
                    .filter(k -> k.startsWith("data-") && !k.equals("data-src") && !k.equals("data-srcset")).toList();
            data.forEach(e::removeAttr);
        }
        return doc.outerHtml();
    }
}
