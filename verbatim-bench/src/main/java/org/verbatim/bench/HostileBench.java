package org.verbatim.bench;

import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.verbatim.Verbatim;
import org.verbatim.model.Article;
import org.verbatim.model.Page;

/**
 * The hostile page, end to end ({@code Verbatim.process}: extraction and annotation): an article of
 * {@code quotes} paragraphs {@code "We will not back down on item N," the minister said on Monday.} (25,000 make
 * 1.9 MB). Before the work budgets it died of OutOfMemoryError at {@code -Xmx1g} after about 20 s; it must now be
 * handled within 5 s, cut to its budget with a reason in the warnings (printed after the run).
 *
 * <p>Single shot: each operation is one whole page, as one record of an ingest is. Run in a 1 GB heap:
 * {@code ./verbatim bench --jvm-args "-Xms1g -Xmx1g" -wi 2 -i 5 HostileBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class HostileBench {
    @Param("25000")
    public int quotes;

    private byte[] page;
    private Article last;

    @Setup(Level.Trial)
    public void build() {
        StringBuilder sb = new StringBuilder("<!doctype html><html><head><title>The minister speaks</title></head>"
                + "<body><article><h1>The minister speaks</h1>");
        for (int i = 0; i < quotes; i++) {
            sb.append("<p>\"We will not back down on item ").append(i).append(",\" the minister said on Monday.</p>\n");
        }
        page = sb.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf("%n[HostileBench] %d quotes, %d bytes, max heap %d MB%n", quotes, page.length,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Extraction and annotation of the whole page, as an ingest worker runs them. */
    @Benchmark
    public Article quoteDensePage() {
        last = Verbatim.process(Page.html("hostile.html", "https://news.example/minister", page));
        return last;
    }

    @TearDown(Level.Trial)
    public void report() {
        List<String> budget = last.warnings().stream().filter(Article::isBudgetWarning).toList();
        System.out.printf("%n[HostileBench] %d blocks, %d quotes, %d speakers; budget: %s%n", last.blocks().size(),
                last.annotation().quotes().size(), last.annotation().speakers().size(),
                budget.isEmpty() ? "not reached" : budget);
    }
}
