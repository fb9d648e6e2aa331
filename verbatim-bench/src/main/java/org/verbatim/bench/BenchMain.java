package org.verbatim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the Verbatim benchmarks through JMH's Runner API, then prints pages/s per benchmark and the full/parse cost
 * ratio, and leaves JMH's JSON results in a file.
 *
 * <pre>
 * java -cp verbatim-bench/target/verbatim-bench.jar:verbatim-bench/target/lib/* org.verbatim.bench.BenchMain [options]
 * </pre>
 *
 * Exit codes: 0 done, 2 bad arguments or missing corpus, 1 JMH failed.
 */
public final class BenchMain {
    /** The secondary metric that {@link PageCounter} reports. */
    static final String PAGES_METRIC = "pages";
    private static final String PACKAGE = BenchMain.class.getPackageName() + ".";

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        BenchOptions opt;
        try {
            opt = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (opt.help()) {
            System.out.println(BenchOptions.USAGE);
            return 0;
        }
        List<String> includes = opt.includes().isEmpty() ? List.of(Pattern.quote(PACKAGE)) : opt.includes();
        Path shared = FundusCorpus.resolveShared(opt.shared());
        if (selectsPageBenchmarks(includes)) {
            try {
                Path dir = FundusCorpus.pagesDir(shared);
                System.out.println("fundus pages: " + FundusCorpus.count(shared) + " in " + dir);
            } catch (IllegalStateException e) {
                System.err.println("verbatim bench: " + e.getMessage());
                return 2;
            }
        }
        try {
            Collection<RunResult> results = new Runner(jmhOptions(opt, includes, shared)).run();
            List<BenchSummary.Row> rows = rows(results);
            System.out.println();
            System.out.print(BenchSummary.table(rows));
            System.out.println("JMH results: " + opt.out().toAbsolutePath());
            return results.isEmpty() ? 1 : 0;
        } catch (RunnerException | IOException e) {
            System.err.println("verbatim bench: " + e.getMessage());
            return 1;
        }
    }

    private static org.openjdk.jmh.runner.options.Options jmhOptions(BenchOptions opt, List<String> includes,
            Path shared) throws IOException {
        Path parent = opt.out().toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ChainedOptionsBuilder b = new OptionsBuilder()
                .forks(opt.forks())
                .warmupIterations(opt.warmupIterations())
                .warmupTime(TimeValue.seconds(opt.warmupSeconds()))
                .measurementIterations(opt.iterations())
                .measurementTime(TimeValue.seconds(opt.seconds()))
                .threads(1)
                .shouldFailOnError(true) // an extractor that throws must fail the run, not drop a row
                .param("shared", shared.toString())
                .jvmArgs(opt.jvmArgs().toArray(String[]::new))
                .resultFormat(ResultFormatType.JSON)
                .result(opt.out().toAbsolutePath().toString());
        includes.forEach(b::include);
        return b.build();
    }

    /** Whether one of {@code includes} finds a fundus benchmark, as JMH's own matching would. */
    static boolean selectsPageBenchmarks(List<String> includes) {
        String parse = PageBenchmarks.class.getName() + ".parse";
        String extract = PageBenchmarks.class.getName() + ".extract";
        return includes.stream().map(Pattern::compile)
                .anyMatch(p -> p.matcher(parse).find() || p.matcher(extract).find());
    }

    /** One row per benchmark: its {@value #PAGES_METRIC} secondary metric (pages/s). */
    static List<BenchSummary.Row> rows(Collection<RunResult> results) {
        List<BenchSummary.Row> rows = new ArrayList<>();
        for (RunResult rr : results) {
            Result<?> pages = rr.getAggregatedResult().getSecondaryResults().get(PAGES_METRIC);
            if (pages != null) {
                String name = rr.getParams().getBenchmark().substring(PACKAGE.length());
                rows.add(new BenchSummary.Row(name, pages.getScore(), pages.getScoreError()));
            }
        }
        return rows;
    }
}
