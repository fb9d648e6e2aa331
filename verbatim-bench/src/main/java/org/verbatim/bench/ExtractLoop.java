package org.verbatim.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.verbatim.extract.HtmlExtractor;
import org.verbatim.extract.html.body.ContentModels;
import org.verbatim.extract.text.TextRenderer;
import org.verbatim.model.Page;
import org.verbatim.Verbatim;
import org.verbatim.bench.FundusCorpus.FundusPage;
import org.verbatim.extract.decode.CharsetDetector;
import org.verbatim.json.ArticleJson;

/**
 * Two helpers for speed work that JMH does not give:
 *
 * <ul>
 * <li>{@code dump FILE}: writes the extraction of every fundus and htmldate page (with its gold URL) as one JSON line
 * each, so that an optimisation can be checked to leave every article unchanged ({@code diff} two dumps);</li>
 * <li>{@code textdump FILE}: the same for the text path: every fundus, htmldate and wcxb-dev page rendered to WET-like
 * text, then extracted from the text;</li>
 * <li>{@code loop ROUNDS}: alternates one pass of jsoup parse alone and one pass of full extraction over the fundus
 * pages, ROUNDS times, and prints the median of the per-round cost ratio, timed in CPU time of the thread. Alternating
 * in one JVM and counting CPU time keep the ratio meaningful on a shared machine; run it under a profiler (JFR) to
 * see where extraction time goes.</li>
 * <li>{@code text ROUNDS}: the same alternation between the HTML path on the fundus pages and the text path on the
 * same pages rendered to WET-like text (rendered once, before timing): the median of text CPU time ÷ HTML CPU time
 * per round (below 1: the text path is faster per page).</li>
 * </ul>
 *
 * <pre>
 * java -cp 'verbatim-bench/target/verbatim-bench.jar:verbatim-bench/target/lib/*' org.verbatim.bench.ExtractLoop
 *     loop 30 [SHARED]
 * </pre>
 */
public final class ExtractLoop {
    private ExtractLoop() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !List.of("dump", "textdump", "loop", "text").contains(args[0])) {
            System.err.println("usage: ExtractLoop dump|textdump FILE [SHARED] | loop ROUNDS [SHARED] [fundus|wcxb] | text ROUNDS "
                    + "[SHARED]");
            System.exit(2);
        }
        Path shared = FundusCorpus.resolveShared(args.length > 2 ? args[2] : null);
        if (args[0].equals("dump")) {
            dump(shared, Path.of(args[1]));
        } else if (args[0].equals("textdump")) {
            textDump(shared, Path.of(args[1]));
        } else if (args[0].equals("text")) {
            text(FundusCorpus.load(shared), Integer.parseInt(args[1]));
        } else {
            boolean wcxb = args.length > 3 && args[3].equals("wcxb");
            loop(wcxb ? FundusCorpus.load(shared.resolve("corpora/wcxb-dev/html"), shared.resolve("none"))
                    : FundusCorpus.load(shared), Integer.parseInt(args[1]));
        }
    }

    private static void dump(Path shared, Path out) throws IOException {
        List<FundusPage> pages = dumpPages(shared);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (FundusPage p : pages) {
                w.println(p.id() + "\t" + ArticleJson.toLine(Verbatim.extract(p.html(), p.url())));
            }
        }
        System.out.println(pages.size() + " articles written to " + out);
    }

    private static List<FundusPage> dumpPages(Path shared) {
        List<FundusPage> pages = new ArrayList<>(FundusCorpus.load(shared));
        Path htmldate = shared.resolve("corpora/htmldate");
        if (Files.isDirectory(htmldate.resolve("pages"))) {
            pages.addAll(FundusCorpus.load(htmldate.resolve("pages"), htmldate.resolve("gold.jsonl")));
        }
        return pages;
    }

    private static void textDump(Path shared, Path out) throws IOException {
        List<FundusPage> pages = dumpPages(shared);
        Path wcxb = shared.resolve("corpora/wcxb-dev/html");
        if (Files.isDirectory(wcxb)) {
            pages.addAll(FundusCorpus.load(wcxb, shared.resolve("none")));
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (FundusPage p : pages) {
                String text = TextRenderer.render(p.html(), null);
                w.println(p.id() + "\t" + ArticleJson.toLine(Verbatim.extractText(text, p.url())));
            }
        }
        System.out.println(pages.size() + " text articles written to " + out);
    }

    /**
     * Alternates a parse-only pass, a full extraction pass and a pass of the rule cascade alone (no content models),
     * and prints the median of each extraction's cost in parses.
     */
    private static void loop(List<FundusPage> pages, int rounds) {
        double[] ratios = new double[rounds];
        double[] rulesRatios = new double[rounds];
        long sink = 0;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        HtmlExtractor rulesOnly = new HtmlExtractor(ContentModels.NONE, java.time.Clock.systemUTC());
        for (int r = 0; r < rounds; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (FundusPage p : pages) {
                String html = CharsetDetector.decode(p.html(), null).text();
                sink += Jsoup.parse(html, p.url() == null ? "" : p.url()).childNodeSize();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (FundusPage p : pages) {
                sink += Verbatim.extract(p.html(), p.url()).blocks().size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            for (FundusPage p : pages) {
                sink += rulesOnly.extract(Page.html(p.url(), p.url(), p.html())).blocks().size();
            }
            long t3 = cpu.getCurrentThreadCpuTime();
            ratios[r] = (double) (t2 - t1) / (t1 - t0);
            rulesRatios[r] = (double) (t3 - t2) / (t1 - t0);
            System.out.printf("round %d: parse %.0f pages/cpu-s, extract %.0f pages/cpu-s, ratio %.3f; rules alone "
                    + "%.3f%n", r, pages.size() * 1e9 / (t1 - t0), pages.size() * 1e9 / (t2 - t1), ratios[r],
                    rulesRatios[r]);
        }
        System.out.printf("median ratio %.3f (rules alone %.3f) over %d rounds of %d pages (sink %d)%n",
                median(ratios), median(rulesRatios), rounds, pages.size(), sink);
    }

    /** Alternates an HTML extraction pass and a text extraction pass of the same pages rendered to text. */
    private static void text(List<FundusPage> pages, int rounds) {
        List<String> rendered = pages.stream().map(p -> TextRenderer.render(p.html(), null)).toList();
        double[] ratios = new double[rounds];
        long sink = 0;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (FundusPage p : pages) {
                sink += Verbatim.extract(p.html(), p.url()).blocks().size();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < pages.size(); i++) {
                sink += Verbatim.extractText(rendered.get(i), pages.get(i).url()).blocks().size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            ratios[r] = (double) (t2 - t1) / (t1 - t0);
            System.out.printf("round %d: html %.0f pages/cpu-s, text %.0f pages/cpu-s, text/html time %.3f%n", r,
                    pages.size() * 1e9 / (t1 - t0), pages.size() * 1e9 / (t2 - t1), ratios[r]);
        }
        System.out.printf("median text/html time per page %.3f over %d rounds of %d pages (sink %d)%n",
                median(ratios), rounds, pages.size(), sink);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
