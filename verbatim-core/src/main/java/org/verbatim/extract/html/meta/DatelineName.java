package org.verbatim.extract.html.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.verbatim.extract.date.DateMatch;
import org.verbatim.extract.date.DateParser;

/**
 * A byline shown without a label, as the name beside the date under a headline: "Jane Doe 23.07.2025 · 6 min read",
 * "Dec 26, 2025 • Jane Doe in Politics". Read from the text that follows the headline (before pruning), for pages
 * whose markup and text name nobody else: the name is the two or three capitalised words just before the first date
 * (after the start of that text or the end of a sentence), or just after it behind a bullet or bar.
 */
final class DatelineName {
    /** How far into the text after the headline the date may start. */
    static final int MAX_DATE_START = 200;
    /** Words of a name read at most. */
    static final int MAX_WORDS = 3;
    /** Separators between a date and the name after it. */
    private static final String SEPARATORS = "·•|–—-";

    private DatelineName() {
    }

    /** The name beside the first date of {@code after} (the text after the headline), or {@code null}. */
    static String find(String after, DateParser dates) {
        if (after == null || after.isEmpty()) {
            return null;
        }
        String window = after.length() > MAX_DATE_START + 100 ? after.substring(0, MAX_DATE_START + 100) : after;
        Optional<DateMatch> m = dates.find(window);
        if (m.isEmpty() || m.get().start() > MAX_DATE_START) {
            return null;
        }
        String before = nameBefore(window.substring(0, m.get().start()));
        return before != null ? before : nameAfter(window.substring(m.get().end()));
    }

    /**
     * The last two or three words before the date, when they start the text or follow a sentence's end or a
     * separator ("... across geographies. Jane Doe 23.07.2025").
     */
    private static String nameBefore(String text) {
        String[] tokens = text.strip().split("\\s+");
        List<String> name = new ArrayList<>(MAX_WORDS);
        int i = tokens.length - 1;
        while (i >= 0 && name.size() < MAX_WORDS && isNameWord(tokens[i])) {
            name.add(0, tokens[i]);
            i--;
        }
        boolean opens = i < 0 || endsSentence(tokens[i]) || isSeparator(tokens[i]);
        return opens ? person(name) : null;
    }

    /** The two or three words after a separator that follows the date ("• Jane Doe in Politics"). */
    private static String nameAfter(String text) {
        String[] tokens = text.strip().split("\\s+");
        if (tokens.length < 3 || !isSeparator(tokens[0])) {
            return null;
        }
        List<String> name = new ArrayList<>(MAX_WORDS);
        int i = 1;
        while (i < tokens.length && name.size() < MAX_WORDS && isNameWord(tokens[i])) {
            name.add(tokens[i]);
            i++;
        }
        boolean ends = i >= tokens.length || isSeparator(tokens[i])
                || BylinePhrase.STOP_WORDS.contains(tokens[i].toLowerCase(Locale.ROOT));
        return ends ? person(name) : null;
    }

    private static String person(List<String> words) {
        if (words.size() < 2) {
            return null;
        }
        String name = String.join(" ", words);
        return AuthorReader.nameLike(name) && AuthorReader.looksLikePersonName(name)
                && !AuthorReader.hasOrganisationWord(name) ? name : null;
    }

    /** A capitalised word of letters (an apostrophe or hyphen inside), not a byline stop word. */
    private static boolean isNameWord(String token) {
        if (token.isEmpty() || !Character.isUpperCase(token.codePointAt(0))
                || BylinePhrase.STOP_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '-' && c != '\u2019') {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String token) {
        if (token.isEmpty()) {
            return true; // nothing before the name
        }
        char last = token.charAt(token.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    private static boolean isSeparator(String token) {
        return token.length() == 1 && SEPARATORS.indexOf(token.charAt(0)) >= 0;
    }
}
