package org.verbatim.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.verbatim.enrich.Annotator;

/**
 * Single-thread annotation speed. One operation annotates every text of the corpus: PolNeAR dev read from
 * {@code -Dverbatim.shared=...} (default {@code ../shared}), else synthetic news paragraphs. Words per second =
 * operations per second x the word count printed at setup.
 *
 * <p>Run: {@code java -cp verbatim-bench/target/verbatim-bench.jar:verbatim-bench/target/lib/* org.openjdk.jmh.Main
 * AnnotateBench}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class AnnotateBench {
    @Param({"rules", "opennlp"})
    public String segmentation;

    /** "learned": the shipped quote models (verbatim-quotes-en/-de); "rules": the hand-written rules alone. */
    @Param({"learned", "rules"})
    public String attribution;

    private Annotator annotator;
    private List<String> texts;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        annotator = new Annotator("opennlp".equals(segmentation), "rules".equals(attribution)
                ? org.verbatim.enrich.QuoteModels.none() : org.verbatim.enrich.QuoteModels.fromClassPath());
        texts = load();
        long words = texts.stream().mapToLong(AnnotateBench::words).sum();
        Path dev = devFile();
        System.out.printf("%n[AnnotateBench] %d texts, %d words per operation, from %s%n", texts.size(), words,
                Files.isRegularFile(dev) ? dev : "the built-in text (" + dev + " not found: figures are not "
                        + "comparable with PolNeAR runs)");
    }

    @Benchmark
    public void annotateCorpus(Blackhole bh) {
        for (String t : texts) {
            bh.consume(annotator.annotate(t, null, LocalDate.of(2016, 6, 1)));
        }
    }

    static long words(String t) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean w = !Character.isWhitespace(t.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** The PolNeAR dev texts under the shared folder ({@code -Dverbatim.shared}, else {@code ../shared}). */
    private static Path devFile() {
        return Path.of(System.getProperty("verbatim.shared", "../shared"), "corpora", "polnear", "dev.jsonl");
    }

    private static List<String> load() throws IOException {
        Path dev = devFile();
        List<String> out = new ArrayList<>();
        if (Files.isRegularFile(dev)) {
            ObjectMapper m = new ObjectMapper();
            for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
                out.add(m.readTree(line).get("text").asText());
            }
            return out;
        }
        String para = "“We will not give in,” Senator Ada Kerr said on Monday, insisting that the budget was fair. "
                + "According to the Finance Ministry, spending rose by 3 percent last year. She told reporters the "
                + "talks would go on.";
        for (int i = 0; i < 200; i++) {
            out.add(String.join("\n\n", para, para, para, para, para));
        }
        return out;
    }
}
