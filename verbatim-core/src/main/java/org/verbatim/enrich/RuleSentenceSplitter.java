package org.verbatim.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.verbatim.model.Span;

/**
 * Sentence rules for any language: a sentence ends after '.', '!', '?', '…' or '。' (plus closing quotation marks
 * and brackets) when the next token starts with an upper-case letter, a digit or an opening mark. Periods that the
 * {@link RuleTokenizer} keeps on abbreviations never end a sentence, nor does the period of an ordinal day before a
 * month ("am 31. Oktober", "bis zum 21. Juli": month names from {@code time-words.tsv}). Stateless and thread-safe.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
    /** Month names of every language in {@code time-words.tsv}, lower case (abbreviations without their period). */
    private static final Set<String> MONTHS = Set.copyOf(Lexicon.lines("time-words.tsv").stream()
            .map(l -> l.split("\t")).filter(f -> f.length > 1 && f[1].equals("month") && !f[0].endsWith("."))
            .map(f -> f[0]).toList());
    private final Tokenizer tokenizer;

    public RuleSentenceSplitter(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public RuleSentenceSplitter() {
        this(new RuleTokenizer());
    }

    @Override
    public List<Span> split(String text, Span paragraph) {
        List<Span> toks = tokenizer.tokenize(text, paragraph);
        List<Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < toks.size(); i++) {
            Span t = toks.get(i);
            if (start < 0) {
                start = t.start();
            }
            if (isTerminal(text, t) && !ordinalDay(text, toks, i)) {
                int j = i;
                while (j + 1 < toks.size() && isCloser(text, toks.get(j + 1))
                        && toks.get(j + 1).start() == toks.get(j).end()) {
                    j++;
                }
                if (j + 1 == toks.size() || startsSentence(text, toks.get(j + 1))
                        && !questionBeforeAttribution(text, toks, i, j)) {
                    out.add(new Span(start, toks.get(j).end()));
                    start = -1;
                    i = j;
                }
            }
        }
        if (start >= 0) {
            out.add(new Span(start, toks.get(toks.size() - 1).end()));
        }
        return out;
    }

    /** The period of an ordinal day: one or two digits right before it, a month name after it ("31. Oktober"). */
    private static boolean ordinalDay(String text, List<Span> toks, int i) {
        if (i == 0 || i + 1 >= toks.size() || text.charAt(toks.get(i).start()) != '.') {
            return false;
        }
        Span day = toks.get(i - 1);
        String digits = text.substring(day.start(), day.end());
        return day.end() == toks.get(i).start() && digits.length() <= 2 && digits.chars().allMatch(Character::isDigit)
                && MONTHS.contains(text.substring(toks.get(i + 1).start(), toks.get(i + 1).end())
                .toLowerCase(Locale.ROOT));
    }

    /**
     * “Why?” Trump asked. — a question or exclamation in quotes, then a name and a lower-case verb; or any quoted
     * sentence, then a name of capitalised words and a speech verb ({@code speech-verbs-*.txt}): “... that are
     * missing.” Trump said. — the attribution belongs to the quotation before it.
     */
    private static boolean questionBeforeAttribution(String text, List<Span> toks, int terminal, int closer) {
        char c = text.charAt(toks.get(terminal).start());
        if (closer == terminal || closer + 2 >= toks.size()) {
            return false;
        }
        Span name = toks.get(closer + 1);
        Span verb = toks.get(closer + 2);
        if ((c == '?' || c == '!') && Character.isUpperCase(text.charAt(name.start()))
                && Character.isLowerCase(text.charAt(verb.start()))) {
            return true;
        }
        int k = closer + 1;
        while (k < toks.size() && k - closer <= MAX_NAME_WORDS && Character.isUpperCase(text.charAt(toks.get(k).start()))) {
            k++;
        }
        return k > closer + 1 && k + 1 < toks.size() && k - closer <= MAX_NAME_WORDS && Quotes.isClosingMark(
                text.charAt(toks.get(closer).start())) && SPEECH_VERBS.contains(text.substring(toks.get(k).start(),
                toks.get(k).end())) && isTerminal(text, toks.get(k + 1));
    }

    /** Capitalised words a speaker's name and title may have after a quotation ("US Senator Jeff Sessions"). */
    private static final int MAX_NAME_WORDS = 4;

    /** The curated English speech verbs (lower case): the rule for any quoted sentence is English only. */
    private static final Set<String> SPEECH_VERBS = Lexicon.lowerSet("speech-verbs-en.txt");

    private static boolean isTerminal(String text, Span t) {
        if (t.length() != 1) {
            return false;
        }
        char c = text.charAt(t.start());
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uff01' || c == '\uff1f';
    }

    private static boolean isCloser(String text, Span t) {
        if (t.length() != 1) {
            return false;
        }
        char c = text.charAt(t.start());
        return Quotes.isClosingMark(c) || c == ')' || c == ']';
    }

    private static boolean startsSentence(String text, Span t) {
        char c = text.charAt(t.start());
        return Character.isUpperCase(c) || Character.isDigit(c) || Quotes.isOpeningMark(c) || c == '('
                || c == '[' || c == '-' || c == '\u2013' || c == '\u2014' || Character.isIdeographic(c)
                || Character.getType(c) == Character.OTHER_LETTER;
    }
}
