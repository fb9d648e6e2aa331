package org.verbatim.extract.html.body;

import java.util.List;

/**
 * Why the extractor kept what it kept ({@code verbatim extract --explain}): the page type the classifier saw, which
 * candidate body won and why, the cut, and per text segment its probability, whether it was kept, and what the rules
 * made of it.
 *
 * @param pageType           the page type label the body rules read (the content classifier's), or {@code null}
 *                           without a classifier
 * @param confidence         its probability
 * @param source             the winning candidate: {@code rules} or {@code model}
 * @param reason             why that candidate won
 * @param cut                the probability from which a segment is kept on this page type
 * @param segments           every text segment, in document order
 * @param reportedPageType   the page type the article reports ({@code Article.pageType}; see {@link ContentModels}),
 *                           or {@code null} without a classifier
 * @param reportedConfidence its probability
 */
public record Explanation(String pageType, float confidence, String source, String reason, float cut,
                          List<SegmentLine> segments, String reportedPageType, float reportedConfidence) {
    public Explanation {
        segments = List.copyOf(segments);
    }

    /** An explanation whose reported page type is the one the body rules read. */
    public Explanation(String pageType, float confidence, String source, String reason, float cut,
                       List<SegmentLine> segments) {
        this(pageType, confidence, source, reason, cut, segments, pageType, confidence);
    }

    /**
     * One segment: its text, the element holding it, its probability of being content ({@code NaN} without a
     * scorer), whether the chosen body contains it, whether the rules' content root holds it, and the rules' pruning
     * of it ({@code none}, {@code weak}, {@code strong}, {@code always}).
     */
    public record SegmentLine(String text, String tag, float probability, boolean kept, boolean inRules,
                              String pruned) {
    }
}
