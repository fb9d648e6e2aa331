package org.verbatim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.verbatim.Verbatim;
import org.verbatim.extract.text.TextRenderer;

/**
 * Single-thread throughput of {@code Verbatim.extractText}: on synthetic scraped pages ({@link SyntheticText}), and on
 * the fundus pages rendered to WET-like text ({@code TextRenderer}, once, in the setup), to set against
 * {@code PageBenchmarks.extract} on the same pages' HTML. One operation is one pass over all pages; the {@code pages}
 * secondary metric is pages/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class TextBenchmarks {
    /** How many synthetic pages one pass extracts. */
    @Param("64")
    public int count;

    /** Seed of the generator; fixed so runs compare. */
    @Param("20240124")
    public long seed;

    private List<String> pages;

    @Setup
    public void generate() {
        pages = SyntheticText.pages(count, seed);
    }

    /** The fundus pages rendered to WET-like text, once (only for the benchmarks that use them). */
    @State(Scope.Benchmark)
    public static class Rendered {
        /** The shared folder; blank means system property {@code verbatim.shared}, else {@code ../shared}. */
        @Param("")
        public String shared;

        List<FundusCorpus.FundusPage> fundus;
        List<String> texts;

        @Setup
        public void render() {
            fundus = FundusCorpus.load(FundusCorpus.resolveShared(shared));
            texts = fundus.stream().map(p -> TextRenderer.render(p.html(), null)).toList();
        }
    }

    /** The text path on the fundus pages rendered to text: the per-page cost to set against the HTML path's. */
    @Benchmark
    public void extractRendered(Rendered r, PageCounter counter, Blackhole bh) {
        for (int i = 0; i < r.texts.size(); i++) {
            bh.consume(Verbatim.extractText(r.texts.get(i), r.fundus.get(i).url()));
        }
        counter.pages += r.texts.size();
    }

    @Benchmark
    public void extractText(PageCounter counter, Blackhole bh) {
        for (String text : pages) {
            bh.consume(Verbatim.extractText(text, "https://news.example.com/2024/01/24/story"));
        }
        counter.pages += pages.size();
    }
}
