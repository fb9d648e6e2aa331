package org.verbatim.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.verbatim.eval.Corpora;
import org.verbatim.eval.WcxbCorpus;

/**
 * A page the extractor models learn from: its bytes, URL, gold main text, page type, and the corpus and fold it
 * belongs to ({@code fold} is the wcxb-dev domain fold, or -1 for pages of the other corpora, which are always
 * training data).
 */
record TrainingPage(String corpus, String id, Corpora.GoldPage source, String url, String gold, String type, int fold) {

    byte[] bytes() {
        return source.bytes();
    }

    /** The wcxb-dev pages (all types), the fundus pages and the readability test pages (articles). */
    static List<TrainingPage> all(Corpora corpora) {
        List<TrainingPage> out = new ArrayList<>();
        for (WcxbCorpus.Page p : WcxbCorpus.load(corpora.shared())) {
            out.add(new TrainingPage("wcxb", p.id(), p.gold(), p.url(), p.content(), p.type(), p.fold()));
        }
        for (Corpora.GoldPage g : corpora.fundus()) {
            out.add(new TrainingPage("fundus", g.id(), g, g.url(), nonNull(g.body()), "article", -1));
        }
        for (Corpora.GoldPage g : corpora.readability(corpora.readabilityNames())) {
            out.add(new TrainingPage("readability", g.id(), g, g.url(), nonNull(g.body()), "article", -1));
        }
        return out;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    String key() {
        return (corpus + "/" + id).toLowerCase(Locale.ROOT);
    }
}
