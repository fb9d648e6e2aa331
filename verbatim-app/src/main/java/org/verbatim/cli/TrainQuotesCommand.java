package org.verbatim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.verbatim.enrich.Annotator;
import org.verbatim.enrich.QuoteModels;
import org.verbatim.eval.QuoteEval;
import org.verbatim.eval.QuoteMisses;
import org.verbatim.train.quotes.QuoteTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verbatim train quotes}: learns quote attribution from the PolNeAR (English) and GerNews (German) train splits
 * and writes each language's files into its resource module ({@code verbatim-quotes-en}, {@code verbatim-quotes-de}),
 * with a training report there and the dev figures beside the rules-only ones. Deterministic: same data, same bytes.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Learns quote attribution (cue lexicon, cue model) from ../shared/corpora/{polnear,gernews}/"
                + "train.jsonl and writes it to verbatim-quotes-{en,de}; scores the result on dev.",
                "Same data, same bytes: no clock, no randomness, one training thread."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:--check found files that differ from a fresh training",
                "2:usage error or corpora missing"})
public final class TrainQuotesCommand implements Callable<Integer> {
    /** Language, corpus folder, module. */
    private static final List<String[]> LANGUAGES = List.of(new String[] {"en", "polnear", "verbatim-quotes-en"},
            new String[] {"de", "gernews", "verbatim-quotes-de"});

    @Option(names = "--shared", paramLabel = "DIR", description = "The shared folder (default: ../shared).")
    Path shared;

    @Option(names = "--languages", split = ",", paramLabel = "LANG",
            description = "Languages to train (default: en,de).")
    List<String> languages = List.of("en", "de");

    @Option(names = "--dry-run", description = "Train and score, but write nothing into the repository.")
    boolean dryRun;

    @Option(names = "--check", description = "Train, then compare with the shipped files instead of writing (exit 1 "
            + "when they differ).")
    boolean check;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Where to write the JSON report with timings (default: target/train-quotes.json).")
    Path report;

    @Option(names = "--misses", description = "Train nothing: sort the gold attributions the shipped models miss by "
            + "where they are lost (no cue candidate, cue rejected, content or selection; the hits found only "
            + "through another attribution apart), on train held out (5 folds, each fitted on the other four) and "
            + "on dev.")
    boolean misses;

    @Option(names = "--examples", paramLabel = "N", description = "With --misses: examples per category (default 0).")
    int examples;

    @Override
    public Integer call() throws IOException {
        Path sharedDir = shared != null ? shared : Paths.shared();
        System.setProperty("org.slf4j.simpleLogger.log.opennlp", "warn");
        if (misses) {
            return misses(sharedDir);
        }
        Map<String, QuoteModels.Language> learned = new LinkedHashMap<>();
        Map<String, QuoteTrainer.Result> results = new LinkedHashMap<>();
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        boolean same = true;
        for (String[] l : LANGUAGES) {
            if (!languages.contains(l[0])) {
                continue;
            }
            Path train = sharedDir.resolve("corpora").resolve(l[1]).resolve("train.jsonl");
            if (!Files.isRegularFile(train)) {
                System.err.println("verbatim train quotes: no " + train + " (pass --shared DIR)");
                return 2;
            }
            long t0 = System.nanoTime();
            QuoteTrainer.Result r = QuoteTrainer.train(l[0], train, System.out::println);
            double secs = (System.nanoTime() - t0) / 1e9;
            results.put(l[0], r);
            learned.put(l[0], r.models());
            System.out.printf("%s: cue lexicon %d words; cue model %d samples (%d positive), %d features; %.1f s%n",
                    l[0], r.cueCounts().size(), r.cue().samples(), r.cue().positives(), r.cue().features(), secs);
            root.putObject(l[0]).put("seconds", secs).put("cue_samples", r.cue().samples())
                    .put("cue_positives", r.cue().positives()).put("cue_features", r.cue().features());
        }
        QuoteModels models = QuoteModels.of(learned);
        for (String[] l : LANGUAGES) {
            QuoteTrainer.Result r = results.get(l[0]);
            if (r == null) {
                continue;
            }
            Path dev = sharedDir.resolve("corpora").resolve(l[1]).resolve("dev.jsonl");
            String report = report(r, dev, models);
            System.out.print(report);
            root.with(l[0]).put("report", report);
            Map<String, String> files = new LinkedHashMap<>(r.files());
            files.put("training-report.txt", report);
            Path folder = Paths.root().resolve(l[2]).resolve("src/main/resources")
                    .resolve(String.format(QuoteModels.FOLDER, l[0]).substring(1));
            if (check) {
                same &= compare(files, folder);
            } else if (!dryRun) {
                for (Map.Entry<String, String> e : files.entrySet()) {
                    Files.createDirectories(folder);
                    Files.writeString(folder.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
                }
                for (String stale : staleCueFiles(files)) {
                    Files.deleteIfExists(folder.resolve(stale));
                }
                System.out.println("wrote " + files.keySet() + " to " + folder);
            }
        }
        Path out = report != null ? report : Paths.root().resolve("target/train-quotes.json");
        Files.createDirectories(out.toAbsolutePath().getParent());
        m.writeValue(out.toFile(), root);
        System.out.println("report: " + out);
        return same ? 0 : 1;
    }

    private int misses(Path sharedDir) throws IOException {
        QuoteModels shipped = QuoteModels.fromClassPath();
        for (String[] l : LANGUAGES) {
            if (!languages.contains(l[0]) || shipped.language(l[0]).cue() == null) {
                continue;
            }
            Path corpus = sharedDir.resolve("corpora").resolve(l[1]);
            if (!Files.isRegularFile(corpus.resolve("train.jsonl"))) {
                System.err.println("verbatim train quotes: no " + corpus.resolve("train.jsonl") + " (pass --shared DIR)");
                return 2;
            }
            QuoteMisses.Table train = QuoteTrainer.heldOutMisses(l[0], corpus.resolve("train.jsonl"),
                    shipped.language(l[0]), examples, System.out::println);
            System.out.println(l[0] + " " + l[1] + "/train.jsonl, held out (5 folds, shipped thresholds):");
            System.out.print(train.describe(examples));
            QuoteMisses.Table dev = QuoteMisses.analyse(org.verbatim.eval.Corpora.jsonLines(corpus.resolve("dev.jsonl")), shipped, l[0],
                    QuoteMisses.table(), examples);
            System.out.println(l[0] + " " + l[1] + "/dev.jsonl, shipped models:");
            System.out.print(dev.describe(examples));
        }
        return 0;
    }

    private static boolean compare(Map<String, String> files, Path folder) throws IOException {
        boolean same = true;
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path f = folder.resolve(e.getKey());
            boolean ok = Files.isRegularFile(f) && Files.readString(f, StandardCharsets.UTF_8).equals(e.getValue());
            System.out.println((ok ? "same     " : "DIFFERS  ") + f);
            same &= ok;
        }
        for (String stale : staleCueFiles(files)) {
            if (Files.exists(folder.resolve(stale))) {
                System.out.println("STALE    " + folder.resolve(stale) + " (the cue model is now the other file)");
                same = false;
            }
        }
        return same;
    }

    /**
     * The cue model file of the other kind than the one trained ({@code cue.model} when trees were trained, and the
     * other way round): the annotator reads the trees first, so a stale one would shadow or confuse.
     */
    private static List<String> staleCueFiles(Map<String, String> files) {
        return java.util.stream.Stream.of(QuoteModels.CUE_MODEL, QuoteModels.CUE_TREES)
                .filter(n -> !files.containsKey(n)).toList();
    }

    /** The deterministic training report: what was learned, and dev figures with and without it. */
    private static String report(QuoteTrainer.Result r, Path dev, QuoteModels models) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Training report for ").append(r.language()).append(" (./verbatim train quotes; do not edit)\n");
        sb.append("train: ").append(r.corpus()).append('\n');
        sb.append(String.format("cue lexicon: %d words%n", r.cueCounts().size()));
        sb.append(String.format("cue model: %d samples, %d positive, %d %s; %s%n", r.cue().samples(),
                r.cue().positives(), r.cue().features(), r.cue().model() instanceof org.verbatim.enrich.FeatureTrees
                        ? "features in its splits" : "weighted features", r.cue().algorithm()));
        sb.append(String.format("speaker model: %d samples, %d positive, %d weighted features%n",
                r.speaker().samples(), r.speaker().positives(), r.speaker().features()));
        sb.append(String.format("continuation model: %d samples, %d positive, %d weighted features%n",
                r.continuation().samples(), r.continuation().positives(), r.continuation().features()));
        sb.append(String.format("cue threshold %.3f, cross-validated on the %d train documents (5 folds, held-out "
                + "figures pooled): the lowest reaching the precision target:%n", r.tuning().threshold(),
                r.tuning().heldOutDocs()));
        r.tuning().byThreshold().forEach((t, x) -> sb.append(String.format("  %.3f: P %.3f R %.3f F1 %.3f, "
                + "speaker %.3f%n", t, x.precision(), x.recall(), x.f1(), x.speakerAccuracy())));
        sb.append(String.format("continuation threshold %.3f, chosen the same way:%n",
                r.tuning().continuationThreshold()));
        r.tuning().byContinuationThreshold().forEach((t, x) -> sb.append(String.format("  %.3f: P %.3f R %.3f F1 "
                + "%.3f, speaker %.3f%n", t, x.precision(), x.recall(), x.f1(), x.speakerAccuracy())));
        QuoteTrainer.Pooled q = r.tuning().quotedByRules();
        QuoteTrainer.Pooled l = r.tuning().quotedLearned();
        sb.append(String.format("sentences with quotation marks: %s (held out: rules P %.3f R %.3f F1 %.3f speaker "
                        + "%.3f; learned P %.3f R %.3f F1 %.3f speaker %.3f)%n",
                r.tuning().rulesForQuoted() ? "the rules decide" : "the learned models decide", q.precision(),
                q.recall(), q.f1(), q.speakerAccuracy(), l.precision(), l.recall(), l.f1(), l.speakerAccuracy()));
        if (!r.tuning().bySpeakerlessWeak().isEmpty()) {
            double x = r.tuning().speakerlessWeak();
            sb.append(String.format("weak subject, no speaker found: %s, chosen on the held-out folds (the most "
                    + "recall reaching the precision target, overall and over what is added to never):%n",
                    x > 1 ? "left out" : String.format("reported speakerless from cue probability %.2f", x)));
            QuoteTrainer.Pooled never = r.tuning().bySpeakerlessWeak().values().iterator().next();
            r.tuning().bySpeakerlessWeak().forEach((t, p) -> sb.append(String.format("  %s: P %.3f R %.3f F1 %.3f, "
                    + "speaker %.3f%s%n", t > 1 ? "never" : String.format("%.2f", t), p.precision(), p.recall(),
                    p.f1(), p.speakerAccuracy(), t > 1 ? "" : String.format("; added %d, P %.3f",
                            p.predicted() - never.predicted(), p.addedPrecision(never)))));
        }
        if (Files.isRegularFile(dev)) {
            QuoteEval.Result learned = QuoteEval.evaluate(dev, new Annotator(false, models), null);
            QuoteEval.Result rules = QuoteEval.evaluate(dev, Annotator.rulesOnly(), null);
            sb.append("dev (").append(dev.getParent().getFileName()).append("/dev.jsonl), learned:\n")
                    .append(indent(learned.describe()));
            sb.append("dev, rules alone:\n").append(indent(rules.describe()));
        }
        return sb.toString();
    }

    private static String indent(String s) {
        return "  " + s.replace("\n", "\n  ") + "\n";
    }
}
