package org.verbatim.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    @Test
    void titleFirstThenOneLinePerBlock() {
        String html = """
                <html><head><title>Harbour reopens | The Example Times</title>
                <style>p { color: red }</style><script>var x = "hidden words";</script></head>
                <body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
                <article><h1>Harbour   reopens</h1><p>The <b>city's</b> main
                harbour reopened on <a href="/x">Monday</a>.</p><p>Ships queued<br>outside.</p>
                <table><tr><td>Cell one</td><td>Cell two</td></tr></table></article>
                <footer>© 2024 Example</footer></body></html>""";
        assertThat(TextRenderer.render(html).split("\n")).containsExactly("Harbour reopens | The Example Times",
                "Home", "World", "Harbour reopens", "The city's main harbour reopened on Monday.", "Ships queued",
                "outside.", "Cell one Cell two", "© 2024 Example");
    }

    @Test
    void invisibleContentIsDropped() {
        String html = "<body><p>Shown</p><div hidden>Hidden attribute</div><p style=\"display: none\">Styled away</p>"
                + "<noscript>Enable JavaScript</noscript><template><p>Template</p></template>"
                + "<svg><text>Drawing</text></svg><select><option>Choice</option></select>"
                + "<img alt=\"Alt text\"><p aria-hidden=\"true\">Decorative but visible</p></body>";
        assertThat(TextRenderer.render(html)).isEqualTo("Shown\nDecorative but visible\n");
    }

    @Test
    void preformattedTextKeepsItsLines() {
        assertThat(TextRenderer.render("<body><pre>line one\n  line two</pre><p>after</p></body>"))
                .isEqualTo("line one\nline two\nafter\n");
    }

    @Test
    void bytesAreDecodedAsExtractionDecodesThem() {
        byte[] utf8 = ("<html><head><title>Caf\u00e9</title><script>var s = '<p>not text</p>';</script></head>"
                + "<body><p>Gr\u00fc\u00dfe</p></body></html>").getBytes(StandardCharsets.UTF_8);
        assertThat(TextRenderer.render(utf8, "text/html; charset=utf-8")).isEqualTo("Caf\u00e9\nGr\u00fc\u00dfe\n");
    }

    /** Seeded random documents: every paragraph's words come out on a line of their own, in order, nothing else. */
    @Test
    void randomDocumentsGiveTheirBlocksInOrder() {
        for (long seed = 1; seed <= 200; seed++) {
            Random r = new Random(seed);
            List<String> expected = new ArrayList<>();
            StringBuilder html = new StringBuilder("<body>");
            int blocks = 1 + r.nextInt(12);
            for (int b = 0; b < blocks; b++) {
                String tag = List.of("p", "div", "li", "h2", "blockquote").get(r.nextInt(5));
                StringBuilder line = new StringBuilder();
                html.append('<').append(tag).append('>');
                int words = 1 + r.nextInt(8);
                for (int w = 0; w < words; w++) {
                    String word = "w" + seed + "x" + b + "y" + w;
                    line.append(w == 0 ? "" : " ").append(word);
                    html.append(r.nextBoolean() ? " \n " : " ");
                    html.append(r.nextInt(4) == 0 ? "<span>" + word + "</span>" : word);
                    if (r.nextInt(6) == 0) {
                        html.append("<script>junk").append(w).append("()</script>");
                    }
                }
                html.append("</").append(tag).append('>');
                expected.add(line.toString());
            }
            html.append("</body>");
            assertThat(TextRenderer.render(html.toString()).split("\n")).as("seed %d", seed)
                    .containsExactlyElementsOf(expected);
        }
    }
}
