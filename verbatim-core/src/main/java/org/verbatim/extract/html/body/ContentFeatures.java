package org.verbatim.extract.html.body;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.verbatim.extract.common.Chars;
import org.verbatim.extract.common.Spaces;
import org.verbatim.extract.common.UrlFeatures;
import org.verbatim.extract.html.dom.DomAnalyzer;
import org.verbatim.extract.html.dom.Hints;
import org.verbatim.extract.html.dom.NodeStats;
import org.verbatim.extract.html.dom.Segment;
import org.verbatim.extract.html.dom.Segmenter;
import org.verbatim.extract.html.dom.SiblingCounts;
import org.verbatim.extract.html.dom.WordGroups;
import org.verbatim.extract.html.meta.PageIndex;
import org.verbatim.extract.html.meta.PageMetadata;

/**
 * The features of the learned content scorer and page classifier, computed from one page's analysis: per
 * {@link Segment} (its text's shape, its place in the markup, the class/id vocabulary around it, its neighbours,
 * what the rules decided about it) and per page (its markup's declared types, its URL's shape, aggregate shapes of its
 * segments). The names, in order, are {@link #SEGMENT_NAMES} and {@link #PAGE_NAMES}; a model states the names it was
 * trained on and is refused when they differ.
 */
public final class ContentFeatures {
    /**
     * Bumped whenever a feature's meaning changes without its name changing, so that cached models trained on the
     * old meaning (the cross-validation's fold models) are not reused.
     */
    public static final int VERSION = 4;

    /** Names of the per-page features, in vector order. */
    static final List<String> PAGE_NAMES;
    /**
     * Names of the content page-type classifier's features (the one the content rules read): the page's, then the
     * word model's probability of each type.
     */
    static final List<String> TYPE_NAMES;
    /**
     * Names of the reported page-type classifier's features (the type an article reports): the page's, its links'
     * ({@link LinkFeatures}), then the word model's probability of each type.
     */
    static final List<String> REPORTED_TYPE_NAMES;
    /** Names of the per-segment features (page features included at the end), in vector order. */
    static final List<String> SEGMENT_NAMES;

    private static final String[] OWN = {"chars_log", "words_log", "link_density", "sentence_ends", "commas",
        "digit_share", "capital_share", "ends_sentence", "avg_word_len", "lines"};
    private static final String[] TAGS = {"p", "h1", "h2", "h3", "h4_6", "li", "dt_dd", "td_th", "div", "section",
        "blockquote", "pre", "figcaption", "body", "other"};
    private static final String[] FLAGS = {"article", "main", "header", "table", "list", "item", "heading", "link",
        "form", "quote", "figure", "section", "pre", "strong", "address", "details", "h1", "labelled"};
    private static final String[] HINTS = {"always", "strong", "weak", "content", "dek"};
    private static final String[] PLACE = {"pruned", "depth", "in_root", "root_depth_delta", "rel_index",
        "rel_chars_before", "before_headline", "headline_seg_dist", "headline_char_dist", "owner_chars_log",
        "owner_link_density", "container_chars_log", "container_link_density", "container_paras",
        "container_good_share", "container_score_log", "same_siblings_log", "item_repeat_log", "item_level",
        "prev_chars_log", "prev_link", "next_chars_log", "next_link", "window_chars_log", "window_link",
        "window_sentences", "repeats", "ld_coverage"};
    private static final String[] PAGE = {"segments_log", "chars_log", "link_density", "h1s", "articles_log",
        "headings_log", "root_share", "root_paras_log", "ld_article", "ld_product", "ld_forum", "ld_list",
        "ld_faq", "ld_doc", "ld_webpage", "ld_body", "og_article", "og_product", "url_depth", "url_date",
        "url_article", "url_forum", "url_product", "url_list", "url_collection", "url_doc", "url_service",
        "url_root", "share_link_segments", "share_item_chars", "share_table_chars", "share_heading_segments",
        "share_prose_chars", "max_segment_log", "mean_segment_log", "item_groups_log", "prices_log",
        "forms_chars_share", "comment_chars_share", "forum_vocab_share", "product_vocab_share", "item_vocab_share",
        "pruned_chars_share", "sentences_log", "has_published", "has_modified", "has_authors", "title_words",
        "title_question", "title_digits", "pre_share", "subheadings_log", "chars_per_heading_log", "prose_run_share",
        "prose_run_log", "p_chars_share", "p_mean_words", "largest_group_log", "groups5_log", "time_elements_log",
        "description_words", "root_link_density", "root_segments_share"};

    static {
        List<String> page = new ArrayList<>();
        for (String s : PAGE) {
            page.add("page_" + s);
        }
        for (String g : WordGroups.GROUPS) {
            page.add("page_words_" + g);
        }
        for (String f : Segmenter.DROPPED_FAMILIES) {
            page.add("page_dropped_" + f);
        }
        for (String g : WordGroups.GROUPS) {
            page.add("page_title_" + g);
        }
        List<String> seg = new ArrayList<>();
        for (String s : OWN) {
            seg.add(s);
        }
        for (String s : TAGS) {
            seg.add("tag_" + s);
        }
        for (String s : FLAGS) {
            seg.add("in_" + s);
        }
        for (String s : HINTS) {
            seg.add("hint_" + s);
        }
        for (String g : Segmenter.GROUPS) {
            seg.add("near_" + g);
        }
        for (String g : Segmenter.GROUPS) {
            seg.add("far_" + g);
        }
        for (String s : PLACE) {
            seg.add(s);
        }
        for (String g : WordGroups.GROUPS) {
            seg.add("words_" + g);
        }
        seg.addAll(page);
        PAGE_NAMES = List.copyOf(page);
        List<String> type = new ArrayList<>(page);
        List<String> reported = new ArrayList<>(page);
        for (String s : LinkFeatures.NAMES) {
            reported.add("page_" + s);
        }
        for (org.verbatim.model.PageType t : ContentModels.TYPES) {
            type.add("words_p_" + t.label());
            reported.add("words_p_" + t.label());
        }
        TYPE_NAMES = List.copyOf(type);
        REPORTED_TYPE_NAMES = List.copyOf(reported);
        SEGMENT_NAMES = List.copyOf(seg);
    }

    /** Names of the second stage's context features: what the first stage thought of the segment's surroundings. */
    static final List<String> CONTEXT_NAMES = List.of("p", "p_prev1", "p_prev2", "p_next1", "p_next2",
            "p_window3", "p_window10", "p_container", "p_owner_parent", "p_page_mean", "p_page_kept_share", "p_page_max",
            "p_in_span", "p_dist_kept", "p_rank", "p_same_tag_mean");
    /** First-stage features followed by {@link #CONTEXT_NAMES}: the second stage's row. */
    static final List<String> STACKED_NAMES;

    static {
        List<String> all = new ArrayList<>(SEGMENT_NAMES);
        all.addAll(CONTEXT_NAMES);
        STACKED_NAMES = List.copyOf(all);
    }

    private static final Pattern LD_TYPE = Pattern.compile("\"@type\"\\s*:\\s*\\[?\\s*\"([A-Za-z]+)\"");
    private static final Pattern PRICE = Pattern.compile("[$€£¥]\\s?\\d|\\d\\s?(?:€|USD|EUR|GBP)");

    private ContentFeatures() {
    }

    /**
     * What the features are computed from: the analysis, the rules' content root (or {@code null}), the page's
     * index, URL and JSON-LD {@code articleBody} (or {@code null}).
     */
    public record Inputs(DomAnalyzer.Analysis analysis, Element root, PageIndex index, String url, PageMetadata meta) {
        String articleBody() {
            return meta.articleBody();
        }
    }

    /**
     * The features of one page: the page's own row at once, and a row per segment (in segment order) when first
     * asked for, so that a page the rules settle pays only for the page row.
     */
    public static final class Table {
        private final Inputs in;
        private final List<Segment> segments;
        private final float[] page;
        private final int headline;
        private final PageTotals totals;
        private float[][] rows;
        private float[] links;

        private Table(Inputs in, List<Segment> segments, float[] page, int headline, PageTotals totals) {
            this.in = in;
            this.segments = segments;
            this.page = page;
            this.headline = headline;
            this.totals = totals;
        }

        public List<Segment> segments() {
            return segments;
        }

        public float[] page() {
            return page;
        }

        /**
         * The page's link features ({@link LinkFeatures#NAMES}), read by the reported page-type classifier only:
         * computed when first asked for (one pass over the body's links), so that without that classifier a page
         * does not pay for them. Asked for before the body is written, while the tree is as the rules left it.
         */
        public float[] links() {
            if (links == null) {
                links = LinkFeatures.of(in.url(), in.index().anchors(), in.root(), totals.chars);
            }
            return links;
        }

        /** The page's {@link PageWords}. */
        public List<String> words() {
            return PageWords.of(in.url(), in.meta().title(), segments, in.analysis().classNames());
        }

        /** The word model's probabilities for the page's {@link PageWords}. */
        float[] wordProbabilities(org.verbatim.learn.WordClasses model) {
            return PageWords.probabilities(model, in.url(), in.meta().title(), segments,
                    in.analysis().classNames());
        }

        /** The first {@code <h1>}'s first segment, or -1. */
        int headline() {
            return headline;
        }

        /** Non-whitespace characters of the page's segments. */
        int chars() {
            return totals.chars;
        }

        /** Characters of prose: segments of eight words or more with a sentence end and few links. */
        int proseChars() {
            return totals.prose;
        }

        public float[][] rows() {
            if (rows == null) {
                rows = segmentRows(in, segments, page, headline, totals);
            }
            return rows;
        }
    }

    public static Table compute(Inputs in) {
        List<Segment> segs = in.analysis().segments();
        float[] page = new float[PAGE_NAMES.size()];
        int headline = headline(segs);
        PageTotals totals = totals(segs);
        pageFeatures(in, segs, totals, page);
        String description = in.meta().description();
        page[PAGE_NAMES.indexOf("page_description_words")] = description == null ? 0
                : Spaces.words(description);
        return new Table(in, segs, page, headline, totals);
    }

    private static float[][] segmentRows(Inputs in, List<Segment> segs, float[] page, int headline,
                                         PageTotals totals) {
        float[][] rows = new float[segs.size()][];
        NodeStats root = in.root() == null ? null : in.analysis().stats().get(in.root());
        Map<RepeatKey, Integer> repeats = repeats(segs);
        SiblingCounts siblings = new SiblingCounts(segs);
        WordHashes ldWords = in.articleBody() == null ? null : new WordHashes(in.articleBody());
        for (int i = 0; i < segs.size(); i++) {
            float[] row = new float[SEGMENT_NAMES.size()];
            int k = own(segs.get(i), row, 0);
            k = structure(segs.get(i), row, k);
            k = place(segs, i, root, headline, totals, repeats, siblings, ldWords, row, k);
            for (int g = 0; g < WordGroups.GROUPS.size(); g++) {
                row[k++] = (segs.get(i).wordGroups & (1 << g)) != 0 ? 1 : 0;
            }
            System.arraycopy(page, 0, row, k, page.length);
            rows[i] = row;
        }
        return rows;
    }

    /**
     * What the second stage needs of a page's segments besides their rows: per segment its characters and the ids
     * of its container, of its owner's parent and of its kind of block (tag and structure), each id numbering the
     * page's distinct ones.
     */
    public record Groups(int[] chars, int[] container, int[] parent, int[] kind) {
        public static Groups of(List<Segment> segs) {
            int n = segs.size();
            int[] chars = new int[n];
            int[] containers = new int[n];
            int[] parents = new int[n];
            int[] kinds = new int[n];
            for (int i = 0; i < n; i++) {
                Segment s = segs.get(i);
                chars[i] = Math.max(1, s.chars);
                containers[i] = key(s.containerStats);
                parents[i] = s.owner.parent() == null ? key(s.ownerStats) : key(s.containerStats);
                kinds[i] = tagIndex(s.owner.normalName()) << 8 | (s.pathFlags & 0xff);
            }
            return new Groups(chars, ids(containers), ids(parents), ids(kinds));
        }

        /**
         * An element's key, from its stats: its document-order position, unique in the analysis, or -1 for the
         * analysis' sink above the root (the only stats without a parent), which stands for the body's parent. The
         * container's stats are those of the owner's parent element, so they key the parent too, but for an owner that
         * pruning detached: the owner keys itself. Keys, not maps of the elements, because hashing them by identity
         * cost more than all the rest of the grouping.
         */
        private static int key(NodeStats element) {
            return element.parent == null ? -1 : element.order;
        }

        /** Numbers the distinct values of {@code keys}: equal keys get equal ids, from 0 up. */
        static int[] ids(int[] keys) {
            long[] sorted = new long[keys.length];
            for (int i = 0; i < keys.length; i++) {
                sorted[i] = (long) keys[i] << 32 | i;
            }
            java.util.Arrays.sort(sorted);
            int[] out = new int[keys.length];
            int id = -1;
            for (int j = 0; j < sorted.length; j++) {
                if (j == 0 || (int) (sorted[j] >> 32) != (int) (sorted[j - 1] >> 32)) {
                    id++;
                }
                out[(int) sorted[j]] = id;
            }
            return out;
        }
    }

    /**
     * The second stage's rows: each segment's first-stage row followed by {@link #CONTEXT_NAMES}, computed from the
     * first stage's probabilities {@code p} (one per segment).
     */
    static float[][] stacked(float[][] rows, Groups g, float[] p) {
        return stacked(rows, g, p, i -> true);
    }

    /**
     * The second stage's rows of the segments {@code wanted} selects, in segment order: the same rows as {@link
     * #stacked(float[][], Groups, float[])} gives them, without building the others.
     */
    static float[][] stacked(float[][] rows, Groups g, float[] p, java.util.function.IntPredicate wanted) {
        int n = rows.length;
        if (n == 0) {
            return new float[0][];
        }
        double pageSum = 0;
        double chars = 0;
        double kept = 0;
        float max = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            int c = g.chars[i];
            pageSum += p[i] * c;
            chars += c;
            kept += p[i] >= 0.5f ? c : 0;
            max = Math.max(max, p[i]);
            if (p[i] >= 0.5f) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        float[] containers = groupMeans(g.container, g.chars, p);
        float[] parents = groupMeans(g.parent, g.chars, p);
        float[] kinds = groupMeans(g.kind, g.chars, p);
        float[] sorted = p.clone();
        java.util.Arrays.sort(sorted);
        int[] nearestKept = nearestKept(p);
        int base = SEGMENT_NAMES.size();
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!wanted.test(i)) {
                continue;
            }
            float[] row = java.util.Arrays.copyOf(rows[i], base + CONTEXT_NAMES.size());
            int k = base;
            row[k++] = p[i];
            row[k++] = i >= 1 ? p[i - 1] : -1;
            row[k++] = i >= 2 ? p[i - 2] : -1;
            row[k++] = i + 1 < n ? p[i + 1] : -1;
            row[k++] = i + 2 < n ? p[i + 2] : -1;
            row[k++] = window(g.chars, p, i, 3);
            row[k++] = window(g.chars, p, i, 10);
            row[k++] = containers[g.container[i]];
            row[k++] = parents[g.parent[i]];
            row[k++] = (float) (pageSum / chars);
            row[k++] = (float) (kept / chars);
            row[k++] = max;
            row[k++] = first >= 0 && i >= first && i <= last ? 1 : 0;
            row[k++] = nearestKept[i] < 0 ? -1 : (float) Math.log1p(nearestKept[i]);
            row[k++] = (float) java.util.Arrays.binarySearch(sorted, p[i]) / n;
            row[k++] = kinds[g.kind[i]];
            out.add(row);
        }
        return out.toArray(new float[0][]);
    }

    /** Char-weighted mean probability per group id. */
    private static float[] groupMeans(int[] ids, int[] chars, float[] p) {
        int groups = 0;
        for (int id : ids) {
            groups = Math.max(groups, id + 1);
        }
        double[] sum = new double[groups];
        double[] weight = new double[groups];
        for (int i = 0; i < ids.length; i++) {
            sum[ids[i]] += p[i] * chars[i];
            weight[ids[i]] += chars[i];
        }
        float[] out = new float[groups];
        for (int gi = 0; gi < groups; gi++) {
            out[gi] = weight[gi] == 0 ? 0 : (float) (sum[gi] / weight[gi]);
        }
        return out;
    }

    /** Char-weighted mean probability of the segments within {@code radius} of {@code i}. */
    private static float window(int[] chars, float[] p, int i, int radius) {
        double sum = 0;
        double w = 0;
        for (int j = Math.max(0, i - radius); j <= Math.min(p.length - 1, i + radius); j++) {
            sum += p[j] * chars[j];
            w += chars[j];
        }
        return (float) (sum / w);
    }

    /** Per segment, the distance in segments to the nearest other segment with p >= 0.5, or -1. */
    private static int[] nearestKept(float[] p) {
        int n = p.length;
        int[] out = new int[n];
        int lastSeen = -1;
        for (int i = 0; i < n; i++) {
            out[i] = lastSeen < 0 ? Integer.MAX_VALUE : i - lastSeen;
            if (p[i] >= 0.5f) {
                lastSeen = i;
            }
        }
        lastSeen = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (lastSeen >= 0) {
                out[i] = Math.min(out[i], lastSeen - i);
            }
            if (out[i] == Integer.MAX_VALUE) {
                out[i] = -1;
            }
            if (p[i] >= 0.5f) {
                lastSeen = i;
            }
        }
        return out;
    }

    private static int own(Segment s, float[] row, int k) {
        row[k++] = log(s.chars);
        row[k++] = log(s.words);
        row[k++] = (float) s.linkDensity();
        row[k++] = s.sentenceEnds;
        row[k++] = s.commas;
        row[k++] = s.chars == 0 ? 0 : (float) s.digits / s.chars;
        row[k++] = s.words == 0 ? 0 : (float) s.capitalWords / s.words;
        row[k++] = s.last == '.' || s.last == '!' || s.last == '?' || s.last == '\u3002' || s.last == ':' ? 1 : 0;
        row[k++] = s.words == 0 ? 0 : (float) s.chars / s.words;
        int lines = 1;
        for (org.jsoup.nodes.Node n : s.nodes) {
            lines += n instanceof Element ? 1 : 0;
        }
        row[k++] = lines;
        return k;
    }

    /** The {@link Hints} bits of {@link #HINTS}, in order. */
    private static final int[] HINT_BITS = {Hints.ALWAYS, Hints.STRONG, Hints.WEAK, Hints.CONTENT, Hints.DEK};

    private static int structure(Segment s, float[] row, int k) {
        int tag = tagIndex(s.owner.normalName());
        row[k + tag] = 1;
        k += TAGS.length;
        for (int f = 0; f < FLAGS.length; f++) {
            row[k++] = (s.pathFlags & (1 << f)) != 0 ? 1 : 0;
        }
        for (int h : HINT_BITS) {
            row[k++] = (s.pathHints & h) != 0 ? 1 : 0;
        }
        int groups = Segmenter.GROUPS.size();
        for (int g = 0; g < groups; g++) {
            row[k++] = (s.nearVocab & (1 << g)) != 0 ? 1 : 0;
        }
        for (int g = 0; g < groups; g++) {
            row[k++] = (s.farVocab & (1 << g)) != 0 ? 1 : 0;
        }
        return k;
    }

    private static int tagIndex(String tag) {
        return switch (tag) {
            case "p" -> 0;
            case "h1" -> 1;
            case "h2" -> 2;
            case "h3" -> 3;
            case "h4", "h5", "h6" -> 4;
            case "li" -> 5;
            case "dt", "dd" -> 6;
            case "td", "th" -> 7;
            case "div" -> 8;
            case "section", "article", "main" -> 9;
            case "blockquote" -> 10;
            case "pre" -> 11;
            case "figcaption", "figure" -> 12;
            case "body" -> 13;
            default -> 14;
        };
    }

    private static int place(List<Segment> segs, int i, NodeStats root, int headline, PageTotals totals,
                             Map<RepeatKey, Integer> repeats, SiblingCounts siblings, WordHashes ld,
                             float[] row, int k) {
        Segment s = segs.get(i);
        int n = segs.size();
        row[k++] = s.pruned;
        row[k++] = s.depth;
        boolean inRoot = root != null && root.tin < s.tick && s.tick < root.tout;
        row[k++] = inRoot ? 1 : 0;
        row[k++] = root == null ? 0 : s.depth - root.depth;
        row[k++] = n <= 1 ? 0 : (float) i / (n - 1);
        row[k++] = totals.chars == 0 ? 0 : (float) totals.before[i] / totals.chars;
        row[k++] = headline >= 0 && i < headline ? 1 : 0;
        row[k++] = headline < 0 ? 0 : (float) (i - headline) / Math.max(1, n);
        row[k++] = headline < 0 || totals.chars == 0 ? 0
                : (float) (totals.before[i] - totals.before[headline]) / totals.chars;
        row[k++] = log(s.ownerStats.text);
        row[k++] = (float) s.ownerStats.linkDensity();
        NodeStats c = s.containerStats;
        row[k++] = log(c.text);
        row[k++] = (float) c.linkDensity();
        row[k++] = c.paras;
        row[k++] = c.text == 0 ? 0 : (float) c.good / c.text;
        row[k++] = log((float) ContentLocator.score(c));
        int[] item = itemRepeat(s, siblings);
        row[k++] = log(item[0]);
        row[k++] = log(item[1]);
        row[k++] = item[2];
        Segment prev = i > 0 ? segs.get(i - 1) : null;
        Segment next = i + 1 < n ? segs.get(i + 1) : null;
        row[k++] = prev == null ? -1 : log(prev.chars);
        row[k++] = prev == null ? -1 : (float) prev.linkDensity();
        row[k++] = next == null ? -1 : log(next.chars);
        row[k++] = next == null ? -1 : (float) next.linkDensity();
        int wc = 0;
        int wl = 0;
        int ws = 0;
        for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
            Segment w = segs.get(j);
            wc += w.chars;
            wl += w.link;
            ws += w.sentenceEnds;
        }
        row[k++] = log(wc);
        row[k++] = wc == 0 ? 0 : (float) wl / wc;
        row[k++] = ws;
        row[k++] = repeats.getOrDefault(key(s), 1) - 1;
        row[k++] = ld == null ? -1 : coverage(s, ld);
        return k;
    }

    /**
     * How the segment's block repeats as a list item: the number of siblings of its owner that share the owner's tag
     * and class, the largest such count among the owner and its three nearest ancestors, and the level (0-3) where
     * that count was found (-1 when nothing repeats at least three times).
     */
    private static int[] itemRepeat(Segment s, SiblingCounts siblings) {
        int[] out = {0, 0, -1};
        Element e = s.owner;
        NodeStats stats = s.ownerStats;
        for (int level = 0; level < 4 && e != null && e.parent() != null; level++) {
            int count = siblings.of(e, stats);
            if (level == 0) {
                out[0] = count;
            }
            if (count >= 3 && count > out[1]) {
                out[1] = count;
                out[2] = level;
            }
            e = e.parent();
            stats = SiblingCounts.parentOf(stats);
        }
        return out;
    }

    /** The share of the segment's words (with repeats) that the JSON-LD body has; read off its text nodes. */
    private static float coverage(Segment s, WordHashes ld) {
        int words = 0;
        int hit = 0;
        for (org.jsoup.nodes.Node n : s.nodes) {
            if (!(n instanceof org.jsoup.nodes.TextNode t)) {
                continue;
            }
            String text = t.getWholeText();
            long h = WordGroups.START;
            boolean inWord = false;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (Chars.isLetterOrDigit(c)) {
                    h = WordGroups.step(inWord ? h : WordGroups.START, Chars.toLowerCase(c));
                    inWord = true;
                } else if (inWord) {
                    words++;
                    hit += ld.contains(h) ? 1 : 0;
                    inWord = false;
                }
            }
        }
        return words == 0 ? 0 : (float) hit / words;
    }

    /** The distinct word hashes ({@link WordGroups#step}) of a text, in an open-addressing table. */
    static final class WordHashes {
        private final long[] table;

        WordHashes(String text) {
            int capacity = Integer.highestOneBit(Math.max(16, text.length() / 2)) * 2;
            table = new long[capacity];
            long h = WordGroups.START;
            boolean inWord = false;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (Chars.isLetterOrDigit(c)) {
                    h = WordGroups.step(inWord ? h : WordGroups.START, Chars.toLowerCase(c));
                    inWord = true;
                } else if (inWord) {
                    add(h);
                    inWord = false;
                }
            }
        }

        private void add(long h) {
            long v = h == 0 ? 1 : h; // 0 marks an empty slot
            int mask = table.length - 1;
            for (int i = (int) (mix(v) & mask); ; i = (i + 1) & mask) {
                if (table[i] == 0) {
                    table[i] = v;
                    return;
                }
                if (table[i] == v) {
                    return;
                }
            }
        }

        boolean contains(long h) {
            long v = h == 0 ? 1 : h;
            int mask = table.length - 1;
            for (int i = (int) (mix(v) & mask); ; i = (i + 1) & mask) {
                if (table[i] == 0) {
                    return false;
                }
                if (table[i] == v) {
                    return true;
                }
            }
        }

        private static long mix(long v) {
            return v ^ (v >>> 29);
        }
    }

    /** A segment of eight words or more with a sentence end and few links. */
    static boolean isProse(Segment s) {
        return s.sentenceEnds >= 1 && s.linkDensity() < 0.3 && s.words >= 8;
    }

    /** The first segment of the first {@code <h1>}, or -1. */
    private static int headline(List<Segment> segs) {
        for (Segment s : segs) {
            if (s.has(Segmenter.IN_H1)) {
                return s.index;
            }
        }
        return -1;
    }

    /** Characters before each segment, and page-wide sums. */
    private static final class PageTotals {
        int[] before;
        int chars;
        int link;
        int sentences;
        int prose;
    }

    private static PageTotals totals(List<Segment> segs) {
        PageTotals t = new PageTotals();
        t.before = new int[segs.size()];
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            t.before[i] = t.chars;
            t.chars += s.chars;
            t.link += s.link;
            t.sentences += s.sentenceEnds;
            t.prose += isProse(s) ? s.chars : 0;
        }
        return t;
    }

    /** How many segments share each segment's text (by a cheap key: length and the first and last characters). */
    private static Map<RepeatKey, Integer> repeats(List<Segment> segs) {
        Map<RepeatKey, Integer> m = new HashMap<>();
        for (Segment s : segs) {
            m.merge(key(s), 1, Integer::sum);
        }
        return m;
    }

    /** What two segments with the same text share: their counts, last character and tag. */
    private record RepeatKey(int chars, int words, int link, char last, String tag) {
    }

    private static RepeatKey key(Segment s) {
        return new RepeatKey(s.chars, s.words, s.link, s.last, s.owner.normalName());
    }

    private static void pageFeatures(Inputs in, List<Segment> segs, PageTotals t, float[] p) {
        int k = 0;
        DomAnalyzer.Analysis a = in.analysis();
        p[k++] = log(segs.size());
        p[k++] = log(t.chars);
        p[k++] = t.chars == 0 ? 0 : (float) t.link / t.chars;
        p[k++] = a.h1s().size();
        int articles = 0;
        int headings = 0;
        for (Segment s : segs) {
            headings += s.has(Segmenter.IN_HEADING) ? 1 : 0;
        }
        NodeStats root = in.root() == null ? null : a.stats().get(in.root());
        NodeStats body = null;
        for (NodeStats s : a.stats().values()) {
            if (s.depth == 0) {
                body = s;
            }
        }
        articles = body == null ? 0 : body.articles;
        p[k++] = log(articles);
        p[k++] = log(headings);
        p[k++] = root == null || t.chars == 0 ? 0 : (float) root.good / t.chars;
        p[k++] = root == null ? 0 : log(root.paras);
        int ld = ldTypes(in.index());
        for (int bit = 0; bit < 7; bit++) {
            p[k++] = (ld & (1 << bit)) != 0 ? 1 : 0;
        }
        p[k++] = in.articleBody() == null ? 0 : 1;
        String og = ogType(in.index());
        p[k++] = og.contains("article") ? 1 : 0;
        p[k++] = og.contains("product") ? 1 : 0;
        k = UrlFeatures.write(in.url(), p, k);
        k = segmentShares(segs, t, p, k);
        k = metadataFeatures(in.meta(), p, k);
        k = shapeFeatures(segs, t, in.index(), p, k);
        p[k++] = root == null ? 0 : (float) root.linkDensity();
        int inRoot = 0;
        for (Segment s : segs) {
            inRoot += root != null && root.tin < s.tick && s.tick < root.tout ? 1 : 0;
        }
        p[k++] = (float) inRoot / Math.max(1, segs.size());
        int words = 0;
        for (Segment s : segs) {
            words += s.words;
        }
        for (int g = 0; g < WordGroups.GROUPS.size(); g++) {
            p[k++] = 1000f * a.groupWords()[g] / Math.max(50, words); // per thousand words
        }
        for (int f = 0; f < Segmenter.DROPPED_FAMILIES.size(); f++) {
            p[k++] = log(a.droppedCounts()[f]);
        }
        int titleGroups = WordGroups.of(in.meta().title()) | WordGroups.of(in.meta().headline());
        for (int g = 0; g < WordGroups.GROUPS.size(); g++) {
            p[k++] = (titleGroups & (1 << g)) != 0 ? 1 : 0;
        }
    }

    private static int metadataFeatures(PageMetadata meta, float[] p, int k) {
        p[k++] = meta.published() != null ? 1 : 0;
        p[k++] = meta.modified() != null ? 1 : 0;
        p[k++] = meta.authors().isEmpty() ? 0 : 1;
        String title = meta.title() == null ? "" : meta.title();
        int words = Spaces.words(title);
        p[k++] = words;
        p[k++] = title.indexOf('?') >= 0 ? 1 : 0;
        int digits = 0;
        for (int i = 0; i < title.length(); i++) {
            digits += Character.isDigit(title.charAt(i)) ? 1 : 0;
        }
        p[k++] = digits;
        return k;
    }

    /** Shapes of the page's text: code, sections, the longest run of prose, paragraphs, repeated item groups. */
    private static int shapeFeatures(List<Segment> segs, PageTotals t, PageIndex index, float[] p, int k) {
        int pre = 0;
        int subheadings = 0;
        int run = 0;
        int bestRun = 0;
        int pChars = 0;
        int pSegs = 0;
        int pWords = 0;
        Map<Element, Integer> groups = new IdentityHashMap<>();
        for (Segment s : segs) {
            pre += s.has(Segmenter.IN_PRE) ? s.chars : 0;
            String tag = s.owner.normalName();
            subheadings += tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) > '1' ? 1 : 0;
            boolean prose = isProse(s);
            if (prose) {
                run += s.chars;
                bestRun = Math.max(bestRun, run);
            } else if (s.chars > 40 || s.linkDensity() > 0.5) {
                run = 0; // short labels and captions do not break a run of prose
            }
            if (tag.equals("p")) {
                pChars += s.chars;
                pSegs++;
                pWords += s.words;
            }
            Element parent = s.owner.parent();
            if (parent != null) {
                groups.merge(parent, 1, Integer::sum);
            }
        }
        int largest = 0;
        int groups5 = 0;
        for (int size : groups.values()) {
            largest = Math.max(largest, size);
            groups5 += size >= 5 ? 1 : 0;
        }
        float chars = Math.max(1, t.chars);
        p[k++] = pre / chars;
        p[k++] = log(subheadings);
        p[k++] = log(t.chars / (float) Math.max(1, subheadings));
        p[k++] = bestRun / chars;
        p[k++] = log(bestRun);
        p[k++] = pChars / chars;
        p[k++] = pSegs == 0 ? 0 : (float) pWords / pSegs;
        p[k++] = log(largest);
        p[k++] = log(groups5);
        p[k++] = log(index.times().size());
        p[k++] = 0; // description words: set by the caller when known
        return k;
    }

    private static int segmentShares(List<Segment> segs, PageTotals t, float[] p, int k) {
        int linkSegs = 0;
        int itemChars = 0;
        int tableChars = 0;
        int headingSegs = 0;
        int proseChars = 0;
        int max = 0;
        int prices = 0;
        int formChars = 0;
        int commentChars = 0;
        int forumChars = 0;
        int productChars = 0;
        int itemVocabChars = 0;
        int prunedChars = 0;
        int comment = groupBit("comment");
        int forum = groupBit("forum");
        int product = groupBit("product");
        int item = groupBit("item");
        java.util.Set<Element> itemGroups = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Segment s : segs) {
            linkSegs += s.linkDensity() > 0.5 ? 1 : 0;
            itemChars += s.has(Segmenter.IN_ITEM) ? s.chars : 0;
            tableChars += s.has(Segmenter.IN_TABLE) ? s.chars : 0;
            headingSegs += s.has(Segmenter.IN_HEADING) ? 1 : 0;
            proseChars += s.sentenceEnds >= 2 && s.linkDensity() < 0.3 ? s.chars : 0;
            max = Math.max(max, s.chars);
            formChars += s.has(Segmenter.IN_FORM) ? s.chars : 0;
            commentChars += (s.farVocab & comment) != 0 ? s.chars : 0;
            forumChars += (s.farVocab & forum) != 0 ? s.chars : 0;
            productChars += (s.farVocab & product) != 0 ? s.chars : 0;
            itemVocabChars += (s.farVocab & item) != 0 ? s.chars : 0;
            prunedChars += s.pruned > 0 ? s.chars : 0;
            if (s.digits > 0 && s.chars < 40) {
                prices += PRICE.matcher(s.text()).find() ? 1 : 0;
            }
            Element parent = s.owner.parent();
            if (s.has(Segmenter.IN_ITEM) && parent != null) {
                itemGroups.add(parent);
            }
        }
        int n = Math.max(1, segs.size());
        float chars = Math.max(1, t.chars);
        p[k++] = (float) linkSegs / n;
        p[k++] = itemChars / chars;
        p[k++] = tableChars / chars;
        p[k++] = (float) headingSegs / n;
        p[k++] = proseChars / chars;
        p[k++] = log(max);
        p[k++] = log(t.chars / (float) n);
        p[k++] = log(itemGroups.size());
        p[k++] = log(prices);
        p[k++] = formChars / chars;
        p[k++] = commentChars / chars;
        p[k++] = forumChars / chars;
        p[k++] = productChars / chars;
        p[k++] = itemVocabChars / chars;
        p[k++] = prunedChars / chars;
        p[k++] = log(t.sentences);
        return k;
    }

    private static int groupBit(String group) {
        int i = Segmenter.GROUPS.indexOf(group);
        return i < 0 ? 0 : 1 << i;
    }

    /** JSON-LD type families declared in the page's scripts, read by a cheap scan (no JSON parse). */
    private static int ldTypes(PageIndex index) {
        int bits = 0;
        for (Element script : index.ldScripts()) {
            Matcher m = LD_TYPE.matcher(script.data());
            while (m.find()) {
                String t = m.group(1).toLowerCase(Locale.ROOT);
                if (t.contains("article") || t.contains("posting") || t.equals("report")) {
                    bits |= t.contains("forum") || t.contains("discussion") ? 4 : 1;
                } else if (t.equals("product") || t.equals("offer") || t.equals("aggregateoffer")) {
                    bits |= 2;
                } else if (t.equals("qapage") || t.equals("question") || t.equals("answer") || t.equals("comment")) {
                    bits |= 4;
                } else if (t.equals("itemlist") || t.equals("collectionpage") || t.equals("searchresultspage")) {
                    bits |= 8;
                } else if (t.equals("faqpage")) {
                    bits |= 16;
                } else if (t.equals("techarticle") || t.equals("howto") || t.equals("softwareapplication")) {
                    bits |= 32;
                } else if (t.equals("webpage") || t.equals("aboutpage") || t.equals("contactpage")) {
                    bits |= 64;
                }
            }
        }
        return bits;
    }

    private static String ogType(PageIndex index) {
        for (Element m : index.metas()) {
            if (m.attr("property").equalsIgnoreCase("og:type")) {
                return m.attr("content").toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** {@code log(1 + v)}, 0 for {@code v <= 0}: how the feature rows of this package read counts. */
    static float log(float v) {
        return (float) Math.log1p(Math.max(0, v));
    }
}
