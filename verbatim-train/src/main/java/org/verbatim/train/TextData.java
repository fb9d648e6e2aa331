package org.verbatim.train;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.verbatim.eval.Corpora;
import org.verbatim.eval.Evaluation;
import org.verbatim.eval.TextEval;
import org.verbatim.eval.WcxbCorpus;
import org.verbatim.extract.text.LineShapes;
import org.verbatim.extract.text.TextFeatures;

/**
 * The text path's training data: every gold page of fundus, the readability tests and wcxb-dev rendered to WET-like
 * text ({@link TextEval#render}), each line's features ({@link TextFeatures}, with no learned line forms: those are
 * filled in per training set by {@link ShapeLearner}) and its gold coverage ({@link Labeler}). Computed once per run;
 * {@code --cache FILE} keeps it between runs while iterating (delete it when features or renderer change).
 */
final class TextData {
    /** Dates in the rendered pages are judged against this day: after every corpus was crawled, fixed for reproducibility. */
    static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);
    /** A clock fixed at the start of {@link #REFERENCE} (UTC), for the extractors training and cross-validation run. */
    static final java.time.Clock CLOCK = startOf(REFERENCE);
    /** A clock fixed at the start of {@code day} (UTC). */
    static java.time.Clock startOf(LocalDate day) {
        return java.time.Clock.fixed(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC);
    }

    /** Folds of cross-validation: wcxb-dev's five domain folds; the other corpora's sites are spread over them. */
    static final int FOLDS = WcxbCorpus.FOLDS;

    /**
     * One page: where it comes from, its site (lines forms are only learned from forms seen on several sites), its
     * fold, its gold page type, its lines, their feature rows and gold coverage, and the page's feature row.
     */
    record Page(String corpus, String id, String site, int fold, String type, String url, String gold,
                List<String> lines, float[][] rows, double[] coverage, float[] page) {
        String key() {
            return (corpus + "/" + id).toLowerCase(Locale.ROOT);
        }

        boolean wcxb() {
            return corpus.equals("wcxb");
        }

        /** Tuning pages: anything but wcxb-dev's untouched fold 4. */
        boolean tuning() {
            return !wcxb() || fold <= Cuts.LAST_TUNING_FOLD;
        }
    }

    /** The pages with their rendered texts (for extraction) and the figures' gold. */
    record Set(List<Page> pages, TextEval.Rendered rendered) {
    }

    private TextData() {
    }

    /**
     * A digest of everything training reads from {@code pages}: each page's corpus, id, site, fold, type, lines, line
     * rows, gold coverage and page row. Two builds with the same digest train the same models.
     */
    static String digest(List<Page> pages) {
        TrainingDigest d = new TrainingDigest();
        for (Page p : pages) {
            d.text(p.corpus()).text(p.id()).text(p.site()).number(p.fold()).text(p.type()).floats(p.page());
            for (int l = 0; l < p.lines().size(); l++) {
                d.text(p.lines().get(l)).floats(p.rows()[l]).number(p.coverage()[l]);
            }
        }
        return d.hex();
    }

    static Set build(Corpora corpora, Path cache, java.util.function.Consumer<String> log) throws IOException {
        TextEval.Rendered r = TextEval.render(corpora, Evaluation.Progress.NONE);
        if (cache != null && Files.isRegularFile(cache)) {
            List<Page> pages = read(cache);
            if (pages.size() == r.all().size()) {
                log.accept("features of " + pages.size() + " pages read from " + cache);
                return new Set(pages, r);
            }
        }
        List<TextEval.RenderedPage> all = r.all();
        List<String> golds = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        for (Corpora.GoldPage g : r.fundus()) {
            golds.add(nonNull(g.body()));
            types.add("article");
            sites.add(g.gold() != null && g.gold().hasNonNull("publisher") ? g.gold().get("publisher").asText()
                    : host(g.url()));
        }
        for (Corpora.GoldPage g : r.readability()) {
            golds.add(nonNull(g.body()));
            types.add("article");
            sites.add("readability:" + g.id());
        }
        for (WcxbCorpus.Page p : r.wcxb()) {
            golds.add(p.content());
            types.add(p.type());
            sites.add(host(p.url()));
        }
        Page[] out = new Page[all.size()];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, all.size()).parallel().forEach(i -> {
            TextEval.RenderedPage rp = all.get(i);
            TextFeatures f = TextFeatures.of(rp.text(), rp.url(), REFERENCE, LineShapes.EMPTY);
            Labeler l = new Labeler(golds.get(i));
            double[] cov = new double[f.texts().size()];
            for (int s = 0; s < cov.length; s++) {
                cov[s] = l.coverage(f.texts().get(s));
            }
            String site = sites.get(i).toLowerCase(Locale.ROOT);
            int fold = rp.fold() >= 0 ? rp.fold() : Math.floorMod(site.hashCode(), FOLDS);
            out[i] = new Page(rp.corpus(), rp.id(), site, fold, types.get(i), rp.url(), golds.get(i), f.texts(),
                    f.rows(), cov, f.page());
            int d = done.incrementAndGet();
            if (d % 200 == 0) {
                log.accept("features: " + d + "/" + all.size());
            }
        });
        List<Page> pages = List.of(out);
        if (cache != null) {
            write(cache, pages);
        }
        return new Set(pages, r);
    }

    static String host(String url) {
        try {
            String h = url == null ? null : URI.create(url.strip().replace(" ", "%20")).getHost();
            return h == null ? String.valueOf(url) : h.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return String.valueOf(url);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static void write(Path file, List<Page> pages) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(file);
             DataOutputStream d = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(o)))) {
            d.writeUTF(String.join(",", TextFeatures.LINE_NAMES) + ";" + String.join(",", TextFeatures.PAGE_NAMES));
            d.writeInt(pages.size());
            for (Page p : pages) {
                d.writeUTF(p.corpus());
                d.writeUTF(p.id());
                d.writeUTF(p.site());
                d.writeInt(p.fold());
                d.writeUTF(p.type());
                d.writeUTF(p.url() == null ? "" : p.url());
                writeString(d, p.gold());
                d.writeInt(p.lines().size());
                for (int i = 0; i < p.lines().size(); i++) {
                    writeString(d, p.lines().get(i));
                    for (float x : p.rows()[i]) {
                        d.writeFloat(x);
                    }
                    d.writeDouble(p.coverage()[i]);
                }
                for (float x : p.page()) {
                    d.writeFloat(x);
                }
            }
        }
    }

    private static void writeString(DataOutputStream d, String s) throws IOException {
        byte[] t = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        d.writeInt(t.length);
        d.write(t);
    }

    private static String readString(DataInputStream d) throws IOException {
        byte[] t = new byte[d.readInt()];
        d.readFully(t);
        return new String(t, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<Page> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in)))) {
            String names = d.readUTF();
            if (!names.equals(String.join(",", TextFeatures.LINE_NAMES) + ";"
                    + String.join(",", TextFeatures.PAGE_NAMES))) {
                return List.of();
            }
            int n = d.readInt();
            List<Page> out = new ArrayList<>(n);
            int nf = TextFeatures.LINE_NAMES.size();
            for (int k = 0; k < n; k++) {
                String corpus = d.readUTF();
                String id = d.readUTF();
                String site = d.readUTF();
                int fold = d.readInt();
                String type = d.readUTF();
                String url = d.readUTF();
                String gold = readString(d);
                int lines = d.readInt();
                List<String> texts = new ArrayList<>(lines);
                float[][] rows = new float[lines][nf];
                double[] cov = new double[lines];
                for (int i = 0; i < lines; i++) {
                    texts.add(readString(d));
                    for (int f = 0; f < nf; f++) {
                        rows[i][f] = d.readFloat();
                    }
                    cov[i] = d.readDouble();
                }
                float[] page = new float[TextFeatures.PAGE_NAMES.size()];
                for (int f = 0; f < page.length; f++) {
                    page[f] = d.readFloat();
                }
                out.add(new Page(corpus, id, site, fold, type, url.isEmpty() ? null : url, gold, List.copyOf(texts),
                        rows, cov, page));
            }
            return out;
        }
    }
}
