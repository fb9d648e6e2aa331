package org.verbatim.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code verbatim bench}: runs the JMH benchmarks of the {@code verbatim-bench} module in a child JVM (JMH is not
 * shipped with the app; the launcher builds the module).
 */
@Command(name = "bench",
        description = {"Runs the JMH benchmarks (single-thread pages/s: jsoup parse alone vs full extraction).",
                "Every argument goes to the benchmark runner; try 'bench --help'."})
final class BenchCommand implements Callable<Integer> {

    /** Everything after {@code bench}, options included, is the runner's (e.g. {@code -wi 5 -i 5 PageBenchmarks}). */
    @picocli.CommandLine.Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path dir = Paths.root().resolve("verbatim-bench/target");
        Path jar = dir.resolve("verbatim-bench.jar");
        if (!Files.exists(jar)) {
            System.err.println("verbatim bench: " + jar + " is missing; build it with ./mvnw -q -B -DskipTests package");
            return 2;
        }
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Dverbatim.shared=" + Paths.shared(),
                "-cp", jar + File.pathSeparator + dir.resolve("lib") + "/*", "org.verbatim.bench.BenchMain"));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }
}
