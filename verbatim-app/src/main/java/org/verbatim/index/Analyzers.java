package org.verbatim.index;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analysers: {@code title} and {@code text} use the standard (language-neutral) analyser, so every article
 * matches exact word forms; each language with a stemmer also gets a {@code stem_xx} field analysed for that language,
 * so that "closes" finds "closing" in English and "Brücken" finds "Brücke" in German. Keyword fields are lower-cased
 * whole values.
 */
public final class Analyzers {
    /** Languages with their own analyser (stemming and stop words). */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");

    private Analyzers() {
    }

    /** The primary language subtag of a BCP-47 tag when it has an analyser ({@code de-AT} gives {@code de}), else null. */
    public static String stemLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(primary) ? primary : null;
    }

    /** One analyser for both indexing and query parsing, dispatching on the field name. */
    public static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put(IndexFields.STEM_PREFIX + "en", new EnglishAnalyzer());
        fields.put(IndexFields.STEM_PREFIX + "de", new GermanAnalyzer());
        fields.put(IndexFields.STEM_PREFIX + "fr", new FrenchAnalyzer());
        fields.put(IndexFields.STEM_PREFIX + "es", new SpanishAnalyzer());
        Analyzer keyword = new KeywordLowerCase();
        for (String f : IndexFields.KEYWORDS) {
            fields.put(f, keyword);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    /** The whole value as one lower-cased token. */
    static final class KeywordLowerCase extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new KeywordTokenizer();
            return new TokenStreamComponents(t, new LowerCaseFilter(t));
        }
    }
}
