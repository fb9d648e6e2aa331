package org.verbatim.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.extract.common.UrlFeatures;

/**
 * What the learned line scorer and the text page classifier see of a page of scraped text. Each line gets a row:
 * its shape (length, character classes, punctuation, capitalisation, link-like tokens, function words, sentence
 * marks), what the rules made of it (its {@link LineKind}, whether it lies in the rules' body, where the headline,
 * dateline and byline are), its repetition within the page (menus repeat), its neighbours and its place in the page,
 * how the training corpus saw lines of its form ({@link LineShapes}), and a few figures of the whole page. The page
 * gets a row of its own for the page type. Everything is computed from the page alone: nothing depends on what else
 * was read.
 *
 * <p>The names, in order, are {@link #LINE_NAMES} and {@link #PAGE_NAMES}; a model states the names it was trained
 * on and is refused when they differ. Immutable.
 */
public final class TextFeatures {
    private static final String[] OWN = {"chars_log", "words_log", "avg_word_len", "letter_share", "digit_share",
        "upper_share", "punct_share", "dense_share", "ends_sentence", "ends_colon", "ends_question", "ends_ellipsis",
        "ends_letter", "starts_upper", "starts_lower", "starts_digit", "starts_bullet", "starts_quote",
        "cap_token_share", "caps_token_share", "numeric_token_share", "link_tokens", "function_share",
        "function_log", "sentence_marks", "commas_per_word", "quotes", "separators", "prices", "has_date",
        "bare_names"};
    private static final String[] PLACE = {"rel_index", "rel_chars_before", "rel_len", "len_rank", "repeats_log",
        "first_occurrence", "is_first_line", "title_overlap", "in_rule_body", "rule_start_dist", "rule_end_dist",
        "is_rule_body_start", "headline_dist", "is_headline", "is_standfirst", "dateline_dist", "byline_dist",
        "prev1_chars", "prev2_chars", "next1_chars", "next2_chars", "prev1_prose", "next1_prose", "prev1_ends",
        "next1_ends", "window_chars", "window_prose", "window_max", "window_function", "short_run_log",
        "first_prose_dist", "last_prose_dist", "prose_after_share", "after_section_end", "same_shape_run_log",
        "shape_odds", "prefix_odds", "shape_seen_log"};
    private static final String[] PAGE = {"lines_log", "chars_log", "prose_lines_log", "prose_share", "max_len_log",
        "mean_len_log", "sentence_end_share", "short_share", "repeat_share", "datelines", "bylines", "list_share",
        "question_share", "prices_log", "links_log", "rule_body_share", "prose_runs_log", "largest_run_share",
        "function_share", "cap_share", "digit_share", "title_words", "title_question", "title_digits",
        "url_depth", "url_date", "url_article", "url_forum", "url_product", "url_list", "url_collection", "url_doc",
        "url_service", "url_root"};
    /** Page features also given to every line (the rest only serve the page classifier). */
    private static final int PAGE_IN_LINE = 22;

    /** Names of the per-page features, in vector order. */
    public static final List<String> PAGE_NAMES;
    /** Names of the per-line features (the first page features included at the end), in vector order. */
    public static final List<String> LINE_NAMES;
    /** The second stage's view of a line's surroundings: what the first stage thought of them. */
    public static final List<String> CONTEXT_NAMES = List.of("p", "p_prev1", "p_prev2", "p_next1", "p_next2",
            "p_window3", "p_window10", "p_page_mean", "p_page_kept_share", "p_page_max", "p_in_span", "p_dist_span",
            "p_rank", "p_before_mean", "p_after_mean");
    /** First-stage features followed by {@link #CONTEXT_NAMES}: the second stage's row. */
    public static final List<String> STACKED_NAMES;

    static {
        List<String> page = new ArrayList<>();
        for (String s : PAGE) {
            page.add("page_" + s);
        }
        for (String g : LineStats.GROUPS) {
            page.add("page_words_" + g);
        }
        PAGE_NAMES = List.copyOf(page);
        List<String> line = new ArrayList<>();
        for (String s : OWN) {
            line.add(s);
        }
        for (LineKind k : LineKind.values()) {
            line.add("kind_" + k.name().toLowerCase(Locale.ROOT));
        }
        for (String s : PLACE) {
            line.add(s);
        }
        line.addAll(page.subList(0, PAGE_IN_LINE));
        LINE_NAMES = List.copyOf(line);
        List<String> stacked = new ArrayList<>(LINE_NAMES);
        stacked.addAll(CONTEXT_NAMES);
        STACKED_NAMES = List.copyOf(stacked);
    }

    /** Distances are clipped to this many lines either way. */
    static final int MAX_DIST = 30;
    /** Lines of at most this many words count as short (menu items, labels). */
    static final int SHORT_WORDS = 4;
    /** Neighbourhood half-width for window features. */
    static final int WINDOW = 5;

    private final List<String> texts;
    private final float[][] rows;
    private final float[] page;

    private TextFeatures(List<String> texts, float[][] rows, float[] page) {
        this.texts = texts;
        this.rows = rows;
        this.page = page;
    }

    /**
     * The features of scraped {@code text} (with the page's {@code url}, or {@code null}) as extraction sees them,
     * dates judged against {@code reference} and line forms looked up in {@code shapes}.
     */
    public static TextFeatures of(String text, String url, java.time.LocalDate reference, LineShapes shapes) {
        return new ScrapedTextParser(reference, new LineModels(null, null, null, shapes, LineModels.Choice.DEFAULT))
                .features(text, url);
    }

    /** The lines, in order. */
    public List<String> texts() {
        return texts;
    }

    /** One row of {@link #LINE_NAMES} per line. */
    public float[][] rows() {
        return rows;
    }

    /** The row of {@link #PAGE_NAMES}. */
    public float[] page() {
        return page.clone();
    }

    float[] pageRow() {
        return page;
    }

    /** Computes the features of classified units whose rule layout is {@code layout}. */
    static TextFeatures compute(List<Unit> units, ArticleLayout layout, String url, LineShapes shapes) {
        int n = units.size();
        LineStats[] stats = new LineStats[n];
        List<String> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            stats[i] = new LineStats(units.get(i).text());
            texts.add(units.get(i).text());
        }
        float[] page = page(units, stats, layout, url);
        float[][] rows = new float[n][];
        Context c = new Context(units, stats, layout, shapes);
        for (int i = 0; i < n; i++) {
            float[] r = new float[LINE_NAMES.size()];
            int k = own(units.get(i), stats[i], r, 0);
            k = c.place(i, r, k);
            System.arraycopy(page, 0, r, k, PAGE_IN_LINE);
            rows[i] = r;
        }
        return new TextFeatures(List.copyOf(texts), rows, page);
    }

    private static int own(Unit u, LineStats s, float[] r, int k) {
        String t = u.text();
        int words = Math.max(1, u.words());
        int visible = Math.max(1, s.chars);
        r[k++] = log(s.chars);
        r[k++] = log(u.words());
        r[k++] = s.tokens == 0 ? 0 : (float) s.wordLetters / s.tokens;
        r[k++] = (float) s.letters / visible;
        r[k++] = (float) s.digits / visible;
        r[k++] = s.letters == 0 ? 0 : (float) s.upper / s.letters;
        r[k++] = (float) s.punct / visible;
        r[k++] = (float) s.dense / visible;
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        char first = t.isEmpty() ? ' ' : t.charAt(0);
        r[k++] = Texts.endsSentence(t) ? 1 : 0;
        r[k++] = last == ':' ? 1 : 0;
        r[k++] = last == '?' || last == '!' ? 1 : 0;
        r[k++] = t.endsWith("...") || last == '…' ? 1 : 0;
        r[k++] = Character.isLetter(last) ? 1 : 0;
        r[k++] = Character.isUpperCase(first) ? 1 : 0;
        r[k++] = Character.isLowerCase(first) ? 1 : 0;
        r[k++] = Character.isDigit(first) ? 1 : 0;
        r[k++] = "•·▪►*-–—>»✓✔".indexOf(first) >= 0 ? 1 : 0;
        r[k++] = "\"“”„«»‘’'".indexOf(first) >= 0 ? 1 : 0;
        int tokens = Math.max(1, s.tokens);
        r[k++] = (float) s.capTokens / tokens;
        r[k++] = (float) s.capsTokens / tokens;
        r[k++] = (float) s.numericTokens / tokens;
        r[k++] = s.linkTokens;
        r[k++] = (float) s.functionWords / tokens;
        r[k++] = log(s.functionWords);
        r[k++] = s.sentenceMarks;
        r[k++] = (float) s.commas / words;
        r[k++] = s.quotes;
        r[k++] = s.separators;
        r[k++] = s.prices;
        r[k++] = u.date() != null || u.updated() != null ? 1 : 0;
        r[k++] = u.authors().isEmpty() ? 0 : 1;
        for (LineKind kind : LineKind.values()) {
            r[k++] = u.kind() == kind ? 1 : 0;
        }
        return k;
    }

    /** Per-line features that need the page: place, neighbours, repetition, the rules' layout. */
    private static final class Context {
        private final List<Unit> units;
        private final LineStats[] stats;
        private final ArticleLayout layout;
        private final LineShapes shapes;
        private final int n;
        private final int[] repeats;
        private final boolean[] firstSeen;
        private final long[] charsBefore;
        private final long totalChars;
        private final int maxChars;
        private final float[] lenRank;
        private final int[] shortRun;
        private final int[] shapeRun;
        private final int firstProse;
        private final int lastProse;
        private final long[] proseAfter;
        private final long totalProse;
        private final int[] datelines;
        private final int[] bylines;
        private final java.util.Set<String> titleWords;
        private final int[] body;
        private final int headline;
        private final int standfirst;

        Context(List<Unit> units, LineStats[] stats, ArticleLayout layout, LineShapes shapes) {
            this.units = units;
            this.stats = stats;
            this.layout = layout;
            this.shapes = shapes;
            n = units.size();
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < n; i++) {
                counts.merge(layout.fingerprint(i), 1, Integer::sum);
            }
            repeats = new int[n];
            firstSeen = new boolean[n];
            java.util.Set<String> seen = new java.util.HashSet<>();
            charsBefore = new long[n];
            long total = 0;
            int max = 1;
            for (int i = 0; i < n; i++) {
                String fp = layout.fingerprint(i);
                repeats[i] = counts.get(fp) - 1;
                firstSeen[i] = seen.add(fp);
                charsBefore[i] = total;
                total += stats[i].chars;
                max = Math.max(max, stats[i].chars);
            }
            totalChars = Math.max(1, total);
            maxChars = max;
            lenRank = ranks(stats);
            shortRun = runs(i -> units.get(i).words() <= SHORT_WORDS);
            shapeRun = runs(i -> i > 0 && sameShape(units.get(i - 1), units.get(i)));
            int fp = -1;
            int lp = -1;
            proseAfter = new long[n];
            long prose = 0;
            for (int i = n - 1; i >= 0; i--) {
                proseAfter[i] = prose;
                if (units.get(i).is(LineKind.PROSE)) {
                    prose += stats[i].chars;
                    lp = lp < 0 ? i : lp;
                    fp = i;
                }
            }
            totalProse = Math.max(1, prose);
            firstProse = fp;
            lastProse = lp;
            datelines = nearest(LineKind.DATELINE);
            bylines = nearest(LineKind.BYLINE);
            titleWords = n == 0 ? java.util.Set.of() : layout.contentWords(0);
            body = layout.ruleBody();
            headline = layout.ruleHeadline();
            standfirst = layout.ruleStandfirst();
        }

        int place(int i, float[] r, int k) {
            Unit u = units.get(i);
            r[k++] = n <= 1 ? 0 : (float) i / (n - 1);
            r[k++] = (float) charsBefore[i] / totalChars;
            r[k++] = (float) stats[i].chars / maxChars;
            r[k++] = lenRank[i];
            r[k++] = log(repeats[i]);
            r[k++] = firstSeen[i] ? 1 : 0;
            r[k++] = i == 0 ? 1 : 0;
            r[k++] = i == 0 ? 0 : overlap(i);
            boolean hasBody = body[0] >= 0;
            r[k++] = hasBody && i >= body[0] && i <= body[1] ? 1 : 0;
            r[k++] = hasBody ? clip(i - body[0]) : Float.NaN;
            r[k++] = hasBody ? clip(i - body[1]) : Float.NaN;
            r[k++] = i == body[0] ? 1 : 0;
            r[k++] = headline >= 0 ? clip(i - headline) : Float.NaN;
            r[k++] = i == headline ? 1 : 0;
            r[k++] = i == standfirst ? 1 : 0;
            r[k++] = datelines[i] == Integer.MIN_VALUE ? Float.NaN : clip(datelines[i]);
            r[k++] = bylines[i] == Integer.MIN_VALUE ? Float.NaN : clip(bylines[i]);
            r[k++] = chars(i - 1);
            r[k++] = chars(i - 2);
            r[k++] = chars(i + 1);
            r[k++] = chars(i + 2);
            r[k++] = i > 0 && units.get(i - 1).is(LineKind.PROSE) ? 1 : 0;
            r[k++] = i + 1 < n && units.get(i + 1).is(LineKind.PROSE) ? 1 : 0;
            r[k++] = i > 0 && Texts.endsSentence(units.get(i - 1).text()) ? 1 : 0;
            r[k++] = i + 1 < n && Texts.endsSentence(units.get(i + 1).text()) ? 1 : 0;
            float sum = 0;
            float max = 0;
            int prose = 0;
            int function = 0;
            int tokens = 0;
            int count = 0;
            for (int j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
                if (j == i) {
                    continue;
                }
                float c = log(stats[j].chars);
                sum += c;
                max = Math.max(max, c);
                prose += units.get(j).is(LineKind.PROSE) ? 1 : 0;
                function += stats[j].functionWords;
                tokens += stats[j].tokens;
                count++;
            }
            r[k++] = count == 0 ? 0 : sum / count;
            r[k++] = count == 0 ? 0 : (float) prose / count;
            r[k++] = max;
            r[k++] = tokens == 0 ? 0 : (float) function / tokens;
            r[k++] = log(shortRun[i]);
            r[k++] = firstProse < 0 ? Float.NaN : clip(i - firstProse);
            r[k++] = lastProse < 0 ? Float.NaN : clip(i - lastProse);
            r[k++] = (float) proseAfter[i] / totalProse;
            r[k++] = afterSectionEnd(i) ? 1 : 0;
            r[k++] = log(shapeRun[i]);
            LineShapes.Odds odds = shapes.odds(u.text());
            r[k++] = odds.line();
            r[k++] = odds.prefix();
            r[k++] = log(odds.seen());
            return k;
        }

        private boolean afterSectionEnd(int i) {
            for (int j = Math.max(0, body[0]); j < i; j++) {
                if (units.get(j).is(LineKind.SECTION_END)) {
                    return true;
                }
            }
            return false;
        }

        private float chars(int j) {
            return j < 0 || j >= n ? 0 : log(stats[j].chars);
        }

        private float overlap(int i) {
            if (titleWords.isEmpty()) {
                return 0;
            }
            java.util.Set<String> w = layout.contentWords(i);
            if (w.isEmpty()) {
                return 0;
            }
            int hit = 0;
            for (String x : w) {
                hit += titleWords.contains(x) ? 1 : 0;
            }
            return (float) hit / Math.max(w.size(), titleWords.size());
        }

        /** Per line, the signed distance to the nearest line of {@code kind}, or MIN_VALUE when there is none. */
        private int[] nearest(LineKind kind) {
            int[] out = new int[n];
            java.util.Arrays.fill(out, Integer.MIN_VALUE);
            int last = -1;
            for (int i = 0; i < n; i++) {
                if (units.get(i).is(kind)) {
                    last = i;
                }
                if (last >= 0) {
                    out[i] = i - last;
                }
            }
            last = -1;
            for (int i = n - 1; i >= 0; i--) {
                if (units.get(i).is(kind)) {
                    last = i;
                }
                if (last >= 0 && (out[i] == Integer.MIN_VALUE || last - i < Math.abs(out[i]))) {
                    out[i] = i - last;
                }
            }
            return out;
        }

        /** Per line, the length of the run of consecutive lines meeting {@code test} that it belongs to (0 if not). */
        private int[] runs(java.util.function.IntPredicate test) {
            int[] out = new int[n];
            int i = 0;
            while (i < n) {
                if (!test.test(i)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && test.test(j)) {
                    j++;
                }
                for (int x = i; x < j; x++) {
                    out[x] = j - i;
                }
                i = j;
            }
            return out;
        }
    }

    /** Two neighbouring lines of the same kind and about the same length: items of one list or menu. */
    static boolean sameShape(Unit a, Unit b) {
        if (a.kind() != b.kind() || a.kind() == LineKind.PROSE) {
            return false;
        }
        int x = a.text().length();
        int y = b.text().length();
        return Math.min(x, y) * 2 >= Math.max(x, y);
    }

    /** Each line's length rank in the page, 0 (shortest) to 1 (longest). */
    private static float[] ranks(LineStats[] stats) {
        int n = stats.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(stats[a].chars, stats[b].chars));
        float[] out = new float[n];
        for (int r = 0; r < n; r++) {
            out[order[r]] = n <= 1 ? 1 : (float) r / (n - 1);
        }
        return out;
    }

    private static float[] page(List<Unit> units, LineStats[] stats, ArticleLayout layout, String url) {
        float[] p = new float[PAGE_NAMES.size()];
        int n = units.size();
        long chars = 0;
        long prose = 0;
        int proseLines = 0;
        int max = 0;
        double lenLog = 0;
        int ends = 0;
        int shorts = 0;
        int repeated = 0;
        int datelines = 0;
        int bylines = 0;
        int lists = 0;
        int questions = 0;
        int prices = 0;
        int links = 0;
        int function = 0;
        int tokens = 0;
        int caps = 0;
        int digits = 0;
        int runs = 0;
        long run = 0;
        long largest = 0;
        int[] groups = new int[LineStats.GROUPS.size()];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            LineStats s = stats[i];
            chars += s.chars;
            max = Math.max(max, s.chars);
            lenLog += Math.log1p(s.chars);
            ends += Texts.endsSentence(u.text()) ? 1 : 0;
            shorts += u.words() <= SHORT_WORDS ? 1 : 0;
            repeated += seen.add(layout.fingerprint(i)) ? 0 : 1;
            datelines += u.is(LineKind.DATELINE) ? 1 : 0;
            bylines += u.is(LineKind.BYLINE) ? 1 : 0;
            lists += u.is(LineKind.LIST_ITEM) ? 1 : 0;
            questions += u.text().endsWith("?") ? 1 : 0;
            prices += s.prices;
            links += s.linkTokens;
            function += s.functionWords;
            tokens += s.tokens;
            caps += s.capTokens;
            digits += s.digits;
            for (int g = 0; g < groups.length; g++) {
                groups[g] += s.groups[g];
            }
            if (u.is(LineKind.PROSE)) {
                prose += s.chars;
                proseLines++;
                runs += run == 0 ? 1 : 0;
                run += s.chars;
                largest = Math.max(largest, run);
            } else if (!(u.is(LineKind.BOILERPLATE) || u.is(LineKind.JUNK))) {
                run = 0;
            }
        }
        int[] body = layout.ruleBody();
        long bodyChars = 0;
        for (int i = Math.max(0, body[0]); body[0] >= 0 && i <= body[1]; i++) {
            bodyChars += stats[i].chars;
        }
        double all = Math.max(1, chars);
        int lines = Math.max(1, n);
        int k = 0;
        p[k++] = log(n);
        p[k++] = log(chars);
        p[k++] = log(proseLines);
        p[k++] = (float) (prose / all);
        p[k++] = log(max);
        p[k++] = (float) (lenLog / lines);
        p[k++] = (float) ends / lines;
        p[k++] = (float) shorts / lines;
        p[k++] = (float) repeated / lines;
        p[k++] = datelines;
        p[k++] = bylines;
        p[k++] = (float) lists / lines;
        p[k++] = (float) questions / lines;
        p[k++] = log(prices);
        p[k++] = log(links);
        p[k++] = (float) (bodyChars / all);
        p[k++] = log(runs);
        p[k++] = (float) (largest / all);
        p[k++] = tokens == 0 ? 0 : (float) function / tokens;
        p[k++] = tokens == 0 ? 0 : (float) caps / tokens;
        p[k++] = (float) (digits / all);
        String title = n == 0 ? "" : units.get(0).text();
        p[k++] = Texts.words(title);
        p[k++] = title.endsWith("?") ? 1 : 0;
        p[k++] = title.chars().anyMatch(Character::isDigit) ? 1 : 0;
        k = UrlFeatures.write(url, p, k);
        int words = Math.max(1, tokens);
        for (int g : groups) {
            p[k++] = (float) g / words;
        }
        return p;
    }

    /**
     * The second stage's rows: each line's first-stage row followed by {@link #CONTEXT_NAMES}, computed from the
     * first stage's probabilities {@code p} of all lines.
     */
    public static float[][] stacked(float[][] rows, float[] p) {
        int n = rows.length;
        float[][] out = new float[n][];
        if (n == 0) {
            return out;
        }
        double mean = 0;
        float max = 0;
        int kept = 0;
        for (float x : p) {
            mean += x;
            max = Math.max(max, x);
            kept += x >= 0.5f ? 1 : 0;
        }
        mean /= n;
        int[] span = span(p);
        float[] rank = new float[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(p[a], p[b]));
        for (int r = 0; r < n; r++) {
            rank[order[r]] = n <= 1 ? 1 : (float) r / (n - 1);
        }
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + p[i];
        }
        int base = LINE_NAMES.size();
        for (int i = 0; i < n; i++) {
            float[] r = java.util.Arrays.copyOf(rows[i], STACKED_NAMES.size());
            int k = base;
            r[k++] = p[i];
            r[k++] = i > 0 ? p[i - 1] : Float.NaN;
            r[k++] = i > 1 ? p[i - 2] : Float.NaN;
            r[k++] = i + 1 < n ? p[i + 1] : Float.NaN;
            r[k++] = i + 2 < n ? p[i + 2] : Float.NaN;
            r[k++] = windowMean(prefix, i, 3, n);
            r[k++] = windowMean(prefix, i, 10, n);
            r[k++] = (float) mean;
            r[k++] = (float) kept / n;
            r[k++] = max;
            r[k++] = span[0] >= 0 && i >= span[0] && i <= span[1] ? 1 : 0;
            r[k++] = span[0] < 0 ? Float.NaN : clip(i < span[0] ? i - span[0] : i > span[1] ? i - span[1] : 0);
            r[k++] = rank[i];
            r[k++] = i == 0 ? Float.NaN : (float) (prefix[i] / i);
            r[k++] = i == n - 1 ? Float.NaN : (float) ((prefix[n] - prefix[i + 1]) / (n - 1 - i));
            out[i] = r;
        }
        return out;
    }

    private static float windowMean(double[] prefix, int i, int w, int n) {
        int from = Math.max(0, i - w);
        int to = Math.min(n - 1, i + w);
        return (float) ((prefix[to + 1] - prefix[from]) / (to - from + 1));
    }

    /** The stretch of lines with the largest sum of {@code p - 0.5}: the first stage's story. */
    static int[] span(float[] p) {
        double best = 0;
        double run = 0;
        int start = 0;
        int[] out = {-1, -1};
        for (int i = 0; i < p.length; i++) {
            if (run <= 0) {
                run = 0;
                start = i;
            }
            run += p[i] - 0.5;
            if (run > best) {
                best = run;
                out[0] = start;
                out[1] = i;
            }
        }
        return out;
    }

    private static float clip(int d) {
        return Math.max(-MAX_DIST, Math.min(MAX_DIST, d));
    }

    static float log(double v) {
        return (float) Math.log1p(Math.max(0, v));
    }
}
