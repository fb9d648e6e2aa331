package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.bench.BenchSummary.Ratio;
import org.verbatim.bench.BenchSummary.Row;

class BenchSummaryTest {
    private static final List<Row> ROWS = List.of(new Row(BenchSummary.EXTRACT, 50.0, 5.0),
            new Row(BenchSummary.PARSE, 200.0, 10.0), new Row("TextBenchmarks.extractText", 4000.0, Double.NaN));

    @Test
    void ratioIsParseRateOverExtractRateWithPropagatedError() {
        Ratio r = BenchSummary.ratio(ROWS).orElseThrow();
        assertThat(r.value()).isCloseTo(4.0, within(1e-12));
        assertThat(r.error()).isCloseTo(4.0 * Math.hypot(0.05, 0.1), within(1e-12));
    }

    @Test
    void noRatioWithoutBothPageBenchmarks() {
        assertThat(BenchSummary.ratio(ROWS.subList(1, 3))).isEmpty();
    }

    @Test
    void tableShowsRatesMillisecondsAndRatio() {
        String t = BenchSummary.table(ROWS);
        assertThat(t).contains("PageBenchmarks.parse", "200.0", "10.0", "5.000")
                .contains("TextBenchmarks.extractText", "n/a", "0.250")
                .contains("full extraction costs 4.00 ± 0.45 parses");
    }
}
