package org.verbatim.extract.html.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Block;

class NearRepeatsTest {
    private static final Block FIRST = Block.paragraph(
            "Fender Player II Strat RW BCG Electric Guitar * Body: Alder * Bolt-on neck: Maple * Fingerboard: Rosewood");

    @Test
    void aPassageMostlyRepeatingOneEarlierPassageGoes() {
        Block variant = Block.paragraph(
                "Fender Player II Strat RW 3TS electric guitar - body: alder - bolt-on neck: maple - fingerboard: rosewood");
        Block other = Block.paragraph("Sales unit: one piece, delivered with a gig bag, a cable and two picks in a box");
        assertThat(NearRepeats.without(List.of(FIRST, variant, other))).containsExactly(FIRST, other);
    }

    @Test
    void shortPassagesAndPassagesSharingLessThanTheShareStay() {
        Block label = Block.paragraph("Colour: Birch Green");
        Block half = Block.paragraph("Fender Player II Strat with a maple neck, three single coils and a tremolo bridge");
        List<Block> blocks = List.of(FIRST, label, label, half);
        assertThat(NearRepeats.without(blocks)).isSameAs(blocks);
    }

    @Test
    void wordsAreCountedWithTheirRepeats() {
        assertThat(NearRepeats.words("Tee, tee and TEE-shirt")).containsEntry("tee", 3).containsEntry("shirt", 1)
                .hasSize(3);
    }
}
