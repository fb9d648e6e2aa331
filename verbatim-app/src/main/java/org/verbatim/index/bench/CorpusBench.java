package org.verbatim.index.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.verbatim.Verbatim;
import org.verbatim.enrich.fingerprint.MinHasher;
import org.verbatim.index.ArticleIndex;
import org.verbatim.index.ArticleSearch;
import org.verbatim.index.ExtraDocuments;
import org.verbatim.index.IndexFields;
import org.verbatim.index.Ingester;
import org.verbatim.index.ResourceMeter;
import org.verbatim.ingest.warc.WarcSource;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.Timestamp;
import org.verbatim.ingest.SourceRecord;
import org.verbatim.pipeline.ProcessedArticle;

/**
 * Benchmark tools for the corpus (not unit tests; speed is measured here, never in tests).
 *
 * <pre>
 * copies IN.warc.gz OUT.warc.gz N        N copies of every response, each under its own URL (?copy=k) without
 *                                        canonical tags and with one added sentence: distinct documents that
 *                                        cluster, for end-to-end throughput and heap on an input N times larger
 * build  IN.warc.gz INDEX N SEED         an index of N articles made by replicating and perturbing IN's pages
 * search INDEX QUERIES SEED              QUERIES timed searches (after a warm-up); prints p50/p95/p99/max in ms
 * ingest [--runs K] [--workers N] [--no-quotes] INPUT...
 *                                        K full ingests of the inputs, each into a fresh temporary index, as
 *                                        {@code verbatim ingest} does them; prints articles/s, CPU ms per article,
 *                                        cores used, GC and JIT time, and peak heap (in use, and live after GC).
 *                                        Run 1 includes the JIT warm-up; later runs show the steady state.
 * </pre>
 *
 * <p>How {@code build} perturbs: each base page is extracted once. Article k takes base page {@code k % B}, keeps
 * each paragraph with probability 0.85, replaces each word with probability 0.2 by a word drawn from the whole
 * corpus vocabulary, appends one paragraph borrowed from another random page, shuffles the title's words with
 * probability 0.5, and gets a fresh URL on one of 200 hosts, a language from the base page's URL's country code
 * (de, fr, es, else en) and a date spread over three years. With 20% of the words replaced, copies of one base page
 * are mostly distinct stories for the clusterer (3-shingle overlap around 0.5^3), so the index holds a realistic mix
 * of clusters and singletons.
 */
public final class CorpusBench {
    private CorpusBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: copies IN OUT N | build IN INDEX N SEED | search INDEX QUERIES SEED"
                    + " | ingest [--runs K] [--workers N] [--no-quotes] INPUT...");
            System.exit(2);
        }
        switch (args[0]) {
            case "copies" -> copies(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "build" -> build(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
            case "search" -> search(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
            case "ingest" -> ingest(Arrays.asList(args).subList(1, args.length));
            default -> throw new IllegalArgumentException("unknown tool " + args[0]);
        }
    }

    static void copies(Path in, Path out, int n) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(out, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
                WarcCompression.GZIP)) {
            for (int k = 0; k < n; k++) {
                try (WarcReader r = new WarcReader(in)) {
                    for (WarcRecord rec : r) {
                        if (rec instanceof WarcResponse resp) {
                            HttpResponse http = resp.http();
                            byte[] body = distinctCopy(http.body().stream().readAllBytes(), k);
                            String type = http.headers().first("Content-Type").orElse("text/html");
                            HttpResponse copy = new HttpResponse.Builder(http.status(), http.reason())
                                    .body(MediaType.parse(type), body).build();
                            String sep = resp.target().contains("?") ? "&" : "?";
                            w.write(new WarcResponse.Builder(resp.target() + sep + "copy=" + k).body(copy).build());
                        }
                    }
                }
            }
        }
    }

    /** Canonical-URL tags that would make every copy the same document. */
    private static final java.util.regex.Pattern CANONICAL = java.util.regex.Pattern.compile(
            "<link[^>]+rel=[\"']?canonical[^>]*>|<meta[^>]+property=[\"']?og:url[^>]*>",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Copy {@code k} of a page as a distinct document: its canonical-URL tags removed (so the copy's own URL names it)
     * and one sentence added before {@code </body>} (so its content hash differs); copies still cluster together.
     * Bytes are handled as ISO-8859-1 so that any charset passes through unchanged.
     */
    static byte[] distinctCopy(byte[] html, int k) {
        if (k == 0) {
            return html;
        }
        String s = new String(html, java.nio.charset.StandardCharsets.ISO_8859_1);
        s = CANONICAL.matcher(s).replaceAll("");
        int end = s.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String note = "<p>Republished as copy " + k + ".</p>";
        s = end < 0 ? s + note : s.substring(0, end) + note + s.substring(end);
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static void ingest(List<String> args) throws Exception {
        int runs = 1;
        int workers = Ingester.Options.defaults(Path.of(".")).workers();
        boolean quotes = true;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--runs" -> runs = Integer.parseInt(args.get(++i));
                case "--workers" -> workers = Integer.parseInt(args.get(++i));
                case "--no-quotes" -> quotes = false;
                default -> inputs.add(args.get(i));
            }
        }
        System.out.printf(Locale.ROOT, "ingest %s: %d workers, %d cores available, load average %.1f%n", inputs,
                workers, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int run = 1; run <= runs; run++) {
            Path index = Files.createTempDirectory("verbatim-bench-ingest");
            try {
                Ingester.Options d = Ingester.Options.defaults(index);
                Ingester.Options o = new Ingester.Options(index, workers, d.queue(), d.commitEvery(),
                        quotes ? d.extra() : ExtraDocuments.NONE, true);
                ResourceMeter meter = new ResourceMeter();
                Ingester.Report r = new Ingester(o, url -> {
                    throw new IllegalArgumentException("no URLs in the bench: " + url);
                }).run(inputs, null);
                ResourceMeter.Usage u = meter.stop();
                long quoteDocs;
                long entityDocs;
                try (ArticleSearch s = ArticleSearch.open(index)) {
                    quoteDocs = s.count(IndexFields.KIND_QUOTE);
                    entityDocs = s.count(IndexFields.KIND_ENTITY);
                }
                double mb = 1024 * 1024;
                StringBuilder steps = new StringBuilder();
                r.stepCpuSeconds().forEach((k, v) -> steps.append(String.format(Locale.ROOT, " %s %.2f,", k,
                        v * 1000 / r.ok())));
                System.out.printf(Locale.ROOT, "run %d: read %d, ok %d, skipped %d, failed %d, duplicates %d; "
                                + "index %d articles, %d quotes, %d entities, %d clusters%n"
                                + "  %.1f s, %.1f articles/s; CPU %.1f s = %.2f ms/article on %.2f cores "
                                + "(of which GC %.1f s, JIT %.1f s) -> %.0f articles/s if %d cores were free%n"
                                + "  CPU ms/article by step:%s GC %.2f, JIT %.2f%n"
                                + "  heap: peak %.0f MB in use, %.0f MB live after GC, limit %.0f MB%n", run,
                        r.read(), r.ok(), r.skipped(), r.failed(), r.duplicates(), r.articles(), quoteDocs,
                        entityDocs, r.clusters(), u.wallSeconds(), r.ok() / u.wallSeconds(), u.cpuSeconds(),
                        u.cpuMsPer(r.ok()), u.cores(), u.gcSeconds(), u.jitSeconds(),
                        Math.min(workers, Runtime.getRuntime().availableProcessors()) * 1000 / u.cpuMsPer(r.ok()),
                        Math.min(workers, Runtime.getRuntime().availableProcessors()), steps,
                        u.gcSeconds() * 1000 / r.ok(), u.jitSeconds() * 1000 / r.ok(), u.peakHeap() / mb,
                        u.peakLiveHeap() / mb, u.maxHeap() / mb);
            } finally {
                deleteTree(index);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static void build(Path in, Path indexDir, int n, long seed) throws Exception {
        List<Article> base = basePages(in);
        List<String> vocab = vocabulary(base);
        Random rnd = new Random(seed);
        MinHasher hasher = new MinHasher();
        long t0 = System.nanoTime();
        try (ArticleIndex idx = ArticleIndex.open(indexDir, ExtraDocuments.NONE, 5000)) {
            for (int k = 0; k < n; k++) {
                Article a = perturb(base.get(k % base.size()), base, vocab, rnd, k);
                org.verbatim.enrich.fingerprint.Fingerprint fp = hasher.fingerprint(a.title(), a.text());
                String url = a.canonicalUrl() != null ? a.canonicalUrl() : a.url();
                idx.upsert(new ProcessedArticle(org.verbatim.enrich.fingerprint.DocumentId.of(url, fp.contentHash()),
                        a, fp, "bench", null));
                if (k % 10_000 == 0 && k > 0) {
                    System.err.printf(Locale.ROOT, "%d articles, %.0f/s%n", k, k / ((System.nanoTime() - t0) / 1e9));
                }
            }
        }
        try (ArticleSearch s = ArticleSearch.open(indexDir)) {
            System.out.printf(Locale.ROOT, "index %s: %d articles in %d clusters, built in %.0f s%n", indexDir,
                    s.count("article"), s.clusterCount(), (System.nanoTime() - t0) / 1e9);
        }
    }

    static void search(Path indexDir, int queries, long seed) throws Exception {
        Random rnd = new Random(seed);
        try (ArticleSearch s = ArticleSearch.open(indexDir)) {
            List<String> words = sampleWords(s, rnd);
            List<ArticleSearch.Request> reqs = new ArrayList<>();
            for (int i = 0; i < queries + 200; i++) {
                reqs.add(randomRequest(words, rnd));
            }
            long[] ms = new long[queries];
            long[] cpu = new long[queries];
            long hits = 0;
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            for (int i = 0; i < reqs.size(); i++) {
                long c = mx.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                ArticleSearch.Result r = s.search(reqs.get(i), "<b>", "</b>", true);
                long dt = System.nanoTime() - t;
                long dc = mx.getCurrentThreadCpuTime() - c;
                if (i >= 200) { // the first 200 warm the JIT and the page cache
                    ms[i - 200] = dt;
                    cpu[i - 200] = dc;
                    hits += r.totalHits();
                }
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            // Wall time suffers when other processes share the cores; the searching thread's CPU time does not.
            System.out.printf(Locale.ROOT, "%d queries on %d articles (mean %d matches), load average %.1f%n"
                            + "  wall: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n"
                            + "  cpu:  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", queries,
                    s.count("article"), hits / queries, load, pct(ms, 50), pct(ms, 95), pct(ms, 99),
                    ms[ms.length - 1] / 1e6, pct(cpu, 50), pct(cpu, 95), pct(cpu, 99), cpu[cpu.length - 1] / 1e6);
        }
    }

    /** Query mix: 40% one word, 25% two words (AND), 15% a phrase, 10% OR, 10% word -word; 30% also filter. */
    private static ArticleSearch.Request randomRequest(List<String> w, Random rnd) {
        String a = w.get(rnd.nextInt(w.size()));
        String b = w.get(rnd.nextInt(w.size()));
        int kind = rnd.nextInt(100);
        String q = kind < 40 ? a : kind < 65 ? a + " " + b : kind < 80 ? "\"" + a + " " + b + "\""
                : kind < 90 ? a + " OR " + b : a + " -" + b;
        String lang = rnd.nextInt(10) == 0 ? List.of("en", "de", "fr", "es").get(rnd.nextInt(4)) : null;
        LocalDate from = rnd.nextInt(5) == 0 ? LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(900)) : null;
        String site = rnd.nextInt(10) == 0 ? "host" + rnd.nextInt(200) + ".example" : null;
        return new ArticleSearch.Request(q, site, from, from == null ? null : from.plusDays(60), lang, 10, false);
    }

    private static List<String> sampleWords(ArticleSearch s, Random rnd) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        s.forEachArticle(a -> {
            if (texts.size() < 2000) {
                texts.add(a.json());
            }
        });
        for (String t : texts) {
            String[] ws = t.replaceAll("[^\\p{L}\\s]", " ").toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = 0; i < 5 && ws.length > 0; i++) {
                String word = ws[rnd.nextInt(ws.length)];
                if (word.length() > 3) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static List<Article> basePages(Path in) throws InterruptedException {
        List<Article> out = new ArrayList<>();
        new WarcSource(in).read(r -> add(out, r));
        return out;
    }

    private static void add(List<Article> out, SourceRecord r) {
        if (r.page() != null) {
            Article a = Verbatim.extract(r.page());
            if (!a.blocks().isEmpty()) {
                out.add(a);
            }
        }
    }

    /** Every word of the base articles' texts, with repeats: what replaced words are drawn from. */
    static List<String> vocabulary(List<Article> base) {
        List<String> v = new ArrayList<>();
        for (Article a : base) {
            v.addAll(Arrays.asList(a.text().split("\\s+")));
        }
        return v;
    }

    /** Article {@code k} of the bench index, made from base article {@code a} (see the class comment). */
    static Article perturb(Article a, List<Article> base, List<String> vocab, Random rnd, int k) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : a.blocks()) {
            if (rnd.nextDouble() < 0.85) {
                blocks.add(Block.paragraph(replaceWords(b.text(), vocab, rnd)));
            }
        }
        List<Block> other = base.get(rnd.nextInt(base.size())).blocks();
        blocks.add(Block.paragraph(other.get(rnd.nextInt(other.size())).text()));
        String title = a.title() == null ? "Untitled" : a.title();
        if (rnd.nextBoolean()) {
            List<String> tw = new ArrayList<>(Arrays.asList(title.split(" ")));
            java.util.Collections.shuffle(tw, rnd);
            title = String.join(" ", tw);
        }
        String host = "host" + rnd.nextInt(200) + ".example";
        String path = a.url() == null ? "/a" : URI.create(a.url().replace(" ", "%20")).getRawPath();
        LocalDateTime day = LocalDateTime.of(2023, 1, 1, 8, 0).plusDays(rnd.nextInt(1095)).plusMinutes(rnd.nextInt(600));
        return Article.builder().url("https://" + host + path + "?k=" + k).title(title).blocks(blocks)
                .siteName("Site " + host.substring(4, host.indexOf('.'))).language(language(a.url()))
                .published(new Timestamp(day)).authors(a.authors()).build();
    }

    private static String replaceWords(String text, List<String> vocab, Random rnd) {
        String[] w = text.split(" ");
        for (int i = 0; i < w.length; i++) {
            if (rnd.nextDouble() < 0.2) {
                w[i] = vocab.get(rnd.nextInt(vocab.size()));
            }
        }
        return String.join(" ", w);
    }

    /** A language guess from the base URL's country-code domain, so each analyser gets its share of documents. */
    private static String language(String url) {
        if (url == null) {
            return "en";
        }
        String host = URI.create(url.replace(" ", "%20")).getHost();
        if (host == null) {
            return "en";
        }
        return host.endsWith(".de") || host.endsWith(".at") || host.endsWith(".ch") ? "de"
                : host.endsWith(".fr") ? "fr" : host.endsWith(".es") ? "es" : "en";
    }
}
