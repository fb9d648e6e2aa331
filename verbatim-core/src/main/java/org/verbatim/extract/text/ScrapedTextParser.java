package org.verbatim.extract.text;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.verbatim.extract.date.DateParser;

/**
 * Turns a page scraped to plain text (one block per line, as browsers' "save as text", scrapers and Common Crawl WET
 * records give it) into an article: headline, standfirst, byline, dates and body, dropping UI labels, navigation,
 * sharing and footer lines. The word lists are data beside this class.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScrapedTextParser {
    private static final TextVocabulary VOCABULARY = TextVocabulary.load();

    private final LocalDate reference;

    /**
     * @param reference the day the text was fetched (dates after it are implausible); a WET record's own
     *                  {@code WARC-Date} takes precedence
     */
    public ScrapedTextParser(LocalDate reference) {
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    /** A parser whose reference day is today (UTC). */
    public static ScrapedTextParser today() {
        return new ScrapedTextParser(LocalDate.now(ZoneOffset.UTC));
    }

    /** Parses {@code text}; never throws for odd content. */
    public ScrapedArticle parse(String text) {
        ScrapedInput input = ScrapedInput.of(text == null ? "" : text);
        return ArticleLayout.of(classify(input), input.url());
    }

    /** The classified units of {@code text} (for diagnostics and tests). */
    List<Unit> units(String text) {
        return classify(ScrapedInput.of(text == null ? "" : text));
    }

    private List<Unit> classify(ScrapedInput input) {
        LocalDate ref = input.crawlDate() != null ? input.crawlDate() : reference;
        LineClassifier classifier = new LineClassifier(VOCABULARY, DateParser.of(ref));
        List<Unit> units = new ArrayList<>(input.units().size());
        for (String u : input.units()) {
            units.add(classifier.classify(units.size(), u));
        }
        return units;
    }
}
