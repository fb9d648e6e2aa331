package org.verbatim.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link BenchMain} runs, from its command line. Flags take JMH's short names where JMH has one.
 *
 * @param forks             forked JVMs per benchmark ({@code -f})
 * @param warmupIterations  warm-up iterations ({@code -wi})
 * @param warmupSeconds     seconds per warm-up iteration ({@code -w})
 * @param iterations        measured iterations ({@code -i})
 * @param seconds           seconds per measured iteration ({@code -r})
 * @param shared            the shared folder, or {@code null} for property {@code verbatim.shared} / {@code ../shared}
 * @param out               where JMH writes its JSON results
 * @param jvmArgs           arguments of the forked JVMs
 * @param includes          regular expressions selecting benchmarks (JMH's {@code find} semantics); empty = all
 * @param help              whether to print usage and stop
 */
public record BenchOptions(int forks, int warmupIterations, int warmupSeconds, int iterations, int seconds,
        String shared, Path out, List<String> jvmArgs, List<String> includes, boolean help) {

    public static final String USAGE = String.join("\n",
            "usage: verbatim bench [options] [BENCHMARK_REGEX...]",
            "  -f, --forks N              forked JVMs per benchmark (default 1)",
            "  -wi, --warmup-iterations N warm-up iterations (default 3)",
            "  -w, --warmup-time SEC      seconds per warm-up iteration (default 2)",
            "  -i, --iterations N         measured iterations (default 5)",
            "  -r, --time SEC             seconds per measured iteration (default 2)",
            "      --shared DIR           shared folder holding corpora/fundus",
            "                             (default: -Dverbatim.shared, else ../shared)",
            "  -o, --out FILE             JMH JSON results (default target/bench.json)",
            "      --jvm-args \"ARGS\"      forked JVM arguments (default \"-Xms2g -Xmx2g\")",
            "  -h, --help                 this text",
            "Benchmarks: PageBenchmarks.parse, PageBenchmarks.extract (fundus pages), TextBenchmarks.extractText,",
            "HostileBench.quoteDensePage (the 25,000-quote page; run it with --jvm-args \"-Xms1g -Xmx1g\").");

    public BenchOptions {
        positive("forks", forks);
        positive("warmup-time", warmupSeconds);
        positive("iterations", iterations);
        positive("time", seconds);
        if (warmupIterations < 0) {
            throw new IllegalArgumentException("warmup-iterations must be >= 0, was " + warmupIterations);
        }
        jvmArgs = List.copyOf(jvmArgs);
        includes = List.copyOf(includes);
    }

    /** Parses {@code args}; throws {@link IllegalArgumentException} with a message naming the bad flag. */
    public static BenchOptions parse(String... args) {
        int forks = 1;
        int wi = 3;
        int w = 2;
        int i = 5;
        int r = 2;
        String shared = null;
        Path out = Paths.get("target", "bench.json");
        List<String> jvmArgs = List.of("-Xms2g", "-Xmx2g");
        List<String> includes = new ArrayList<>();
        boolean help = false;
        for (int k = 0; k < args.length; k++) {
            String a = args[k];
            switch (a) {
                case "-f", "--forks" -> forks = intValue(a, args, ++k);
                case "-wi", "--warmup-iterations" -> wi = intValue(a, args, ++k);
                case "-w", "--warmup-time" -> w = intValue(a, args, ++k);
                case "-i", "--iterations" -> i = intValue(a, args, ++k);
                case "-r", "--time" -> r = intValue(a, args, ++k);
                case "--shared" -> shared = value(a, args, ++k);
                case "-o", "--out" -> out = Paths.get(value(a, args, ++k));
                case "--jvm-args" -> jvmArgs = Arrays.asList(value(a, args, ++k).trim().split("\\s+"));
                case "-h", "--help" -> help = true;
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
                    }
                    includes.add(a);
                }
            }
        }
        return new BenchOptions(forks, wi, w, i, r, shared, out, jvmArgs, includes, help);
    }

    private static String value(String flag, String[] args, int k) {
        if (k >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[k];
    }

    private static int intValue(String flag, String[] args, int k) {
        String v = value(flag, args, k);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a whole number, was " + v, e);
        }
    }

    private static void positive(String name, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + v);
        }
    }
}
