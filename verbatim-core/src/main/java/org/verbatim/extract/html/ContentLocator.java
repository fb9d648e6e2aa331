package org.verbatim.extract.html;

import org.jsoup.nodes.Element;

/**
 * Chooses the element that holds the article body, as a cascade: explicit markup ({@code itemprop=articleBody},
 * {@code <main>}) when it holds most of the good paragraph text; else the best-scoring paragraph container,
 * widened to a parent while the parent adds mostly good paragraph text; else the body itself.
 */
final class ContentLocator {
    /** A container climbs to its parent while the parent adds at most this little other text (a plain wrapper). */
    static final double WRAPPER_EXTRA_SHARE = 0.10;
    /** ... or while at least this share of what the parent adds is good paragraph text. */
    static final double CLIMB_GOOD_SHARE = 0.60;
    /** Weight of a content class/id hint on a candidate's score. */
    static final double CONTENT_HINT_BOOST = 1.25;
    /** Explicit body markup wins when it holds at least this share of the scored candidate's good text. */
    static final double MARKUP_SHARE = 0.70;

    private ContentLocator() {
    }

    /** The chosen content root, or {@code null} when the page has no paragraph text at all. */
    static Element locate(Element body, DomAnalyzer.Analysis a) {
        Element best = bestScored(a);
        if (best == null) {
            return null;
        }
        best = widen(best, body, a);
        Element markup = explicitMarkup(body, a, a.of(best).good);
        return markup != null ? markup : best;
    }

    static double score(Element e, NodeStats s) {
        double score = s.rawScore() * (1 - s.linkDensity());
        return (s.hints & Hints.CONTENT) != 0 ? score * CONTENT_HINT_BOOST : score;
    }

    private static Element bestScored(DomAnalyzer.Analysis a) {
        Element best = null;
        double bestScore = 0;
        for (Element e : a.candidates()) {
            NodeStats s = a.stats().get(e);
            if (s == null) {
                continue;
            }
            double sc = score(e, s);
            if (sc > bestScore) {
                bestScore = sc;
                best = e;
            }
        }
        return best;
    }

    private static Element widen(Element start, Element body, DomAnalyzer.Analysis a) {
        Element cur = start;
        while (cur != body && cur.parent() != null && cur.parent() != body) {
            Element parent = cur.parent();
            NodeStats c = a.of(cur);
            NodeStats p = a.of(parent);
            int extraText = p.text - c.text;
            int extraGood = p.good - c.good;
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
        for (Element e : body.getElementsByAttributeValue("itemprop", "articleBody")) {
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
