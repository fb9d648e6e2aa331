package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearModelTest {
    private static final long SEED = Long.getLong("verbatim.seed", 20261205L);

    private static LinearModel roundTrip(LinearModel m) throws Exception {
        StringWriter w = new StringWriter();
        m.write(w, "a comment");
        return LinearModel.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void probabilityIsTheLogisticOfBiasPlusWeightsOfPresentFeatures() {
        LinearModel m = new LinearModel(Map.of(LinearModel.BIAS, -1.0, "a", 2.0, "b", 0.5));
        assertThat(m.probability(new String[] {"a", "unknown"}, 2)).isCloseTo(1 / (1 + Math.exp(-1.0)), within(1e-12));
        assertThat(m.probability(new String[] {"a", "b", "ignored"}, 2)).isCloseTo(1 / (1 + Math.exp(-1.5)),
                within(1e-12));
        assertThat(m.probability(new String[0], 0)).isCloseTo(1 / (1 + Math.exp(1.0)), within(1e-12));
        assertThat(m.threshold()).isEqualTo(0.5);
        assertThat(m.size()).isEqualTo(2);
    }

    @Test
    void theTextFormatRoundTripsAndIsTheSameBytesForTheSameWeights() throws Exception {
        Random rnd = new Random(SEED);
        Map<String, Double> w = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            w.put("f" + rnd.nextInt(10_000), rnd.nextGaussian() * 3);
        }
        w.put(LinearModel.BIAS, -0.25);
        LinearModel m = new LinearModel(w).withThreshold(0.325);
        LinearModel back = roundTrip(m);
        assertThat(back.threshold()).isEqualTo(0.325);
        assertThat(back.size()).isEqualTo(m.size());
        String[] probe = w.keySet().toArray(new String[0]);
        assertThat(back.probability(probe, probe.length)).as("seed " + SEED)
                .isCloseTo(m.probability(probe, probe.length), within(1e-3));
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        m.write(a);
        new LinearModel(new HashMap<>(w)).withThreshold(0.325).write(b);
        assertThat(a.toString()).isEqualTo(b.toString());
        assertThat(a.toString().lines().skip(2).toList()).isSorted();
    }

    @Test
    void aLineWithoutWeightIsAnError() {
        assertThatThrownBy(() -> LinearModel.read(new ByteArrayInputStream("feature only\n".getBytes(
                StandardCharsets.UTF_8)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(
                "feature only");
    }
}
