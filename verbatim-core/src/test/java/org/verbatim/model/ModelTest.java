package org.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelTest {

    @Test
    void blocksValidateTheirTextAndLevel() {
        assertThatThrownBy(() -> Block.paragraph("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Block.heading("Title", 7)).hasMessageContaining("1-6");
        assertThatThrownBy(() -> new Block(BlockType.LIST, "a", 2)).hasMessageContaining("only headings");
        assertThat(Block.paragraph("  text \n").text()).isEqualTo("text");
        assertThat(BlockType.fromId("preformatted")).isEqualTo(BlockType.PREFORMATTED);
    }

    @Test
    void articleTextJoinsBlocksWithOneBlankLineAndListsAreImmutable() {
        List<Block> blocks = new ArrayList<>(List.of(Block.heading("H", 2), Block.paragraph("P")));
        Article a = Article.builder().title("  ").blocks(blocks).build();
        blocks.clear();
        assertThat(a.text()).isEqualTo("H\n\nP");
        assertThat(a.title()).isNull();
        assertThat(a.authors()).isEmpty();
        assertThatThrownBy(() -> a.blocks().add(Block.paragraph("x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(a.withSource("s").source()).isEqualTo("s");
        assertThat(Article.builder().build().text()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-24", "2024-01-24T07:41", "2024-01-24T07:41:05", "2024-01-24T07:41+01:00",
        "2024-01-24T07:41:05Z", "2024-01-24T07:41-05:00"})
    void timestampsRoundTripTheirIsoForm(String iso) {
        assertThat(Timestamp.parse(iso).toString()).isEqualTo(iso);
    }

    @Test
    void timestampsDropZeroSecondsAndFractions() {
        assertThat(new Timestamp(LocalDateTime.of(2024, 1, 24, 7, 41, 0, 5_000_000)).toString()).isEqualTo("2024-01-24T07:41");
        assertThat(new Timestamp(OffsetDateTime.parse("2024-05-03T15:47:42.389Z")).toString()).isEqualTo("2024-05-03T15:47:42Z");
        assertThat(Timestamp.parse("2024-05-03T15:47:42.389+02:00").date()).hasToString("2024-05-03");
    }
}
