package org.verbatim.enrich;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Span;

/**
 * Cuts a text into paragraphs (its non-blank lines), sentences and tokens, and marks quoted regions. Stateless
 * and thread-safe when its stages are.
 */
final class Segmenter {
    private final SentenceSplitter sentences;
    private final Tokenizer tokens;

    Segmenter(SentenceSplitter sentences, Tokenizer tokens) {
        this.sentences = sentences;
        this.tokens = tokens;
    }

    Doc segment(String text, String language) {
        List<Span> paragraphs = paragraphs(text);
        List<List<Span>> sentTokens = new ArrayList<>();
        List<Integer> sentPara = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (Span s : sentences.split(text, paragraphs.get(p))) {
                List<Span> toks = tokens.tokenize(text, s);
                if (!toks.isEmpty()) {
                    sentTokens.add(toks);
                    sentPara.add(p);
                }
            }
        }
        return new Doc(text, language, paragraphs, sentTokens, sentPara, Quotes.regions(text));
    }

    /** Non-blank lines, trimmed. */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int j = text.indexOf('\n', i);
            if (j < 0) {
                j = n;
            }
            int a = i;
            int b = j;
            while (a < b && Quotes.isSpace(text.charAt(a))) {
                a++;
            }
            while (b > a && Quotes.isSpace(text.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                out.add(new Span(a, b));
            }
            i = j + 1;
        }
        return out;
    }
}
