package org.verbatim.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeanEnsembleTest {
    private static final List<String> NAMES = List.of("a", "b");

    /** Two classes' trees: class 0 gets {@code v0} below 0.5 of feature 0 and 0 above, class 1 a constant. */
    private static TreeEnsemble softmax(float v0, float v1) {
        TreeEnsemble.Tree split = new TreeEnsemble.Tree(new short[] {0, -1, -1}, new float[] {0.5f, v0, 0f},
                new int[] {1, 0, 0}, new int[] {2, 0, 0}, new boolean[3]);
        TreeEnsemble.Tree constant = new TreeEnsemble.Tree(new short[] {-1}, new float[] {v1}, new int[1],
                new int[1], new boolean[1]);
        return new TreeEnsemble(NAMES, 2, 0.1f, List.of(split, constant));
    }

    @Test
    void theProbabilitiesAreTheMeanOfTheMembersSoftmaxes() throws IOException {
        TreeEnsemble a = softmax(3f, -1f);
        TreeEnsemble b = softmax(-2f, 0.5f);
        MeanEnsemble mean = new MeanEnsemble(List.of(a, b));
        for (float[] row : List.of(new float[] {0.1f, 0}, new float[] {0.9f, 0})) {
            float[] got = mean.probabilities(row);
            for (int c = 0; c < 2; c++) {
                assertThat(got[c]).isCloseTo((a.probabilities(row)[c] + b.probabilities(row)[c]) / 2, within(1e-6f));
            }
            assertThat(got[0] + got[1]).isCloseTo(1f, within(1e-6f));
        }
        assertThat(mean.trees()).isEqualTo(4);
        assertThat(mean.classes()).isEqualTo(2);
        MeanEnsemble read = MeanEnsemble.read(new ByteArrayInputStream(mean.write()));
        assertThat(read.write()).isEqualTo(mean.write());
        assertThat(read.probabilities(new float[] {0.1f, 0})).isEqualTo(mean.probabilities(new float[] {0.1f, 0}));
        assertThat(new MeanEnsemble(List.of(a)).probabilities(new float[] {0.1f, 0}))
                .as("one member: its own probabilities").isEqualTo(a.probabilities(new float[] {0.1f, 0}));
    }

    @Test
    void aPlainEnsembleOrMembersThatDisagreeAreRefused() {
        byte[] plain = softmax(1f, 1f).write();
        assertThatThrownBy(() -> MeanEnsemble.read(new ByteArrayInputStream(plain))).isInstanceOf(IOException.class);
        TreeEnsemble other = new TreeEnsemble(List.of("a", "c"), 1, 0f, List.of(new TreeEnsemble.Tree(
                new short[] {-1}, new float[] {1f}, new int[1], new int[1], new boolean[1])));
        assertThatThrownBy(() -> new MeanEnsemble(List.of(softmax(1f, 1f), other)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeanEnsemble(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeanEnsemble(List.of(softmax(1f, 1f))).requireFeatures(List.of("a")))
                .isInstanceOf(IllegalStateException.class);
    }
}
