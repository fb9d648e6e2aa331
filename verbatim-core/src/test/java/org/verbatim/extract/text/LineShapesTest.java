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
}
