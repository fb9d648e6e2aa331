package org.verbatim.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The short table {@link BenchMain} prints after JMH: pages/s per benchmark and how much the full extraction costs
 * compared with jsoup's parse alone.
 */
public final class BenchSummary {
    /** Short name of the parse-only benchmark. */
    public static final String PARSE = "PageBenchmarks.parse";
    /** Short name of the full-extraction benchmark. */
    public static final String EXTRACT = "PageBenchmarks.extract";

    /**
     * One benchmark's result.
     *
     * @param benchmark      short name ({@code Class.method})
     * @param pagesPerSecond mean score
     * @param error          half-width of JMH's 99.9% confidence interval; {@code NaN} when JMH cannot tell
     *                       (a single iteration)
     */
    public record Row(String benchmark, double pagesPerSecond, double error) {
    }

    /**
     * The ratio parse pages/s ÷ extract pages/s (how many parses one extraction costs) with its error by first-order
     * propagation; empty unless both benchmarks ran.
     */
    public record Ratio(double value, double error) {
    }

    private BenchSummary() {
    }

    /** The ratio of {@link #PARSE} to {@link #EXTRACT}, when both are among {@code rows}. */
    public static Optional<Ratio> ratio(List<Row> rows) {
        Optional<Row> parse = find(rows, PARSE);
        Optional<Row> extract = find(rows, EXTRACT);
        if (parse.isEmpty() || extract.isEmpty() || extract.get().pagesPerSecond() <= 0) {
            return Optional.empty();
        }
        Row p = parse.get();
        Row e = extract.get();
        double value = p.pagesPerSecond() / e.pagesPerSecond();
        double rel = Math.hypot(p.error() / p.pagesPerSecond(), e.error() / e.pagesPerSecond());
        return Optional.of(new Ratio(value, value * rel));
    }

    /** The table as printed: one line per row, then the ratio line when there is one. */
    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-28s %12s %10s %10s%n", "benchmark", "pages/s", "± (99.9%)",
                "ms/page"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-28s %12.1f %10s %10.3f%n", r.benchmark(), r.pagesPerSecond(),
                    number(r.error()), 1000.0 / r.pagesPerSecond()));
        }
        ratio(rows).ifPresent(q -> sb.append(String.format(Locale.ROOT,
                "full extraction costs %.2f ± %s parses (parse pages/s ÷ extract pages/s)%n", q.value(),
                number2(q.error()))));
        return sb.toString();
    }

    private static Optional<Row> find(List<Row> rows, String name) {
        return rows.stream().filter(r -> r.benchmark().equals(name)).findFirst();
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "n/a";
    }

    private static String number2(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "n/a";
    }
}
