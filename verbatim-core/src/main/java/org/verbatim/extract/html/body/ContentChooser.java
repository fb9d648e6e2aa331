package org.verbatim.extract.html.body;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;
import org.verbatim.extract.common.Spaces;
import org.verbatim.extract.html.dom.ArticleFurniture;
import org.verbatim.extract.html.dom.DomAnalyzer;
import org.verbatim.extract.html.dom.NodeStats;
import org.verbatim.extract.html.dom.ProductFurniture;
import org.verbatim.extract.html.dom.ProductNotices;
import org.verbatim.extract.html.dom.ProductSections;
import org.verbatim.extract.html.dom.Segment;
import org.verbatim.extract.html.dom.SegmentWriter;
import org.verbatim.extract.html.dom.Segmenter;
import org.verbatim.model.Block;
import org.verbatim.model.PageType;

/**
 * The second opinion on the body. The rule cascade proposes a body; the learned models classify the page and score
 * every text segment; the segments above the page type's cut form the model's body. An estimate of each candidate's
 * F1 under the segment probabilities (a candidate's expected overlap with what the model believes is content) decides:
 * on article pages the rules' body stands unless the model's is estimated better by a margin; on other pages the
 * model's body is taken. Without models the rules' body stands. With the pre-check on ({@link
 * ContentModels#withPreCheck}; off in what ships), a sure article whose rule body does not look wrong keeps it
 * without scoring.
 */
public final class ContentChooser {
    /** Pages the classifier calls articles with at least this probability may keep the rules' body unscored. */
    static final float SURE_ARTICLE = 0.9f;
    /** The rules' body is tiny when it holds less than this share of the page's prose. */
    static final double MIN_PROSE_SHARE = 0.7;
    /** ... far when it starts more than this many segments from the headline. */
    static final int MAX_HEADLINE_SEGMENTS = 40;
    /** ... mostly links above this link density. */
    static final double MAX_LINK_DENSITY = 0.35;
    /**
     * The pruning tier of segments that were removed as never shown (hidden elements among them); see {@link #hidden}.
     */
    static final int NEVER_SHOWN = 3;

    /**
     * On a page the classifier calls a product with at least {@link #SURE_PRODUCT}, a segment is kept from this
     * probability, not from the product type's trained cut (0.25), unless no segment reaches it
     * ({@link #productKeep}). The cuts are tuned on the inner folds' out-of-fold probabilities, where the product curve
     * is flat from 0.20 to 0.35; the models that score held-out pages keep more of a product page's furniture at
     * those cuts (customer reviews, shipping and returns notes, sellers' blurbs, FAQ). Decided on wcxb-dev folds 0-3
     * cross-validated, whole extractor: product pages 0.607 at the trained cut, 0.622 from 0.40, 0.623 from 0.45,
     * 0.604 from 0.50 (keeping table cells and definition lists at the trained cut changed nothing).
     */
    static final float PRODUCT_CUT = 0.45f;
    /**
     * The classifier's probability of the product type from which {@link #PRODUCT_CUT} applies: on folds 0-3 the pages
     * typed product with less were as often collections (probabilities 0.50 to 0.65), which lose by the higher cut.
     * Re-decided on folds 0-3 when the classifier learned class and id names (more pages typed product, some at
     * 0.7-0.8 that lose most of their gold by the higher cut): product pages 0.634 from 0.70, 0.639 from 0.76 and
     * 0.80, 0.637 from 0.85.
     */
    static final float SURE_PRODUCT = 0.8f;

    /** A candidate keeps segments with at least this probability when no cut is given for the page type. */
    public static final float DEFAULT_CUT = 0.5f;

    private ContentChooser() {
    }

    /**
     * The chosen body, the page type the body rules read (or {@code null}) and its probability, which candidate won
     * and why; and for {@link Explanation}s the segments, their probabilities (or {@code null}) and the cut; and the
     * page type to report with its probability ({@link ContentModels#reportedPageType}; the content one's without a
     * reported classifier). {@code type} moves the body, {@code reportedType} never does.
     */
    public record Choice(List<Block> blocks, PageType type, float confidence, String source, Supplier<String> why,
                  ContentFeatures.Table table, float[] probabilities, float cut, boolean[] kept,
                  PageType reportedType, float reportedConfidence) {
        Choice(List<Block> blocks, PageType type, float confidence, String source, String reason) {
            this(blocks, type, confidence, source, () -> reason);
        }

        Choice(List<Block> blocks, PageType type, float confidence, String source, Supplier<String> why,
               ContentFeatures.Table table, float[] probabilities, float cut, boolean[] kept) {
            this(blocks, type, confidence, source, why, table, probabilities, cut, kept, type, confidence);
        }

        /** The same choice reporting this page type. */
        Choice reporting(PageType type, float confidence) {
            return new Choice(blocks, this.type, this.confidence, source, why, table, probabilities, cut, kept, type,
                    confidence);
        }

        /** With the reason written only when asked for: only an explanation shows it. */
        Choice(List<Block> blocks, PageType type, float confidence, String source, Supplier<String> why) {
            this(blocks, type, confidence, source, why, null, null, DEFAULT_CUT, null);
        }

        /** Why this candidate won. */
        String reason() {
            return why.get();
        }

        /** With the segments, their probabilities, the cut and the segments the winner kept (before polishing). */
        Choice traced(ContentFeatures.Table t, float[] p, float c, boolean[] keptSegments) {
            return new Choice(blocks, type, confidence, source, why, t, p, c, keptSegments);
        }
    }

    public static Choice choose(RuleFindings r, String url, ContentModels models, List<String> warnings) {
        if (!models.scoresSegments() && !models.classifiesPages()) {
            return new Choice(r.blocks(), null, 0, "rules", "no models");
        }
        ContentFeatures.Table t = ContentFeatures.compute(new ContentFeatures.Inputs(r.analysis(), r.root(),
                r.index(), url, r.meta()));
        if (!models.classifiesPages()) {
            return choose(r, t, null, models, warnings);
        }
        float[] words = models.wordProbabilities(t);
        float[] probs = models.pageType(t, words);
        // the reported type is read before the body is written, on the tree the rules left (as in training)
        float[] reported = models.reportedPageType(t, words, probs);
        int top = top(reported);
        return choose(r, t, probs, models, warnings).reporting(ContentModels.TYPES.get(top), reported[top]);
    }

    private static int top(float[] probs) {
        int type = 0;
        for (int c = 1; c < probs.length; c++) {
            type = probs[c] > probs[type] ? c : type;
        }
        return type;
    }

    /** The body, chosen with the content classifier's probabilities {@code probs} (or {@code null} for none). */
    private static Choice choose(RuleFindings r, ContentFeatures.Table t, float[] probs, ContentModels models,
                                 List<String> warnings) {
        int type = 0;
        float confidence = 1;
        if (probs != null) {
            type = top(probs);
            confidence = probs[type];
        }
        PageType pageType = models.classifiesPages() ? ContentModels.TYPES.get(type) : null;
        ContentModels.Policy policy = models.policy();
        if (policy.preCheck() && pageType == PageType.ARTICLE && confidence >= SURE_ARTICLE && looksRight(r, t)) {
            return new Choice(r.blocks(), pageType, confidence, "rules", "a sure article whose rule body looks right")
                    .traced(t, null, DEFAULT_CUT, inRules(t.segments(), r));
        }
        if (!models.scoresSegments() || t.segments().isEmpty()) {
            return new Choice(r.blocks(), pageType, confidence, "rules", "no segment scorer or no text")
                    .traced(t, null, DEFAULT_CUT, inRules(t.segments(), r));
        }
        float[] p = models.probabilities(t);
        boolean[] keep = new boolean[p.length];
        float cut = probs == null ? models.cut(type) : models.cut(probs, type);
        boolean articlePage = pageType == null || pageType == PageType.ARTICLE;
        if (sureProduct(pageType, confidence)) {
            productKeep(p, cut, keep);
            dropFurniture(t.segments(), keep, r.analysis().stats());
            dropSections(t.segments(), keep);
            dropNotices(t.segments(), keep);
        } else {
            for (int i = 0; i < p.length; i++) {
                keep[i] = p[i] >= cut && !(articlePage && hidden(t.segments().get(i)));
            }
            if (pageType == PageType.ARTICLE) {
                dropArticleFurniture(t.segments(), keep, r.analysis().stats());
            }
        }
        if (onlyAFewLinks(t.segments(), keep)) {
            java.util.Arrays.fill(keep, false);
        }
        boolean[] rules = inRules(t.segments(), r);
        Supplier<String> why;
        List<Block> modelBlocks;
        if (articlePage && r.root() != null) {
            double rulesF1 = estimatedF1(t.segments(), p, rules);
            double modelF1 = estimatedF1(t.segments(), p, keep);
            why = () -> String.format(java.util.Locale.ROOT, "article: estimated F1 of the rules' body %.3f, of the "
                    + "model's %.3f", rulesF1, modelF1);
            // the estimates first: when the rules' body stands by them, the model's body is not written at all
            boolean rulesStand = policy.rulesMargin() >= 0 && rulesF1 + policy.rulesMargin() >= modelF1;
            modelBlocks = rulesStand ? List.of() : modelBlocks(t, keep, r, policy, pageType, articlePage,
                    sureProduct(pageType, confidence));
            if (modelBlocks.isEmpty()) {
                return new Choice(r.blocks(), pageType, confidence, "rules", why).traced(t, p, cut, rules);
            }
            if (modelF1 > rulesF1 + CLEAR_DISAGREEMENT) {
                warnings.add("body chosen by the content model over the rules");
            }
        } else {
            String reason = articlePage ? "the rules found no body" : "not an article: the model's segments";
            why = () -> reason;
            modelBlocks = modelBlocks(t, keep, r, policy, pageType, articlePage,
                    sureProduct(pageType, confidence));
        }
        if (modelBlocks.isEmpty()) {
            return new Choice(r.blocks(), pageType, confidence, "rules", "the model kept nothing")
                    .traced(t, p, cut, rules);
        }
        return new Choice(modelBlocks, pageType, confidence, "model", why).traced(t, p, cut, keep);
    }

    /** The body of the segments the model keeps, polished ({@code sureProduct}: see {@link #polish}). */
    private static List<Block> modelBlocks(ContentFeatures.Table t, boolean[] keep, RuleFindings r,
                                           ContentModels.Policy policy, PageType pageType, boolean articlePage,
                                           boolean sureProduct) {
        return polish(SegmentWriter.write(t.segments(), keep, articlePage), r,
                policy.polishModel() ? pageType : PageType.OTHER, sureProduct);
    }

    /** The fewest words of a repeated passage dropped from a page, a sure product or not. */
    static int repeatWords(boolean sureProduct) {
        return sureProduct ? PRODUCT_REPEAT_WORDS : REPEAT_WORDS;
    }

    /** Whether the classifier calls the page a product with at least {@link #SURE_PRODUCT}. */
    static boolean sureProduct(PageType type, float confidence) {
        return type == PageType.PRODUCT && confidence >= SURE_PRODUCT;
    }

    /**
     * Marks in {@code keep} the segments of a sure product page that reach {@link #PRODUCT_CUT} (or {@code cut} if
     * higher); when none does, those that reach {@code cut}: a page the scorer is unsure of throughout keeps what the
     * trained cut gives rather than falling back to the rules' body.
     */
    static void productKeep(float[] p, float cut, boolean[] keep) {
        float raised = Math.max(cut, PRODUCT_CUT);
        boolean any = false;
        for (int i = 0; i < p.length; i++) {
            keep[i] = p[i] >= raised;
            any |= keep[i];
        }
        for (int i = 0; i < p.length && !any; i++) {
            keep[i] = p[i] >= cut;
        }
    }

    /**
     * Unmarks the kept segments of a sure product page that lie inside its furniture ({@link ProductFurniture}:
     * customer reviews, questions and answers, other products), unless that would leave nothing kept. Decided on
     * wcxb-dev folds 0-3 cross-validated: product pages 0.6434 to 0.6470 (in-sample 0.7932 to 0.7933); with other
     * products seen through pruning and carousels, product and widget blocks, 0.6470 to 0.6588 (folds 0-3 0.6268 to
     * 0.6371, fold 4 0.7298 to 0.7480; in-sample 0.7933 to 0.7962). The words left out of the list, and why, are in
     * product-furniture.txt.
     */
    static void dropFurniture(List<Segment> segments, boolean[] keep, Map<Element, NodeStats> stats) {
        unmark(keep, ProductFurniture.inside(segments, keep, stats));
    }

    /**
     * Unmarks the kept segments of a sure product page that lie in a section its headings name as furniture ({@link
     * ProductSections}: other products, testimonials, frequently asked questions), unless that would leave nothing
     * kept. Decided on wcxb-dev folds 0-3 cross-validated: product pages 0.6390 to 0.6481 (fold 4 0.7459 to 0.7562;
     * in-sample 0.7965 to 0.7976).
     */
    static void dropSections(List<Segment> segments, boolean[] keep) {
        unmark(keep, ProductSections.inside(segments));
    }

    /**
     * Unmarks the kept segments of a sure product page that are interface notices ({@link ProductNotices}: error and
     * retry messages, cookie consent, sign-in prompts, bare web addresses), unless that would leave nothing kept.
     * Decided on wcxb-dev folds 0-3 cross-validated (figures in product-notices.txt).
     */
    static void dropNotices(List<Segment> segments, boolean[] keep) {
        unmark(keep, ProductNotices.inside(segments));
    }

    /**
     * Unmarks the kept segments of a page typed article that lie inside its furniture ({@link ArticleFurniture}:
     * citation lists, disclaimers, calls to action, author boxes and biographies, related stories), unless that
     * would leave nothing kept. Decided on wcxb-dev folds 0-3 cross-validated: articles 0.9532 to 0.9547 (fold 4
     * 0.9502 to 0.9503), all pages 0.8803 to 0.8810 (fold 4 0.8876 to 0.8879); fundus, readability and golden
     * unchanged. On pages of other types the same names cost more than they gain (an offline replay of folds 0-3:
     * service and collection pages down). Left out: comment, comments and footnotes (folds 0-3 articles +0.0003,
     * fold 4 articles 0.9502 to 0.9514, but Readability's own output, the gold of its test pages, keeps a blog's
     * comments and a book's footnotes: readability_all 0.9309 to 0.9304); testimonial, authors, footer,
     * disclosure, carousel and slider (as many pages down as up on folds 0-3, or fold 4 down); faq, toc, note,
     * callout, card, widget, sidebar, reference (articles down).
     */
    static void dropArticleFurniture(List<Segment> segments, boolean[] keep, Map<Element, NodeStats> stats) {
        unmark(keep, ArticleFurniture.inside(segments, keep, stats));
    }

    /** Unmarks the kept segments marked in {@code drop}, unless that would leave nothing kept. */
    private static void unmark(boolean[] keep, boolean[] drop) {
        boolean any = false;
        for (int i = 0; i < keep.length; i++) {
            any |= keep[i] && !drop[i];
        }
        for (int i = 0; i < keep.length && any; i++) {
            keep[i] &= !drop[i];
        }
    }

    /**
     * Whether a segment's own block is hidden ({@code hidden}, a display:none or visibility:hidden style): a paragraph
     * hidden by itself is no text a reader gets, and on articles the model never keeps it, whatever it thinks of its
     * words. A hidden container is another matter: collapsed sections and tabs hold content the reader opens, and the
     * wcxb-dev gold keeps them (banning every segment pruned as never shown took the articles' in-sample F1 from
     * 0.953 to 0.950, and all pages cross-validated from 0.868 to 0.861).
     */
    static boolean hidden(Segment s) {
        return s.pruned >= NEVER_SHOWN && DomAnalyzer.isHidden(s.owner);
    }

    /**
     * How much better the model's body must look (estimated F1) than the rules' for a page to be warned that the two
     * disagree: the model's body is taken anyway, but a page where they part ways is worth a look.
     */
    static final double CLEAR_DISAGREEMENT = 0.02;

    /** The most words of link text alone that still count as navigation, not content. */
    private static final int NAVIGATION_WORDS = 3;

    /** True if what is kept is nothing but link text, and only a few words of it: a lone "Home" is no content. */
    static boolean onlyAFewLinks(List<Segment> segments, boolean[] keep) {
        int words = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                Segment s = segments.get(i);
                if (s.link < s.chars) {
                    return false;
                }
                words += s.words;
            }
        }
        return words <= NAVIGATION_WORDS;
    }

    /** The explanation of a choice made by {@link #choose}. */
    public static Explanation explain(Choice c, RuleFindings r) {
        List<Explanation.SegmentLine> lines = new ArrayList<>();
        if (c.table() != null) {
            List<Segment> segs = c.table().segments();
            boolean[] rules = inRules(segs, r);
            String[] tiers = {"none", "weak", "strong", "always"};
            for (int i = 0; i < segs.size(); i++) {
                Segment s = segs.get(i);
                float p = c.probabilities() == null ? Float.NaN : c.probabilities()[i];
                lines.add(new Explanation.SegmentLine(s.text(), s.owner.normalName(), p, c.kept()[i], rules[i],
                        tiers[Math.min(3, s.pruned)]));
            }
        }
        return new Explanation(c.type() == null ? null : c.type().label(), c.confidence(), c.source(), c.reason(),
                c.cut(), lines, c.reportedType() == null ? null : c.reportedType().label(), c.reportedConfidence());
    }

    /**
     * The cheap pre-check: the rules' body looks right unless it is tiny next to the page's prose, far from the
     * headline, inside comments, a footer or a form, or mostly links.
     */
    static boolean looksRight(RuleFindings r, ContentFeatures.Table t) {
        NodeStats root = r.root() == null ? null : r.analysis().stats().get(r.root());
        if (root == null || r.blocks().isEmpty()) {
            return false;
        }
        int prose = 0;
        int first = -1;
        List<Segment> segs = t.segments();
        for (Segment s : segs) {
            if (s.pruned == 0 && root.tin < s.tick && s.tick < root.tout) {
                first = first < 0 ? s.index : first;
                prose += ContentFeatures.isProse(s) ? s.chars : 0;
            }
        }
        boolean tiny = prose < MIN_PROSE_SHARE * t.proseChars();
        boolean far = t.headline() >= 0 && first >= 0 && Math.abs(first - t.headline()) > MAX_HEADLINE_SEGMENTS;
        int bad = Segmenter.IN_FORM;
        int badGroups = group("comment") | group("footer") | group("sidebar") | group("related");
        boolean inFurniture = (root.pathFlags & bad) != 0 || (root.farVocab & badGroups) != 0;
        boolean links = root.linkDensity() > MAX_LINK_DENSITY;
        return !tiny && !far && !inFurniture && !links;
    }

    private static int group(String name) {
        int i = Segmenter.GROUPS.indexOf(name);
        return i < 0 ? 0 : 1 << i;
    }

    /**
     * The fewest words of a block of a page not an article that is dropped when it repeats an earlier block word for
     * word, anywhere in the body: pages carry one description twice or more (desktop and mobile layouts, tabs and
     * accordions), and a passage this long is not repeated on purpose. Shorter blocks (labels such as "Fit", prices)
     * may repeat. On wcxb-dev cross-validated it changed one service page (0.77 to 0.80) and nothing else.
     */
    static final int REPEAT_WORDS = 8;
    /**
     * ... on a page the classifier calls a product with at least {@link #SURE_PRODUCT}: its layouts for desktop and
     * mobile repeat the product's name, price lines and short specifications too. Decided on wcxb-dev folds 0-3
     * cross-validated: product 0.6371 to 0.6379 (in an offline replay, in-sample 0.7799 to 0.7848); for every page
     * typed product it also took two collections typed product at 0.62 and 0.65 down (0.91 to 0.87, 0.86 to 0.84);
     * 3 for every page not an article moved all pages by as much but took fold 4's forum and listing pages down.
     */
    static final int PRODUCT_REPEAT_WORDS = 3;

    /**
     * Article bodies get the rules' polish; other pages lose consecutive duplicates and second copies of passages
     * of {@link #REPEAT_WORDS} words or more; a sure product's ({@code sureProduct}) of {@link #PRODUCT_REPEAT_WORDS},
     * and its passages that mostly repeat an earlier one ({@link NearRepeats}).
     */
    private static List<Block> polish(List<Block> blocks, RuleFindings r, PageType type, boolean sureProduct) {
        if (type == null || type == PageType.ARTICLE) {
            return BodyPolisher.polish(blocks, r.meta().title(), r.meta().headline(), r.dek(), null);
        }
        List<Block> once = withoutRepeats(blocks, repeatWords(sureProduct));
        return sureProduct ? NearRepeats.without(once) : once;
    }

    /** The blocks less consecutive duplicates and second copies of passages of {@code minWords} words or more. */
    static List<Block> withoutRepeats(List<Block> blocks, int minWords) {
        List<Block> out = new ArrayList<>(blocks.size());
        Set<String> seen = new HashSet<>();
        for (Block b : blocks) {
            if (!out.isEmpty() && out.get(out.size() - 1).text().equals(b.text())) {
                continue; // a consecutive duplicate
            }
            if (Spaces.words(b.text()) >= minWords && !seen.add(b.text())) {
                continue; // a second copy of a passage (desktop and mobile layouts of one description)
            }
            out.add(b);
        }
        return out;
    }

    /** The segments of the rules' body: those inside its root that pruning left. */
    static boolean[] inRules(List<Segment> segs, RuleFindings r) {
        boolean[] in = new boolean[segs.size()];
        NodeStats root = r.root() == null ? null : r.analysis().stats().get(r.root());
        if (root == null) {
            return in;
        }
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            in[i] = s.pruned == 0 && root.tin < s.tick && s.tick < root.tout;
        }
        return in;
    }

    /**
     * A candidate's expected F1 if each segment is content with its probability: expected overlap
     * {@code sum(p * chars)} over the candidate, against the candidate's size and the expected content's size.
     */
    static double estimatedF1(List<Segment> segs, float[] p, boolean[] candidate) {
        double overlap = 0;
        double size = 0;
        double content = 0;
        for (int i = 0; i < segs.size(); i++) {
            int c = Math.max(1, segs.get(i).chars);
            content += p[i] * c;
            if (candidate[i]) {
                overlap += p[i] * c;
                size += c;
            }
        }
        return size + content == 0 ? 0 : 2 * overlap / (size + content);
    }
}
