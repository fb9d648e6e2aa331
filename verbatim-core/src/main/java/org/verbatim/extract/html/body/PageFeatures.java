package org.verbatim.extract.html.body;

import java.util.List;
import org.verbatim.extract.html.HtmlArticleExtractor;

/**
 * The learned content scorer's view of one page (see {@link HtmlArticleExtractor#features}): per text segment, in
 * document order, its text and its feature row ({@link #segmentNames()} in order); the page's own feature row
 * ({@link #pageNames()}); the body the rule cascade chose; the JSON-LD {@code articleBody}, or {@code null}; and what
 * the second stage needs to build its rows from the first stage's probabilities ({@link #stacked}).
 */
public final class PageFeatures {
    /** A page with no segments. */
    public static final PageFeatures EMPTY = new PageFeatures(List.of(), new float[0][],
            new float[ContentFeatures.PAGE_NAMES.size()], new float[LinkFeatures.NAMES.size()], List.of(), "", null,
            ContentFeatures.Groups.of(List.of()));

    private final List<String> texts;
    private final float[][] rows;
    private final float[] page;
    private final float[] links;
    private final List<String> words;
    private final String rulesText;
    private final String articleBody;
    private final ContentFeatures.Groups groups;

    public PageFeatures(List<String> texts, float[][] rows, float[] page, List<String> words, String rulesText,
                 String articleBody, ContentFeatures.Groups groups) {
        this(texts, rows, page, new float[LinkFeatures.NAMES.size()], words, rulesText, articleBody, groups);
    }

    public PageFeatures(List<String> texts, float[][] rows, float[] page, float[] links, List<String> words,
                        String rulesText, String articleBody, ContentFeatures.Groups groups) {
        this.texts = List.copyOf(texts);
        if (rows.length != texts.size()) {
            throw new IllegalArgumentException(rows.length + " rows for " + texts.size() + " segments");
        }
        this.rows = rows;
        this.page = page;
        this.links = links;
        this.words = List.copyOf(words);
        this.rulesText = rulesText;
        this.articleBody = articleBody;
        this.groups = groups;
    }

    public List<String> texts() {
        return texts;
    }

    /** The first stage's rows, one per segment (shared, not copied: do not modify). */
    public float[][] rows() {
        return rows;
    }

    public float[] page() {
        return page;
    }

    /** The page's link features, read by the reported page-type classifier only ({@link #reportedTypeNames()}). */
    public float[] links() {
        return links;
    }

    /** The distinct words the page-type classifier's word model reads ({@link PageWords}). */
    public List<String> words() {
        return words;
    }

    public String rulesText() {
        return rulesText;
    }

    public String articleBody() {
        return articleBody;
    }

    /** The second stage's rows, given the first stage's probability of each segment. */
    public float[][] stacked(float[] p) {
        return ContentFeatures.stacked(rows, groups, p);
    }

    /** Names of the segment features, in row order. */
    public static List<String> segmentNames() {
        return ContentFeatures.SEGMENT_NAMES;
    }

    /** Names of the second stage's features, in row order. */
    public static List<String> stackedNames() {
        return ContentFeatures.STACKED_NAMES;
    }

    /** Names of the page features, in row order. */
    public static List<String> pageNames() {
        return ContentFeatures.PAGE_NAMES;
    }

    /** How many words of a page's text the word model reads at most ({@link PageWords#MAX_WORDS}). */
    public static int wordsRead() {
        return PageWords.MAX_WORDS;
    }

    /**
     * Names of the content page-type classifier's features (the one the content rules read): {@link #pageNames()},
     * then the word model's probabilities.
     */
    public static List<String> typeNames() {
        return ContentFeatures.TYPE_NAMES;
    }

    /**
     * Names of the reported page-type classifier's features: {@link #pageNames()}, the {@link #links()}, then the
     * word model's probabilities.
     */
    public static List<String> reportedTypeNames() {
        return ContentFeatures.REPORTED_TYPE_NAMES;
    }
}
