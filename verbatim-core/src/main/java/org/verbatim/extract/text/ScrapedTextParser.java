package org.verbatim.extract.text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.verbatim.extract.date.DateParser;
import org.verbatim.extract.html.body.Explanation;

/**
 * Turns a page scraped to plain text (one block per line, as browsers' "save as text", scrapers and Common Crawl WET
 * records give it) into an article: headline, standfirst, byline, dates and body, dropping UI labels, navigation,
 * sharing and footer lines. The word lists are data beside this class.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScrapedTextParser {
    private static final TextVocabulary VOCABULARY = TextVocabulary.load();

    /**
     * Work budget of the learned models: a text of more lines (twenty times the mean page of the training corpora)
     * is left to the rules, with a budget warning, so that a giant text costs what the rules cost. Counted in lines,
     * not time, so the same text always gets the same result.
     */
    public static final int MAX_SCORED_LINES = 5_000;

    /** Gives the reference day of each text (in UTC). */
    private final Clock clock;
    private final LineModels models;

    /**
     * A parser with the shipped line models.
     *
     * @param clock gives the day each text is read (in UTC), which stands for the day it was fetched: dates after it
     *              are implausible; a WET record's own {@code WARC-Date} takes precedence
     */
    public ScrapedTextParser(Clock clock) {
        this(clock, LineModels.shipped());
    }

    /**
     * A parser with the given line models ({@link LineModels#NONE}: the rules alone); {@code clock} as in
     * {@link #ScrapedTextParser(Clock)}.
     */
    public ScrapedTextParser(Clock clock, LineModels models) {
        this.clock = Objects.requireNonNull(clock, "clock").withZone(ZoneOffset.UTC);
        this.models = Objects.requireNonNull(models, "models");
    }

    /**
     * A parser with the shipped line models whose reference day is always {@code reference} (the day the text was
     * fetched: dates after it are implausible; a WET record's own {@code WARC-Date} takes precedence).
     */
    public ScrapedTextParser(LocalDate reference) {
        this(reference, LineModels.shipped());
    }

    /** A parser with the given line models whose reference day is always {@code reference}. */
    public ScrapedTextParser(LocalDate reference, LineModels models) {
        this(Clock.fixed(Objects.requireNonNull(reference, "reference").atStartOfDay(ZoneOffset.UTC).toInstant(),
                ZoneOffset.UTC), models);
    }

    /** Parses {@code text}; never throws for odd content. */
    public ScrapedArticle parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses {@code text} of the page at {@code url} ({@code null} when unknown; a WET record's own
     * {@code WARC-Target-URI} is used then): the rules classify each line; the line scorer, when there is one,
     * decides which lines make the body; the page classifier, when there is one, gives the page type.
     */
    public ScrapedArticle parse(String text, String url) {
        ScrapedInput input = ScrapedInput.of(text == null ? "" : text);
        List<Unit> units = classify(input);
        ArticleLayout layout = new ArticleLayout(units);
        if (!models.scoresLines() && !models.classifiesPages()) {
            return layout.build(input.url());
        }
        if (units.size() > MAX_SCORED_LINES) {
            ScrapedArticle a = layout.build(input.url());
            List<String> warnings = new ArrayList<>(a.warnings());
            warnings.add(org.verbatim.model.Article.BUDGET_WARNING + units.size() + " lines: more than the line scorer's "
                    + MAX_SCORED_LINES + "; the rules chose the body and no page type was given");
            return a.withWarnings(warnings);
        }
        TextFeatures f = TextFeatures.compute(units, layout, url != null ? url : input.url(), models.shapes());
        ScrapedArticle a;
        if (models.scoresLines() && !units.isEmpty()) {
            float[] p = models.probabilities(f);
            int[] chars = new int[units.size()];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = units.get(i).text().length();
            }
            a = layout.build(input.url(), LineModels.keepLines(p, chars, models.choice()));
        } else {
            a = layout.build(input.url());
        }
        if (!models.classifiesPages()) {
            return a;
        }
        float[] probs = models.pageType(f.pageRow());
        int type = 0;
        for (int c = 1; c < probs.length; c++) {
            type = probs[c] > probs[type] ? c : type;
        }
        return a.withPageType(LineModels.TYPES.get(type), Math.max(0, Math.min(1, probs[type])));
    }

    /**
     * Why the parser keeps what it keeps ({@code extract --explain}): the page type, and per line its kind, its
     * probability of being content ({@code NaN} without a scorer), whether it was kept for the body and whether it
     * lies in the rules' body. The headline, standfirst and their repeats are later taken out of the kept lines.
     */
    public Explanation explain(String text, String url) {
        ScrapedInput input = ScrapedInput.of(text == null ? "" : text);
        List<Unit> units = classify(input);
        ArticleLayout layout = new ArticleLayout(units);
        TextFeatures f = TextFeatures.compute(units, layout, url != null ? url : input.url(), models.shapes());
        int[] body = layout.ruleBody();
        boolean[] rules = new boolean[units.size()];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = body[0] >= 0 && i >= body[0] && i <= body[1];
        }
        float[] p = null;
        boolean[] keep = rules;
        if (models.scoresLines() && !units.isEmpty() && units.size() <= MAX_SCORED_LINES) {
            p = models.probabilities(f);
            int[] chars = units.stream().mapToInt(u -> u.text().length()).toArray();
            keep = LineModels.keepLines(p, chars, models.choice());
        }
        String type = null;
        float confidence = 0;
        if (models.classifiesPages()) {
            float[] probs = models.pageType(f.pageRow());
            int best = 0;
            for (int c = 1; c < probs.length; c++) {
                best = probs[c] > probs[best] ? c : best;
            }
            type = LineModels.TYPES.get(best).label();
            confidence = probs[best];
        }
        List<Explanation.SegmentLine> lines = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            lines.add(new Explanation.SegmentLine(u.text(), u.kind().name().toLowerCase(java.util.Locale.ROOT),
                    p == null ? Float.NaN : p[i], keep[i], rules[i], "-"));
        }
        LineModels.Choice c = models.choice();
        String reason = p == null ? "no line scorer: the rules' body"
                : String.format(java.util.Locale.ROOT, "the story span of p >= %.2f by length; kept in it from %.2f, "
                        + "out of it from %.2f", c.cut(), c.inner(), c.outer());
        return new Explanation(type, confidence, p == null ? "rules" : "model", reason, c.cut(), lines);
    }

    /** The learned scorer's view of {@code text}: its lines' and its page's features (for training). */
    TextFeatures features(String text, String url) {
        ScrapedInput input = ScrapedInput.of(text == null ? "" : text);
        List<Unit> units = classify(input);
        return TextFeatures.compute(units, new ArticleLayout(units), url != null ? url : input.url(),
                models.shapes());
    }

    /** The classified units of {@code text} (for diagnostics and tests). */
    List<Unit> units(String text) {
        return classify(ScrapedInput.of(text == null ? "" : text));
    }
    private List<Unit> classify(ScrapedInput input) {
        LocalDate ref = input.crawlDate() != null ? input.crawlDate() : LocalDate.now(clock);
        LineClassifier classifier = new LineClassifier(VOCABULARY, DateParser.of(ref));
        List<Unit> units = new ArrayList<>(input.units().size());
        for (String u : input.units()) {
            units.add(classifier.classify(units.size(), u));
        }
        return units;
    }
}
