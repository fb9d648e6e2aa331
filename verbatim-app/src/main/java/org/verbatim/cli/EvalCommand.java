package org.verbatim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.verbatim.eval.Corpora;
import org.verbatim.eval.Evaluation;
import org.verbatim.eval.Floors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verbatim eval}: scores Verbatim on ../shared/corpora, prints a table, writes JSON, optionally gates. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores extraction on the shared corpora (../shared/corpora) and prints a table.",
                "Metrics are those of ../shared/corpora/README.md; body figures agree with tools/score_body.py."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (and, with --gate, every floor met)", "1:a figure is below its floor",
                "2:usage error or corpora missing"})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gate", description = "Fail (exit 1) when a figure falls below its floor in --floors.")
    boolean gate;

    @Option(names = "--suite", split = ",", paramLabel = "NAME",
            description = "Suites to run (default: all): fundus, readability, seed, golden, quotes, dates, "
                    + "authors, standfirst, wcxb, text.")
    List<String> suites;

    @Option(names = "--cv", description = "Cross-validate the learned models on wcxb-dev's five domain folds "
            + "(trains per fold: minutes, not part of CI): the HTML extractor's (--suite wcxb, the default; "
            + "wcxb_cv.* figures) and the text path's (--suite text; text_cv.* figures).")
    boolean cv;

    @Option(names = "--shared", paramLabel = "DIR", description = "The shared folder (default: ../shared beside the repository).")
    Path shared;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the JSON report (default: target/eval.json under the repository).")
    Path out;

    @Option(names = "--floors", paramLabel = "FILE", description = "Floors for --gate (default: eval/floors.json in the repository).")
    Path floorsFile;

    @Override
    public Integer call() throws IOException {
        Corpora corpora = new Corpora(shared != null ? shared : Paths.shared());
        if (!corpora.present()) {
            System.err.println("verbatim eval: no corpora at " + corpora.shared().resolve("corpora")
                    + " (pass --shared DIR)");
            return 2;
        }
        Progress progress = Progress.forTerminal();
        List<String> run = suites == null || suites.isEmpty() ? Evaluation.SUITES : suites;
        long t0 = System.nanoTime();
        Path target = out != null ? out : Paths.root().resolve("target/eval.json");
        Path predictions = target.toAbsolutePath().getParent();
        Evaluation.Report report;
        if (cv) {
            // the suites that have a cross-validator (default: wcxb); each trains its models per fold
            List<String> cvSuites = suites == null || suites.isEmpty() ? List.of("wcxb") : suites;
            List<org.verbatim.eval.CrossValidator> validators = java.util.ServiceLoader
                    .load(org.verbatim.eval.CrossValidator.class).stream().map(java.util.ServiceLoader.Provider::get)
                    .filter(v -> cvSuites.contains(v.suite())).toList();
            if (validators.isEmpty()) {
                System.err.println("verbatim eval: --cv trains models and needs the verbatim-train module on the "
                        + "class path (./verbatim puts it there once built); suites with cross-validation: wcxb, text");
                return 2;
            }
            java.util.Map<String, Double> figures = new java.util.LinkedHashMap<>();
            ObjectNode details = new ObjectMapper().createObjectNode();
            for (org.verbatim.eval.CrossValidator v : validators) {
                Evaluation.Report r = v.crossValidate(corpora, progress::update, predictions);
                figures.putAll(r.figures());
                details.setAll(r.details());
            }
            report = new Evaluation.Report(figures, details);
        } else {
            report = new Evaluation(corpora, progress::update, predictions).run(run);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        printTable(report.figures());
        System.out.printf("(%.1f s)%n", seconds);
        write(target, report, seconds);
        System.out.println("report: " + target);
        return gate ? checkGate(report.figures()) : 0;
    }

    private int checkGate(Map<String, Double> figures) throws IOException {
        Path f = floorsFile != null ? floorsFile : Paths.root().resolve("eval/floors.json");
        List<String> bad = Floors.read(f).violations(figures);
        if (bad.isEmpty()) {
            System.out.println("gate: every floor in " + f + " is met");
            return 0;
        }
        System.out.println("gate FAILED (" + f + "):");
        bad.forEach(b -> System.out.println("  " + b));
        return 1;
    }

    private static void printTable(Map<String, Double> figures) {
        int width = Math.max(36, figures.keySet().stream().mapToInt(String::length).max().orElse(0));
        String row = "%-" + width + "s %10s%n";
        System.out.printf(row, "figure", "value");
        figures.forEach((k, v) -> System.out.printf(row, k,
                isCount(k) ? String.valueOf(v.intValue()) : String.format("%.4f", v)));
    }

    /** Figures that count pages or gold records (printed as integers); the others are rates. */
    private static boolean isCount(String name) {
        return name.endsWith(".pages") || name.endsWith("_trimmed") || name.endsWith(".publication_credits")
                || name.contains(".count.") || name.contains(".confusion.");
    }

    private static void write(Path target, Evaluation.Report report, double seconds) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("seconds", seconds);
        ObjectNode figs = root.putObject("figures");
        report.figures().forEach(figs::put);
        root.set("details", report.details());
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        m.writeValue(target.toFile(), root);
    }
}
