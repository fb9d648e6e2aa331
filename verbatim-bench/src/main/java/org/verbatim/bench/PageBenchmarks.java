package org.verbatim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
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
import org.verbatim.bench.FundusCorpus.FundusPage;
import org.verbatim.extract.decode.CharsetDetector;

/**
 * Single-thread throughput on the fundus pages: jsoup's parse alone (the floor any DOM-based extractor pays) against
 * the full extraction. One operation is one pass over all pages, so every operation does the same work; the
 * {@code pages} secondary metric ({@link PageCounter}) is the same figure in pages/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class PageBenchmarks {
    /** The shared folder; blank means system property {@code verbatim.shared}, else {@code ../shared}. */
    @Param("")
    public String shared;

    private List<FundusPage> pages;

    @Setup
    public void load() {
        pages = FundusCorpus.load(FundusCorpus.resolveShared(shared));
    }

    /** Charset decoding plus {@code Jsoup.parse}: what parsing alone costs. */
    @Benchmark
    public void parse(PageCounter counter, Blackhole bh) {
        for (FundusPage p : pages) {
            String html = CharsetDetector.decode(p.html(), null).text();
            bh.consume(Jsoup.parse(html, p.url() == null ? "" : p.url()));
        }
        counter.pages += pages.size();
    }

    /** The library's whole HTML path: {@code Verbatim.extract(bytes, url)}. */
    @Benchmark
    public void extract(PageCounter counter, Blackhole bh) {
        for (FundusPage p : pages) {
            bh.consume(Verbatim.extract(p.html(), p.url()));
        }
        counter.pages += pages.size();
    }
}
