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

/**
 * Single-thread throughput of {@code Verbatim.extractText} on synthetic scraped pages ({@link SyntheticText}). One
 * operation is one pass over all pages; the {@code pages} secondary metric is pages/s.
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

    @Benchmark
    public void extractText(PageCounter counter, Blackhole bh) {
        for (String text : pages) {
            bh.consume(Verbatim.extractText(text, "https://news.example.com/2024/01/24/story"));
        }
        counter.pages += pages.size();
    }
}
