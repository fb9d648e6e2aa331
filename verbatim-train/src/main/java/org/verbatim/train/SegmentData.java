package org.verbatim.train;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.verbatim.extract.HtmlExtractor;
import org.verbatim.extract.html.body.PageFeatures;
import org.verbatim.model.Page;

/** The learned scorer's view of every training page, with each segment's gold coverage, computed once. */
final class SegmentData {
    /** One page: its features and, per segment, the share of it found in the gold. */
    record Item(TrainingPage page, PageFeatures features, double[] coverage) {
        int segments() {
            return features.texts().size();
        }
    }

    /**
     * Pages are read on the training day ({@link TextData#REFERENCE}), not the wall clock's: reproducible. Features
     * need no models, so the shipped ones are not loaded: they may have been trained on other features.
     */
    private static final HtmlExtractor EXTRACTOR = new HtmlExtractor(
            org.verbatim.extract.html.body.ContentModels.NONE, TextData.CLOCK);

    private SegmentData() {
    }

    static List<Item> build(List<TrainingPage> pages, java.util.function.IntConsumer progress) {
        Item[] out = new Item[pages.size()];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
            TrainingPage p = pages.get(i);
            PageFeatures f = EXTRACTOR.features(Page.html(p.url(), p.url(), p.bytes()));
            Labeler l = new Labeler(p.gold());
            double[] cov = new double[f.texts().size()];
            for (int s = 0; s < cov.length; s++) {
                cov[s] = l.coverage(f.texts().get(s));
            }
            out[i] = new Item(p, f, cov);
            progress.accept(done.incrementAndGet());
        });
        return new ArrayList<>(List.of(out));
    }

    /**
     * A digest of everything training reads from {@code items}: each page's corpus, id, type and fold, its page row
     * and words, and each segment's row and gold coverage. Two builds with the same digest train the same models, so
     * a model kept under it can be trusted after any change of the feature or labelling code.
     */
    static String digest(List<Item> items) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        ByteBuffer b = ByteBuffer.allocate(8);
        for (Item i : items) {
            TrainingPage p = i.page();
            md.update((p.corpus() + "\t" + p.id() + "\t" + p.type() + "\t" + p.fold() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            md.update(String.join("\t", i.features().words()).getBytes(StandardCharsets.UTF_8));
            floats(md, b, i.features().page());
            for (int s = 0; s < i.segments(); s++) {
                floats(md, b, i.features().rows()[s]);
                md.update(b.clear().putDouble(0, i.coverage()[s]).array());
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void floats(MessageDigest md, ByteBuffer b, float[] values) {
        for (float v : values) {
            md.update(b.clear().putInt(0, Float.floatToIntBits(v)).array(), 0, 4);
        }
    }
}
