package org.verbatim.extract.html.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.verbatim.extract.date.DateMatch;
import org.verbatim.extract.html.dom.HintSet;

/**
 * A byline as a reader sees it in the text: a label ("By", "Written by", "Posted by", "Von", "Par", "Por", "Author:";
 * {@code byline-labels.txt}) followed by the credited names, up to what follows them in the same line (a date, a
 * bar or bullet, "on", "in", a role, the next element). Used for pages that mark no byline in their markup.
 *
 * <p>{@link #opens} is the cheap test run on every element of the DOM pass: does the element's own text start with a
 * label? {@link #parts} then reads the credited parts from the element's text (names in separate elements apart).
 */
final class BylinePhrase {
    /** Labels that open a byline, lower case, longest first (so that "written by" is tried before "by"). */
    static final List<String> LABELS = HintSet.readLines("byline-labels.txt").stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    /** The labels by their first letter (lower case; {@code null} where none starts with it), longest first. */
    private static final List<List<String>> BY_FIRST_LETTER = byFirstLetter();
    /** Words that end the names of a byline when they follow them ("on Friday", "in Politics", "at 3 pm"). */
    static final Set<String> STOP_WORDS = Set.copyOf(HintSet.readLines("byline-stops.txt"));
    /** Characters that end the names of a byline. */
    private static final String HARD_STOPS = "|·•●◦▪–—()[]{}!?:\"“”«»#@/\\0123456789";
    /** Labels of the author boxes that may end an article, lower case ({@code byline-box-labels.txt}). */
    static final List<String> BOX_LABELS = HintSet.readLines("byline-box-labels.txt");
    /** How many elements from the headline a byline may stand, before or after it. */
    static final int NEAR_ELEMENTS = 60;
    /** Children of an element whose texts are looked at for a label. */
    static final int CHILDREN_LOOKED_AT = 4;
    /** How far into a byline text its label may stand (after a date or an icon's text). */
    static final int LABEL_WITHIN = 80;
    /** Most words read after the label. */
    static final int MAX_WORDS = 24;
    /** Honorifics written with a full stop before a name ({@code name-honorifics.txt}), lower case, no stop. */
    static final Set<String> HONORIFICS = Set.copyOf(HintSet.readLines("name-honorifics.txt"));
    /** Element boundaries in a bounded text ({@link AuthorReader#boundedText}). */
    static final String BOUNDARY = "; ";

    private BylinePhrase() {
    }

    /**
     * Whether one of the element's own texts among its first {@link #CHILDREN_LOOKED_AT} children starts with a byline
     * label followed by a space, a colon, the end of the text, or a capital glued to it ("ByJane Doe"), and then not
     * by a lower-case word ("by the way" is prose); "<time>May 3</time> By <a>Jane Doe</a>" opens a byline too.
     */
    static boolean opens(Element e) {
        int n = Math.min(e.childNodeSize(), CHILDREN_LOOKED_AT);
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (e.childNode(i) instanceof TextNode t) {
                String s = t.getWholeText();
                int from = skipFiller(s, 0);
                int end = from < s.length() ? labelEnd(s, from) : -1;
                if (end > 0 && (!opensProse(s, end) || i == e.childNodeSize() - 1 && handleByline(e, s, from, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the text after a label at {@code end} is prose: a lower-case word ("by the way", "by clicking"), but
     * for "the" or "our" before a capitalised word ("By the Example Team"). Names start with a capital or follow in
     * the next element.
     */
    private static boolean opensProse(String s, int end) {
        if (end >= s.length() || !Character.isLowerCase(s.charAt(end))) {
            return false;
        }
        int space = end;
        while (space < s.length() && !Character.isWhitespace(s.charAt(space))) {
            space++;
        }
        String word = s.substring(end, space);
        int next = space;
        while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
            next++;
        }
        boolean team = word.equals("the") || word.equals("our");
        return !team || next >= s.length() || !Character.isUpperCase(s.charAt(next));
    }

    /** Inline formatting, where "by value" is emphasised prose rather than a byline. */
    private static final Set<String> EMPHASIS = Set.of("strong", "b", "em", "i", "code", "a", "u", "mark");

    /**
     * Whether the element's last text node is a "by" label and one login name and nothing more ("by jdoe"), as a
     * blog shows it, in an element that is not inline formatting ("<strong>by value</strong>" is prose).
     */
    private static boolean handleByline(Element e, String s, int from, int end) {
        return !EMPHASIS.contains(e.normalName()) && endsWithBy(s.substring(from, end))
                && isHandle(s.substring(end).strip());
    }

    /** Whether a label is a "by" label ("by", "Posted by:", "written by"): the others ("Author:") precede form fields. */
    private static boolean endsWithBy(String label) {
        String l = label.strip();
        while (l.endsWith(":")) {
            l = l.substring(0, l.length() - 1).strip();
        }
        return l.regionMatches(true, Math.max(0, l.length() - 2), "by", 0, 2)
                && (l.length() == 2 || l.charAt(l.length() - 3) == ' ');
    }

    /** A login name a blog shows as its byline: one lower-case word, no function, role or label word. */
    static boolean isHandle(String word) {
        return AuthorReader.HANDLE.matcher(word).matches() && !AuthorReader.isNonNameWord(word)
                && !org.verbatim.language.LanguageDetector.standard().isFunctionWord(word) && !STOP_WORDS.contains(word);
    }

    /**
     * The phrases that belong to the article: those within {@link #NEAR_ELEMENTS} elements of its headline (bylines
     * stand just above or below it), and, after it, those opened by a label of the author boxes that end articles
     * ({@code byline-box-labels.txt}: "Written by", "About the author"). Teasers further down carry bylines too ("By
     * Jane Doe" under a related story). All phrases when the headline is unknown ({@code headlineOrder} -1).
     */
    static List<String> near(List<String> phrases, List<Integer> orders, int headlineOrder) {
        if (headlineOrder < 0) {
            return phrases;
        }
        List<String> out = new ArrayList<>(phrases.size());
        for (int i = 0; i < phrases.size(); i++) {
            int distance = orders.get(i) - headlineOrder;
            if (Math.abs(distance) <= NEAR_ELEMENTS || distance > 0 && opensAuthorBox(phrases.get(i))) {
                out.add(phrases.get(i));
            }
        }
        return out;
    }

    /**
     * Where an author box label standing inside a sentence ends ("This post was written by Jane Doe"), within the
     * first {@link #LABEL_WITHIN} characters and after a space; -1 when there is none. Bare labels ("by", "von")
     * inside a sentence are prose.
     */
    private static int boxLabelEnd(String flat) {
        String lower = flat.length() > LABEL_WITHIN + 20 ? flat.substring(0, LABEL_WITHIN + 20).toLowerCase(Locale.ROOT)
                : flat.toLowerCase(Locale.ROOT);
        for (String label : BOX_LABELS) {
            int i = lower.indexOf(label);
            if (i > 0 && i <= LABEL_WITHIN && lower.charAt(i - 1) == ' ') {
                int end = labelEnd(flat, i);
                if (end > 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** Whether the text opens with a label of an author box ("Written by", "About the author"). */
    static boolean opensAuthorBox(String text) {
        String flat = text.replace(BOUNDARY, " ").toLowerCase(Locale.ROOT);
        int from = skipFiller(flat, 0);
        for (String label : BOX_LABELS) {
            if (flat.startsWith(label, from)) {
                return true;
            }
        }
        return false;
    }

    /** Skips spaces, element boundaries and leading bullets or bars ("· By Jane Doe", "| Written by"). */
    private static int skipFiller(String s, int from) {
        int i = from;
        while (i < s.length() && isFiller(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A space, an element boundary, a bullet or a bar; an ASCII letter or digit (most texts' first) is none. */
    private static boolean isFiller(char c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            return false;
        }
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            return true; // the spaces between tags, most texts' filler: no table lookups
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || "|·•-–—\u0001".indexOf(c) >= 0;
    }

    /**
     * Where the label that starts at {@code from} ends (after a colon and spaces), or -1 when none starts there: a
     * label is followed by a space, a colon, the end, or an upper-case letter glued to it.
     */
    static int labelEnd(String s, int from) {
        if (from >= s.length()) {
            return -1;
        }
        char first = Character.toLowerCase(s.charAt(from));
        List<String> labels = first < BY_FIRST_LETTER.size() ? BY_FIRST_LETTER.get(first) : null;
        if (labels == null) {
            return -1; // most texts: no label starts with their first letter, and nothing is allocated
        }
        for (String label : labels) {
            if (!s.regionMatches(true, from, label, 0, label.length())) {
                continue;
            }
            int end = from + label.length();
            if (end == s.length()) {
                return end;
            }
            char next = s.charAt(end);
            boolean glued = Character.isUpperCase(next) && Character.isLowerCase(s.charAt(end - 1));
            if (Character.isWhitespace(next) || Character.isSpaceChar(next) || next == ':' || next == ';' || glued) {
                int i = end;
                while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))
                        || s.charAt(i) == ':')) {
                    i++;
                }
                return i;
            }
        }
        return -1;
    }

    /**
     * The credited parts of a byline text (element boundaries written as {@value #BOUNDARY}): what follows its label,
     * cut at the first date, hard stop or stop word, split at commas, ampersands, joining words and element
     * boundaries; each part keeps its words from the first to the last that is capitalised (or a particle, or a
     * team word such as "editors"). Empty when the text opens with no label or names nobody. {@code dates} reads the
     * date that ends the names.
     */
    static List<String> parts(String text, org.verbatim.extract.date.DateParser dates) {
        if (text == null) {
            return List.of();
        }
        String flat = text.replace(BOUNDARY, " \u0001 ");
        int segment = 0;
        while (segment >= 0 && segment <= LABEL_WITHIN && segment < flat.length()) {
            int at = labelEnd(flat, skipFiller(flat, segment));
            if (at > 0) {
                String rest = cutAtDate(flat.substring(at), dates);
                String lone = rest.replace("\u0001", " ").strip();
                if (isHandle(lone) && endsWithBy(flat.substring(skipFiller(flat, segment), at))) {
                    return List.of(lone); // "by jdoe": the login name alone
                }
                return split(rest);
            }
            int next = flat.indexOf('\u0001', segment);
            segment = next < 0 ? -1 : next + 1;
        }
        int box = boxLabelEnd(flat);
        return box < 0 ? List.of() : split(cutAtDate(flat.substring(box), dates));
    }

    /** {@code rest} up to the first date in it (a date has digits: no parsing without them). */
    private static String cutAtDate(String rest, org.verbatim.extract.date.DateParser dates) {
        String window = rest.length() > MAX_REST ? rest.substring(0, MAX_REST) : rest;
        boolean digits = false;
        for (int i = 0; i < window.length() && !digits; i++) {
            digits = Character.isDigit(window.charAt(i));
        }
        if (!digits) {
            return window;
        }
        Optional<DateMatch> date = dates.find(window);
        return date.isPresent() ? window.substring(0, date.get().start()) : window;
    }

    /** How much of a byline after its label is read. */
    private static final int MAX_REST = 200;

    /** Runs of spaces (no-break ones too) between a byline's tokens, compiled once rather than per byline. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    /** Splits the names part of a byline into credited parts (see {@link #parts}). */
    private static List<String> split(String rest) {
        List<String> out = new ArrayList<>(2);
        List<String> current = new ArrayList<>(4);
        String[] tokens = SPACES.split(rest);
        boolean boundaryPending = false;
        boolean prose = false;
        int words = 0;
        for (String raw : tokens) {
            if (raw.isEmpty()) {
                continue;
            }
            if (raw.equals("\u0001")) {
                boundaryPending = true;
                continue;
            }
            if (++words > MAX_WORDS) {
                break;
            }
            String token = raw;
            boolean endsPart = false;
            while (!token.isEmpty() && ",;&".indexOf(token.charAt(token.length() - 1)) >= 0) {
                token = token.substring(0, token.length() - 1);
                endsPart = true;
            }
            if (token.equals("&") || token.isEmpty()) {
                if (!close(current, out)) {
                    break;
                }
                boundaryPending = false;
                continue;
            }
            String lower = token.toLowerCase(Locale.ROOT);
            if (AuthorReader.isJoiner(lower)) {
                if (!close(current, out)) {
                    break;
                }
                boundaryPending = false;
                continue;
            }
            if (boundaryPending && !current.isEmpty()) {
                break; // the next element after a name: a role, a date, the body; not another name
            }
            boundaryPending = false;
            if (hasHardStop(token) || token.equals("-") || STOP_WORDS.contains(lower)) {
                break;
            }
            boolean sentenceEnd = token.length() > 2 && token.endsWith(".")
                    && Character.isLowerCase(token.charAt(token.length() - 2))
                    && !(current.isEmpty() && isHonorific(token)); // "By Dr. Jane Doe"
            if (sentenceEnd) {
                token = token.substring(0, token.length() - 1); // "...by Erik Demaine."
            }
            if (!nameWord(token, current.isEmpty())) {
                prose = true;
                break;
            }
            current.add(token);
            if (sentenceEnd || endsPart && !close(current, out)) {
                break;
            }
        }
        close(current, out);
        if (prose && out.stream().noneMatch(part -> part.indexOf(' ') > 0)) {
            return List.of(); // "Von Stagnation bis Absturz", "von Montag, den 1. Mai": prose, not a byline
        }
        return out;
    }

    /** A word may stand in a name: capitalised, a particle, a team word, or "the"/"our" opening a team credit. */
    private static boolean nameWord(String token, boolean first) {
        int cp = token.codePointAt(0);
        if (Character.isUpperCase(cp) || !Character.isLetter(cp)) {
            return Character.isLetter(cp);
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (!Character.isLowerCase(cp)) {
            return true; // scripts without case
        }
        return AuthorReader.PARTICLES.contains(lower) && !first || AuthorReader.isTeamWord(lower)
                || first && (lower.equals("the") || lower.equals("our"));
    }

    /** "Dr.", "Prof.": an honorific with its full stop. */
    static boolean isHonorific(String token) {
        return token.endsWith(".")
                && HONORIFICS.contains(token.substring(0, token.length() - 1).toLowerCase(Locale.ROOT));
    }

    private static boolean hasHardStop(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (HARD_STOPS.indexOf(token.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Adds the words read so far as one part; false when there were none (the list ends). */
    private static boolean close(List<String> current, List<String> out) {
        if (current.isEmpty()) {
            return !out.isEmpty();
        }
        out.add(String.join(" ", current));
        current.clear();
        return true;
    }

    private static List<List<String>> byFirstLetter() {
        int size = LABELS.stream().mapToInt(l -> l.charAt(0)).max().orElse(0) + 1;
        List<List<String>> out = new ArrayList<>(java.util.Collections.nCopies(size, (List<String>) null));
        for (String label : LABELS) {
            char c = label.charAt(0);
            if (out.get(c) == null) {
                out.set(c, new ArrayList<>());
            }
            out.get(c).add(label);
        }
        return out;
    }
}
