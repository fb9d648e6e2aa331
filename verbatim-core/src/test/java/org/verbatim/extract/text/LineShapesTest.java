package org.verbatim.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineShapesTest {
    private static final LineShapes TABLE = new LineShapes(
            Map.of("share this article", new LineShapes.Entry(-3.2f, 120), "© 0000 all rights reserved",
                    new LineShapes.Entry(-4f, 80)),
            Map.of("read more", new LineShapes.Entry(-2.5f, 40)));

    @Test
    void formsIgnoreCaseEdgePunctuationAndDigits() {
        assertThat(LineShapes.lineForm("• Share this article:")).isEqualTo("share this article");
        assertThat(LineShapes.lineForm("© 2024 All rights reserved.")).isEqualTo("© 0000 all rights reserved");
        assertThat(LineShapes.lineForm("one two three four five six seven eight nine ten eleven twelve thirteen"))
                .isNull();
        assertThat(LineShapes.prefixForm("Read more about the harbour")).isEqualTo("read more");
        assertThat(LineShapes.prefixForm("Read more")).isNull();
    }

    @Test
    void knownFormsGiveTheirOddsAndUnknownOnesNaN() {
        LineShapes.Odds share = TABLE.odds("Share this article");
        assertThat(share.line()).isEqualTo(-3.2f);
        assertThat(share.prefix()).isNaN();
        assertThat(share.seen()).isEqualTo(120);
        assertThat(TABLE.odds("© 1999 All Rights Reserved").line()).isEqualTo(-4f);
        LineShapes.Odds more = TABLE.odds("Read more: the council's plan");
        assertThat(more.line()).isNaN();
        assertThat(more.prefix()).isEqualTo(-2.5f);
        LineShapes.Odds unknown = TABLE.odds("The harbour reopened on Monday.");
        assertThat(unknown.line()).isNaN();
        assertThat(unknown.prefix()).isNaN();
        assertThat(unknown.seen()).isZero();
        assertThat(LineShapes.EMPTY.odds("Share this article").line()).isNaN();
    }

    @Test
    void theWrittenFormReadsBackToTheSameTable() throws IOException {
        String written = TABLE.write();
        LineShapes back = LineShapes.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));
        assertThat(back.size()).isEqualTo(3);
        assertThat(back.write()).isEqualTo(written);
        assertThat(back.odds("Read more of this").prefix()).isEqualTo(-2.5f);
    }

    @Test
    void aMalformedTableIsRefusedWithItsLineNumber() {
        byte[] bad = "# comment\nL\tshare\t-1.0\t3\nX\tform\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LineShapes.read(new ByteArrayInputStream(bad))).isInstanceOf(IOException.class)
                .hasMessageContaining("line 3");
        byte[] number = "P\tread more\tlots\t3\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LineShapes.read(new ByteArrayInputStream(number))).isInstanceOf(IOException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void formsReadOnceAreTheFormsOfTheWholeLine() {
        long seed = Long.getLong("verbatim.seed", 20261205L);
        java.util.Random rnd = new java.util.Random(seed);
        String[] pieces = {"Read", "more", "the", "2024", "©", "—", "«", "»", "Über", "İstanbul", "東京都", "日本",
            "don't", "a-b", "|", "•", ":", "...", "x1y2", "ÄRGER", "e-mail:", "(AP)", "\u00a0", "\u2003", "ǅ"};
        String[] spaces = {" ", "  ", "\t", "\n", "\u000B", "\f", "\r", " \u00a0 "};
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            if (rnd.nextInt(4) == 0) {
                sb.append(spaces[rnd.nextInt(spaces.length)]);
            }
            for (int w = rnd.nextInt(20); w > 0; w--) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
                sb.append(rnd.nextInt(5) == 0 ? "" : spaces[rnd.nextInt(spaces.length)]);
            }
            String text = sb.toString();
            String form = referenceForm(text);
            String line = form.isEmpty() || Texts.words(form) > LineShapes.MAX_LINE_WORDS ? null : form;
            int first = form.indexOf(' ');
            int second = first < 0 ? -1 : form.indexOf(' ', first + 1);
            String prefix = second < 0 || Texts.words(form) < LineShapes.MIN_PREFIX_WORDS ? null
                    : form.substring(0, second);
            assertThat(LineShapes.lineForm(text)).as("seed " + seed + " line '" + text + "'").isEqualTo(line);
            assertThat(LineShapes.prefixForm(text)).as("seed " + seed + " prefix '" + text + "'").isEqualTo(prefix);
        }
    }

    /** The form as first written: split the whole line, key every token, join. */
    private static String referenceForm(String text) {
        StringBuilder sb = new StringBuilder();
        for (String token : text.split("\\s+")) {
            String w = Texts.key(token);
            if (w.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            for (int i = 0; i < w.length(); i++) {
                sb.append(Character.isDigit(w.charAt(i)) ? '0' : w.charAt(i));
            }
        }
        return sb.toString();
    }
}
