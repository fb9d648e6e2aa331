package org.verbatim.enrich;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.verbatim.language.Words;

/**
 * Title-case headlines ("Chris Christie Calls Hillary Clinton 'A Disgrace'", "Poll Shows Minor Bump For Clinton"):
 * finds the words capitalised only by the headline's style, so that name finding and cue detection read them as the
 * lower-case words they are ({@link Doc#withHeadlineCase}); otherwise a name run swallows the verb ("Chris Christie
 * Calls Hillary Clinton" as one name) and the cue model sees a capitalised word in mid-sentence.
 *
 * <p>A word reads as lower case when all of these hold:
 * <ul>
 *   <li>its sentence is in title case ({@link #isTitleCase}: four words or more, at least 70% of them capitalised,
 *       at most one other than the minor words in lower case);
 *   <li>it does not open the sentence, a quotation or what follows a colon (where any sentence capitalises);
 *   <li>it is not written in capitals ("GOP", "HATE": an acronym or a shout, left as written), unless every word of
 *       its sentence is ("WAS ANYONE ELSE INVOLVED?": a subheading in capitals);
 *   <li>the text never capitalises it inside a sentence that is not in title case (so names stay names: "Trump",
 *       "Fox News" written in the body);
 *   <li>it is a known lower-case word: written in lower case elsewhere in the text, or sharing its stem with such a
 *       word (the language's {@code headline-inflections} endings: "Praises", "praised"; "Sends", "send"), or a
 *       function word, or a
 *       word of the language's cue lexicon (curated or learned: "Slams", "Endorses").
 * </ul>
 * A language without a {@code headline-inflections} list keeps the case of its headlines (German capitalises every
 * noun). Stateless apart from the word lists it caches, and thread-safe.
 */
final class HeadlineCase {
    /** A title-case sentence has at least this many words ... */
    static final int MIN_WORDS = 4;
    /** ... and at least this share of them capitalised. */
    static final double MIN_CAPITALISED = 0.7;
    /** ... and at most this many words in lower case other than minor words (one slip: "Violence is Beyond"). */
    static final int MAX_LOWER = 1;
    /** Stems shorter than this are never compared ("tie" is as short as a stem gets). */
    private static final int MIN_STEM = 3;
    /** Each language's {@link #endings}: immutable lists, read from the word lists once. */
    private static final Map<String, List<String>> ENDINGS = new ConcurrentHashMap<>();

    private HeadlineCase() {
    }

    /**
     * {@code d} with the words of its title-case sentences that read as lower case flagged (see the class comment);
     * {@code d} itself when it has none or its language has no {@code headline-inflections} list.
     */
    static Doc apply(Doc d, CueLexicon lex) {
        List<String> endings = endings(d.language);
        if (endings.isEmpty()) {
            return d;
        }
        boolean[] title = new boolean[d.sentences()];
        boolean any = false;
        for (int s = 0; s < d.sentences(); s++) {
            title[s] = isTitleCase(d, s);
            any |= title[s];
        }
        if (!any) {
            return d;
        }
        Set<String> capitalisedInProse = capitalisedInProse(d, title);
        Set<String> stems = new HashSet<>();
        for (String w : d.lowerSeen) {
            stems.add(w); // "send" is the stem of "Sends" as it stands
            stems.add(stem(w, endings));
        }
        boolean[] flags = new boolean[d.tokens()];
        boolean found = false;
        for (int s = 0; s < d.sentences(); s++) {
            if (!title[s]) {
                continue;
            }
            boolean shouted = allInCapitals(d, s);
            for (int i = d.sentFirst[s] + 1; i < d.sentLast[s]; i++) {
                String w = d.lower[i];
                if (!d.writtenCapitalised(i) || opening(d, i) || inCapitals(d, i) && !shouted
                        || capitalisedInProse.contains(w)) {
                    continue;
                }
                if (d.lowerSeen.contains(w) || QuoteFinder.FUNCTION_WORDS.contains(w) || lex.isCandidate(w)
                        || lex.isCue(w) || stems.contains(stem(w, endings))) {
                    flags[i] = true;
                    found = true;
                }
            }
        }
        return found ? d.withHeadlineCase(flags) : d;
    }

    /** The language's inflection endings, longest first; empty when it has no list. Sorted once per language. */
    private static List<String> endings(String language) {
        return ENDINGS.computeIfAbsent(language == null ? "" : language, l -> Words.of(l, "headline-inflections")
                .stream()
                .sorted((a, b) -> b.length() - a.length() != 0 ? b.length() - a.length() : a.compareTo(b))
                .toList());
    }

    /** {@code w} without the longest of {@code endings} that leaves at least {@link #MIN_STEM} letters. */
    static String stem(String w, List<String> endings) {
        for (String e : endings) {
            if (w.length() >= e.length() + MIN_STEM && w.endsWith(e)) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }

    /**
     * A sentence set in title case: at least {@link #MIN_WORDS} words (tokens that open with a letter), at least
     * {@link #MIN_CAPITALISED} of them written capitalised ({@link #mostlyCapitalised}), and at most
     * {@link #MAX_LOWER} written in lower case besides the language's {@code title-minor-words} ("of", "to", "with"):
     * "Russian Foreign Minister Boris Kamenev met reporters" is a sentence full of names, not a headline.
     */
    static boolean isTitleCase(Doc d, int s) {
        if (!mostlyCapitalised(d, s)) {
            return false;
        }
        Set<String> minor = Words.of(d.language == null ? "" : d.language, "title-minor-words");
        int lower = 0;
        for (int k = d.sentFirst[s]; k < d.sentLast[s]; k++) {
            if (Character.isLetter(d.text.charAt(d.start[k])) && !d.writtenCapitalised(k) && !d.quoted[k]
                    && !minor.contains(d.lower[k])) {
                lower++;
            }
        }
        return lower <= MAX_LOWER;
    }

    /**
     * At least {@link #MIN_WORDS} words (tokens that open with a letter), at least {@link #MIN_CAPITALISED} of them
     * written capitalised.
     */
    static boolean mostlyCapitalised(Doc d, int s) {
        int words = 0;
        int caps = 0;
        for (int k = d.sentFirst[s]; k < d.sentLast[s]; k++) {
            if (Character.isLetter(d.text.charAt(d.start[k]))) {
                words++;
                caps += d.writtenCapitalised(k) ? 1 : 0;
            }
        }
        return words >= MIN_WORDS && caps >= MIN_CAPITALISED * words;
    }

    /** Where any sentence capitalises: after an opening quotation mark, a parenthesis or a colon. */
    private static boolean opening(Doc d, int i) {
        return d.isQuoteMark(i - 1) || d.is(i - 1, '(') || d.is(i - 1, ':');
    }

    /**
     * A sentence whose words are all written in capitals ("WAS ANYONE ELSE INVOLVED?", a subheading): its words are
     * read like a title-case headline's; an acronym stays by being capitalised in prose ("US") or no known word.
     */
    private static boolean allInCapitals(Doc d, int s) {
        for (int k = d.sentFirst[s]; k < d.sentLast[s]; k++) {
            if (Character.isLetter(d.text.charAt(d.start[k])) && !inCapitals(d, k)) {
                return false;
            }
        }
        return true;
    }

    /** A word of two letters or more written all in capitals. */
    static boolean inCapitals(Doc d, int i) {
        String t = d.token(i);
        return t.length() > 1 && t.equals(t.toUpperCase(Locale.ROOT));
    }

    /**
     * Lower-case forms of the words the text capitalises inside a sentence that is not in title case (not at its
     * start, nor after a quotation mark, parenthesis or colon): names, wherever else they stand.
     */
    private static Set<String> capitalisedInProse(Doc d, boolean[] title) {
        Set<String> out = new HashSet<>();
        for (int s = 0; s < d.sentences(); s++) {
            if (title[s]) {
                continue;
            }
            for (int i = d.sentFirst[s] + 1; i < d.sentLast[s]; i++) {
                if (d.writtenCapitalised(i) && !opening(d, i)) {
                    out.add(d.lower[i]);
                }
            }
        }
        return out;
    }
}
