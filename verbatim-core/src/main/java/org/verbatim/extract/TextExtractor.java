package org.verbatim.extract;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.language.LanguageDetector;
import org.verbatim.extract.text.ScrapedArticle;
import org.verbatim.extract.text.ScrapedTextParser;
import org.verbatim.extract.decode.CharsetDetector;
import org.verbatim.extract.decode.DecodedText;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.Page;

/**
 * Scraped plain text (or a Common Crawl WET record) to article: decodes the bytes, finds headline, standfirst, byline,
 * dates and body with {@link ScrapedTextParser}, and identifies the language of the result.
 */
public final class TextExtractor implements Extractor {
    private final ScrapedTextParser parser;
    private final LanguageDetector languages;

    /**
     * An extractor with the shipped line models and language profiles.
     *
     * @param clock gives the day each text is read (in UTC): dates after it are implausible
     */
    public TextExtractor(Clock clock) {
        this(new ScrapedTextParser(clock), LanguageDetector.standard());
    }

    public TextExtractor(ScrapedTextParser parser, LanguageDetector languages) {
        this.parser = parser;
        this.languages = languages;
    }

    @Override
    public Article extract(Page page) {
        DecodedText decoded = CharsetDetector.decode(page.content(), page.contentType());
        ScrapedArticle a = parser.parse(decoded.text(), page.url());
        List<String> warnings = new ArrayList<>(decoded.warnings());
        warnings.addAll(a.warnings());
        String url = page.url() != null ? page.url() : a.url();
        return Article.builder().source(page.source()).url(url).title(a.title()).standfirst(a.standfirst())
                .authors(a.authors()).published(a.published()).modified(a.modified())
                .language(languages.detect(languageSample(a))).pageType(a.pageType(), a.pageTypeConfidence())
                .blocks(a.blocks()).warnings(warnings).build();
    }

    /** Why this extractor keeps what it keeps on a page of scraped text, decoded as {@link #extract} decodes it. */
    public org.verbatim.extract.html.body.Explanation explain(Page page) {
        DecodedText decoded = CharsetDetector.decode(page.content(), page.contentType());
        return parser.explain(decoded.text(), page.url());
    }

    /** Title, standfirst and body: the text the language is read from. */
    private static String languageSample(ScrapedArticle a) {
        StringBuilder sb = new StringBuilder();
        if (a.title() != null) {
            sb.append(a.title()).append('\n');
        }
        if (a.standfirst() != null) {
            sb.append(a.standfirst()).append('\n');
        }
        for (Block b : a.blocks()) {
            if (sb.length() > LanguageDetector.SAMPLE_CHARS) {
                break;
            }
            sb.append(b.text()).append('\n');
        }
        return sb.toString();
    }
}
