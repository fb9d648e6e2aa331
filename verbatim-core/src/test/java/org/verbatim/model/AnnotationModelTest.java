package org.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationModelTest {

    @Test
    void spanRejectsNegativeAndReversedRanges() {
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Span(3, 3).length()).isZero();
    }

    @Test
    void spanOverlapAndContainment() {
        Span a = new Span(0, 10);
        assertThat(a.overlaps(new Span(9, 12))).isTrue();
        assertThat(a.overlaps(new Span(10, 12))).isFalse();
        assertThat(a.contains(new Span(2, 10))).isTrue();
        assertThat(a.contains(new Span(2, 11))).isFalse();
        assertThat(new Span(1, 4).of("abcdef")).isEqualTo("bcd");
    }

    @Test
    void mentionTextMustFitItsSpan() {
        assertThatThrownBy(() -> new Mention("Lavrov", new Span(0, 5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mention(" ", new Span(0, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quoteNeedsCueAndCueSpanTogether() {
        assertThatThrownBy(() -> new Quote("x", new Span(0, 1), QuoteKind.DIRECT, "said", null, null, null, null,
                Where.TEXT)).isInstanceOf(IllegalArgumentException.class);
        Quote q = new Quote("x", new Span(0, 1), QuoteKind.BLOCK, null, null, null, null, " ", Where.TEXT);
        assertThat(q.saidOn()).isNull();
    }

    @Test
    void recordsCopyTheirLists() {
        List<Mention> ms = new ArrayList<>(List.of(new Mention("he", new Span(0, 2))));
        Speaker s = new Speaker("Ann Lee", " ", EntityType.PERSON, ms);
        ms.clear();
        assertThat(s.mentions()).hasSize(1);
        assertThat(s.title()).isNull();
        assertThatThrownBy(() -> new Entity("X", EntityType.PLACE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
