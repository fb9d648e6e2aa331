package org.verbatim.train;

import java.util.ArrayList;
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
        return digest(items, true);
    }

    /**
     * The same digest without the pages' words when {@code words} is false: what the segment scorer is a function of
     * (it reads no words), so that a change to the words retrains the page types only.
     */
    static String digest(List<Item> items, boolean words) {
        TrainingDigest d = new TrainingDigest();
        for (Item i : items) {
            TrainingPage p = i.page();
            d.text(p.corpus()).text(p.id()).text(p.type()).number(p.fold());
            if (words) {
                d.text(String.join("\t", i.features().words()));
                d.floats(i.features().links()); // the page-type classifier's only: not the segment scorer's
            }
            d.floats(i.features().page());
            for (int s = 0; s < i.segments(); s++) {
                d.floats(i.features().rows()[s]).number(i.coverage()[s]);
            }
        }
        return d.hex();
    }
}
