package org.verbatim.extract.html.body;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.verbatim.learn.MeanEnsemble;
import org.verbatim.learn.TreeEnsemble;
import org.verbatim.learn.WordClasses;
import org.verbatim.model.PageType;

/**
 * The learned models of HTML extraction: two page-type classifiers, the segment scorer (over {@link
 * ContentFeatures#SEGMENT_NAMES}), and the cut above which a segment is kept for each page type. The shipped ones are
 * resources of this package, trained by {@code ./verbatim train extractor} ({@code models/TRAINING.md} tells on
 * what); {@link #NONE} extracts by the rules alone. Immutable.
 *
 * <p>Who decides what. The <em>content</em> page-type classifier ({@link #pageType}, over {@link
 * ContentFeatures#TYPE_NAMES}) is the one the body rules were tuned with: the per-type cuts, the sure product
 * ({@link ContentChooser#SURE_PRODUCT}), article furniture, the repeat and polish rules of non-articles all read its
 * probabilities, and nothing else does. The <em>reported</em> classifier ({@link #reportedPageType}, over {@link
 * ContentFeatures#REPORTED_TYPE_NAMES}: the same row and word model plus the page's links) decides only the type an
 * article reports ({@code Article.pageType} and its confidence, {@code page_type} in JSON), and so which pages ingest
 * skips as not articles; it never moves the body. Without it the content classifier's type is reported.
 */
public final class ContentModels {
    /** The page types of the classifier's classes, in class order. */
    public static final List<PageType> TYPES = List.of(PageType.ARTICLE, PageType.SERVICE, PageType.FORUM,
            PageType.LISTING, PageType.PRODUCT, PageType.COLLECTION, PageType.DOCUMENTATION);
    /** The shipped models' folder, beside the HTML extractor's word lists (read by absolute name). */
    private static final String MODELS = "/org/verbatim/extract/html/models/";
    static final String PAGE_TYPES = MODELS + "page-types.trees";
    static final String REPORTED_PAGE_TYPES = MODELS + "page-types-links.trees";
    static final String PAGE_WORDS = MODELS + "page-words.txt";
    static final String SEGMENTS = MODELS + "content-segments.trees";
    static final String STACKED = MODELS + "content-stacked.trees";
    static final String CUTS = MODELS + "content-cuts.properties";

    /** No models: the rule cascade alone, as before the learned scorer. */
    public static final ContentModels NONE = new ContentModels(null, null, null, null);

    private final TreeEnsemble pageTypes;
    private final MeanEnsemble reportedTypes;
    private final WordClasses pageWords;
    private final TreeEnsemble segments;
    private final TreeEnsemble stacked;
    private final float[] cuts;
    private final Policy policy;

    /**
     * How the chooser uses the models.
     *
     * @param preCheck     a sure article whose rule body looks right keeps it without scoring segments (off in what
     *                     ships: cross-validated on wcxb-dev, scoring every page gave articles 0.949 against 0.945,
     *                     for about 15% more CPU per page)
     * @param rulesMargin  on articles, the rules' body stands unless the model's estimated F1 beats it by this much;
     *                     a negative value: the model's body always, when it has one (what ships: cross-validated on
     *                     wcxb-dev, articles 0.954 against 0.949 with a margin of 0.02, all pages 0.875 against
     *                     0.872; in sample fundus 0.975 against 0.968 and readability news 0.961 against 0.955). The
     *                     rules' body stays the answer when the model keeps nothing.
     * @param polishModel  the model's body of an article gets the rules' polish (headline, dek, furniture, promos)
     * @param softCut      the cut is the page-type probabilities' average of the types' cuts, not the top type's
     */
    public record Policy(boolean preCheck, double rulesMargin, boolean polishModel, boolean softCut) {
        /** What ships. */
        public static final Policy DEFAULT = new Policy(false, -1, true, true);
    }

    /**
     * @param pageTypes the page-type classifier, {@code null} for none
     * @param segments  the segment scorer, {@code null} for none
     * @param stacked   the second stage, over the first's rows and its view of each segment's surroundings
     *                  ({@link ContentFeatures#STACKED_NAMES}); {@code null} for none
     * @param cuts      per {@link #TYPES} entry, the probability from which a segment is kept; {@code null} for 0.5
     */
    public ContentModels(TreeEnsemble pageTypes, TreeEnsemble segments, TreeEnsemble stacked, float[] cuts) {
        this(pageTypes, null, segments, stacked, cuts);
    }

    /**
     * @param pageTypes the page-type classifier, {@code null} for none; with a word model, over
     *                  {@link ContentFeatures#TYPE_NAMES} (the page row followed by the word model's probabilities)
     * @param pageWords the word model of the page types over {@link PageWords}, or {@code null} for none
     * @param segments  the segment scorer, {@code null} for none
     * @param stacked   the second stage, or {@code null}
     * @param cuts      per {@link #TYPES} entry, the probability from which a segment is kept; {@code null} for 0.5
     */
    public ContentModels(TreeEnsemble pageTypes, WordClasses pageWords, TreeEnsemble segments, TreeEnsemble stacked,
                         float[] cuts) {
        this(pageTypes, null, pageWords, segments, stacked, cuts);
    }

    /**
     * @param pageTypes     the content page-type classifier, read by the body rules; {@code null} for none
     * @param reportedTypes the reported page-type classifier, over {@link ContentFeatures#REPORTED_TYPE_NAMES}, the mean
     *                      of its boosters' probabilities (needs the word model and the content classifier);
     *                      {@code null}: the content one's type is reported
     * @param pageWords     the word model both classifiers read, or {@code null} for none
     * @param segments      the segment scorer, {@code null} for none
     * @param stacked       the second stage, or {@code null}
     * @param cuts          per {@link #TYPES} entry, the probability from which a segment is kept; {@code null} for 0.5
     */
    public ContentModels(TreeEnsemble pageTypes, MeanEnsemble reportedTypes, WordClasses pageWords,
                         TreeEnsemble segments, TreeEnsemble stacked, float[] cuts) {
        if (reportedTypes != null && (pageTypes == null || pageWords == null)) {
            throw new IllegalArgumentException("a reported page-type model needs the content one and the word model");
        }
        if (reportedTypes != null && reportedTypes.classes() != TYPES.size()) {
            throw new IllegalArgumentException("reported page-type model has " + reportedTypes.classes()
                    + " classes, not " + TYPES.size());
        }
        this.reportedTypes = reportedTypes == null ? null
                : reportedTypes.requireFeatures(ContentFeatures.REPORTED_TYPE_NAMES);
        if (pageWords != null && !pageWords.classes().equals(labels())) {
            throw new IllegalArgumentException("word model classes " + pageWords.classes() + ", not " + labels());
        }
        this.pageWords = pageTypes == null ? null : pageWords;
        this.pageTypes = pageTypes == null ? null : pageTypes.requireFeatures(pageWords == null
                ? ContentFeatures.PAGE_NAMES : ContentFeatures.TYPE_NAMES);
        this.segments = segments == null ? null : segments.requireFeatures(ContentFeatures.SEGMENT_NAMES);
        this.stacked = stacked == null ? null : stacked.requireFeatures(ContentFeatures.STACKED_NAMES);
        if (stacked != null && segments == null) {
            throw new IllegalArgumentException("a second stage needs a first");
        }
        if (pageTypes != null && pageTypes.classes() != TYPES.size()) {
            throw new IllegalArgumentException("page-type model has " + pageTypes.classes() + " classes, not "
                    + TYPES.size());
        }
        this.cuts = cuts == null ? null : cuts.clone();
        this.policy = Policy.DEFAULT;
    }

    private ContentModels(ContentModels m, Policy policy) {
        this(m, policy, m.reportedTypes);
    }

    private ContentModels(ContentModels m, Policy policy, MeanEnsemble reportedTypes) {
        this.pageTypes = m.pageTypes;
        this.reportedTypes = reportedTypes;
        this.pageWords = m.pageWords;
        this.segments = m.segments;
        this.stacked = m.stacked;
        this.cuts = m.cuts;
        this.policy = java.util.Objects.requireNonNull(policy);
    }

    /** The same models used another way; for measuring the choices of {@link Policy#DEFAULT}. */
    public ContentModels with(Policy p) {
        return new ContentModels(this, p);
    }

    /**
     * The same models with or without the cheap pre-check (sure articles whose rule body looks right keep it
     * unscored): a faster extractor, and the measure of what the shortcut costs in quality.
     */
    public ContentModels withPreCheck(boolean on) {
        return with(new Policy(on, policy.rulesMargin(), policy.polishModel(), policy.softCut()));
    }

    /**
     * The same models reporting the content classifier's type (as when the reported classifier's resource is
     * absent); the bodies are the same.
     */
    public ContentModels withoutReportedTypes() {
        return new ContentModels(this, policy, null);
    }

    Policy policy() {
        return policy;
    }

    /** The shipped models; {@link #NONE} when the resources are absent (a build before the first training). */
    public static ContentModels shipped() {
        return Shipped.MODELS;
    }

    private static final class Shipped {
        static final ContentModels MODELS = load();

        private static ContentModels load() {
            TreeEnsemble types = read(PAGE_TYPES);
            TreeEnsemble segs = read(SEGMENTS);
            WordClasses words = readWords();
            MeanEnsemble reported = types == null || words == null ? null : readMean(REPORTED_PAGE_TYPES);
            return types == null && segs == null ? NONE
                    : new ContentModels(types, reported, words, segs, read(STACKED), shippedCuts());
        }
    }

    private static TreeEnsemble read(String name) {
        try (InputStream in = ContentModels.class.getResourceAsStream(name)) {
            return in == null ? null : TreeEnsemble.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + name, e);
        }
    }

    private static MeanEnsemble readMean(String name) {
        try (InputStream in = ContentModels.class.getResourceAsStream(name)) {
            return in == null ? null : MeanEnsemble.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + name, e);
        }
    }

    private static WordClasses readWords() {
        try (InputStream in = ContentModels.class.getResourceAsStream(PAGE_WORDS)) {
            return in == null ? null : WordClasses.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + PAGE_WORDS, e);
        }
    }

    /** The labels of {@link #TYPES}, in class order. */
    public static List<String> labels() {
        return TYPES.stream().map(PageType::label).toList();
    }

    /**
     * The per-page-type cuts that ship, in {@link #TYPES} order (a type the file does not name gets {@code 0.5});
     * {@code null} when no cuts ship. Training and cross-validation read them here, as extraction does.
     */
    public static float[] shippedCuts() {
        if (ContentModels.class.getResource(CUTS) == null) {
            return null;
        }
        java.util.Properties p = org.verbatim.internal.Resources.properties(ContentModels.class, CUTS);
        float[] out = new float[TYPES.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Float.parseFloat(p.getProperty(TYPES.get(i).label(), "0.5"));
        }
        return out;
    }

    boolean scoresSegments() {
        return segments != null;
    }

    boolean classifiesPages() {
        return pageTypes != null;
    }

    /** Whether the page-type classifier reads the page's words too ({@link PageWords}). */
    boolean readsWords() {
        return pageWords != null;
    }

    /** Whether a reported page-type classifier other than the content one is loaded. */
    boolean reportsOwnType() {
        return reportedTypes != null;
    }

    /**
     * The content classifier's class probabilities, in {@link #TYPES} order: what the body rules read (see the class
     * comment). {@code words}: the word model's probabilities for the page ({@link #wordProbabilities}), or
     * {@code null} without a word model.
     */
    float[] pageType(ContentFeatures.Table t, float[] words) {
        if (pageWords == null) {
            return pageTypes.probabilities(t.page());
        }
        return pageTypes.probabilities(typeRow(t.page(), words));
    }

    /** The word model's probabilities for the page, or {@code null} without a word model. */
    float[] wordProbabilities(ContentFeatures.Table t) {
        return pageWords == null ? null : t.wordProbabilities(pageWords);
    }

    /**
     * The reported classifier's class probabilities, in {@link #TYPES} order: the type the page reports, never read
     * by the body rules; {@code content} (the content classifier's) when no reported classifier is loaded. Reads the
     * page's links ({@link ContentFeatures.Table#links}) only then.
     */
    float[] reportedPageType(ContentFeatures.Table t, float[] words, float[] content) {
        if (reportedTypes == null) {
            return content;
        }
        return reportedTypes.probabilities(reportedTypeRow(t.page(), t.links(), words));
    }

    /** The content page-type classifier's row ({@link ContentFeatures#TYPE_NAMES}): the page row, the word model's. */
    public static float[] typeRow(float[] pageRow, float[] wordProbabilities) {
        float[] row = java.util.Arrays.copyOf(pageRow, pageRow.length + wordProbabilities.length);
        System.arraycopy(wordProbabilities, 0, row, pageRow.length, wordProbabilities.length);
        return row;
    }

    /**
     * The reported page-type classifier's row ({@link ContentFeatures#REPORTED_TYPE_NAMES}): the page row, the link
     * features, the word model's view.
     */
    public static float[] reportedTypeRow(float[] pageRow, float[] links, float[] wordProbabilities) {
        float[] row = java.util.Arrays.copyOf(pageRow, pageRow.length + links.length + wordProbabilities.length);
        System.arraycopy(links, 0, row, pageRow.length, links.length);
        System.arraycopy(wordProbabilities, 0, row, pageRow.length + links.length, wordProbabilities.length);
        return row;
    }

    /**
     * The second stage rescores only segments the first stage is unsure of (probability in this open interval);
     * the others keep the first stage's. Training uses the same band.
     */
    public static final float STACK_LOW = 0.05f;
    public static final float STACK_HIGH = 0.95f;

    /** Whether the second stage rescores a segment the first stage gave {@code p}. */
    public static boolean rescored(float p) {
        return p > STACK_LOW && p < STACK_HIGH;
    }

    /** Each segment's probability of being content: the second stage's when there is one, else the first's. */
    float[] probabilities(ContentFeatures.Table t) {
        float[][] rows = t.rows();
        float[] p = segments.probabilities(rows);
        if (stacked == null) {
            return p;
        }
        float[] again = stacked.probabilities(ContentFeatures.stacked(rows, ContentFeatures.Groups.of(t.segments()), p,
                i -> rescored(p[i])));
        float[] out = new float[rows.length];
        for (int i = 0, k = 0; i < rows.length; i++) {
            out[i] = rescored(p[i]) ? again[k++] : p[i];
        }
        return out;
    }

    /** The cut for a page of the given class index. */
    float cut(int typeIndex) {
        return cuts == null ? 0.5f : cuts[typeIndex];
    }

    /** The cut for a page with these class probabilities: the top type's, or with a soft cut their average. */
    float cut(float[] typeProbabilities, int top) {
        if (!policy.softCut() || cuts == null) {
            return cut(top);
        }
        float c = 0;
        for (int t = 0; t < cuts.length; t++) {
            c += typeProbabilities[t] * cuts[t];
        }
        return c;
    }
}
