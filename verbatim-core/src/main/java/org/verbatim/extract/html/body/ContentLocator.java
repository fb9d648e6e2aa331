package org.verbatim.extract.html.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.verbatim.extract.common.TextKey;
import org.verbatim.extract.html.dom.DomAnalyzer;
import org.verbatim.extract.html.dom.Hints;
import org.verbatim.extract.html.dom.NodeStats;

/**
 * Chooses the element that holds the article body, as a cascade: explicit markup ({@code itemprop=articleBody},
 * {@code <main>}) when it holds most of the good paragraph text; else the best-scoring paragraph container,
 * widened to a parent while the parent adds mostly good paragraph text; else the body itself.
 */
public final class ContentLocator {
    /** A container climbs to its parent while the parent adds at most this little other text (a plain wrapper). */
    static final double WRAPPER_EXTRA_SHARE = 0.03;
    /** ... or while at least this share of what the parent adds is good paragraph text. */
    static final double CLIMB_GOOD_SHARE = 0.70;
    /** Widening stops when the parent adds this many linked headlines. */
    static final int TEASER_HEADLINES = 3;
    /** ... and at least this many linked headlines per paragraph it adds (a river of teasers, not an article). */
    static final double TEASER_HEADLINE_RATIO = 0.3;
    /** Weight of a content class/id hint on a candidate's score. */
    static final double CONTENT_HINT_BOOST = 1.25;
    /** Explicit body markup wins when it holds at least this share of the scored candidate's good text. */
    static final double MARKUP_SHARE = 0.70;

    /** A candidate in the headline's story wins when it scores at least this share of the best overall. */
    static final double STORY_SHARE = 0.3;

    private ContentLocator() {
    }

    /** The chosen content root, or {@code null} when the page has no paragraph text at all. */
    public static Element locate(Element body, DomAnalyzer.Analysis a, String title) {
        Element best = bestScored(a, storyWindow(a, title));
        if (best == null) {
            return null;
        }
        best = widen(best, body, a);
        Element markup = explicitMarkup(body, a, a.of(best).good);
        return markup != null ? markup : best;
    }

    static double score(NodeStats s) {
        double score = s.rawScore() * (1 - s.linkDensity());
        return (s.hints & Hints.CONTENT) != 0 ? score * CONTENT_HINT_BOOST : score;
    }

    /**
     * The best-scoring candidate; when the page has several {@code <h1>} (a feed of stories), the best one between
     * the headline and the next {@code <h1>} wins if it scores at least {@link #STORY_SHARE} of the overall best.
     */
    private static Element bestScored(DomAnalyzer.Analysis a, int[] window) {
        Element best = null;
        Element bestIn = null;
        double bestScore = 0;
        double bestInScore = 0;
        for (Element e : a.candidates()) {
            NodeStats s = a.stats().get(e);
            if (s == null) {
                continue;
            }
            double sc = score(s);
            if (sc > bestScore) {
                bestScore = sc;
                best = e;
            }
            boolean inStory = window != null && s.order < window[1] && s.end > window[0] && s.end <= window[1];
            if (inStory && sc > bestInScore) {
                bestInScore = sc;
                bestIn = e;
            }
        }
        return bestIn != null && bestInScore >= STORY_SHARE * bestScore ? bestIn : best;
    }

    /** Document-order bounds from the headline {@code <h1>} to the next one, or {@code null} with fewer than two. */
    private static int[] storyWindow(DomAnalyzer.Analysis a, String title) {
        List<DomAnalyzer.Heading> h1s = new ArrayList<>();
        for (DomAnalyzer.Heading h : a.h1s()) {
            if (!h.element().text().isBlank()) {
                h1s.add(h);
            }
        }
        if (h1s.size() < 2) {
            return null;
        }
        String nt = title == null ? "" : TextKey.loose(title);
        int idx = 0;
        for (int i = 0; i < h1s.size(); i++) {
            if (!nt.isEmpty() && TextKey.loose(h1s.get(i).element().text()).equals(nt)) {
                idx = i;
                break;
            }
        }
        int end = idx + 1 < h1s.size() ? h1s.get(idx + 1).order() : Integer.MAX_VALUE;
        return new int[] {h1s.get(idx).order(), end};
    }

    private static Element widen(Element start, Element body, DomAnalyzer.Analysis a) {
        Element cur = start;
        while (cur != body && cur.parent() != null && cur.parent() != body) {
            Element parent = cur.parent();
            NodeStats c = a.of(cur);
            NodeStats p = a.of(parent);
            int extraText = p.text - c.text;
            int extraGood = p.good - c.good;
            if (p.articles > Math.max(1, c.articles) || p.h1s > Math.max(1, c.h1s)) {
                break; // the parent holds several stories (an infinite-scroll feed)
            }
            int addedHeads = p.linkHeads - c.linkHeads;
            if (addedHeads >= TEASER_HEADLINES && addedHeads >= TEASER_HEADLINE_RATIO * (p.paras - c.paras)) {
                break; // the parent adds a list of teasers (linked headlines with summaries)
            }
            boolean wrapper = extraText <= WRAPPER_EXTRA_SHARE * c.text;
            boolean moreBody = extraGood >= CLIMB_GOOD_SHARE * extraText;
            if (!wrapper && !moreBody) {
                break;
            }
            cur = parent;
        }
        return cur;
    }

    private static Element explicitMarkup(Element body, DomAnalyzer.Analysis a, int bestGood) {
        Element found = null;
        for (Element e : a.bodyMarkup()) {
            if (a.stats().containsKey(e) && a.of(e).good >= MARKUP_SHARE * bestGood && a.of(e).good > 0) {
                if (found != null) {
                    return null; // several: let scoring decide
                }
                found = e;
            }
        }
        return found;
    }
}
