package org.verbatim.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.verbatim.extract.date.DateMatch;
import org.verbatim.extract.date.DateParser;

/** Classifies single lines of scraped text, looking at the line alone (the layout then uses the neighbours). */
final class LineClassifier {
    /** Lines with at least this many words that end like a sentence are prose. */
    static final int PROSE_MIN_WORDS = 8;
    /** Lines this long are prose whatever their ending. */
    static final int PROSE_MIN_CHARS = 200;
    /** Longest dateline or byline, in characters. */
    static final int MAX_DATELINE = 120;
    static final int MAX_BYLINE = 160;
    /** Words other than date words a dateline may hold. */
    static final int DATELINE_SPARE_WORDS = 2;
    /** Lines shorter than this are checked against boilerplate prefixes; longer ones against contained phrases. */
    static final int MAX_PREFIX_LINE = 80;
    static final int MAX_CONTAINS_LINE = 250;
    static final int MAX_CAPTION = 300;
    /**
     * The longest line whose key ({@link Texts#key}) any test reads: the caption, byline, share-button and
     * boilerplate tests stop at their own shorter limits, and no listed line is longer (checked at start-up).
     */
    static final int MAX_KEYED_LINE = Math.max(MAX_CAPTION, Math.max(MAX_CONTAINS_LINE, MAX_BYLINE));
    /** A line of at least this many tokens, this share of them UI labels, is junk. */
    static final int JUNK_MIN_TOKENS = 4;
    static final double JUNK_LABEL_SHARE = 0.5;
    static final double JUNK_ICON_SHARE = 0.25;
    /** A menu line: this many segments between separators, of this many words on average at most. */
    static final int MENU_MIN_SEGMENTS = 3;
    static final double MENU_MAX_SEGMENT_WORDS = 3.5;
    /** Lines ending in "?" or "!" shorter than this are not prose. */
    static final int SHORT_QUESTION_MAX = 160;
    static final int SHARE_BUTTON_MAX_WORDS = 8;
    /** Glued words are only split after this many characters. */
    static final int GLUE_MIN_PREFIX = 4;
    /** Longest run of bare names (without "By") read as a byline. */
    static final int MAX_BARE_NAMES = 80;
    /** How many words before a date are searched for "Updated". */
    static final int UPDATE_MARKER_REACH = 4;
    private static final String BULLETS = "•·▪►*-–—";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*[·|•–—]\\s*");
    private static final Pattern TRAILING_LIST_MARKS = Pattern.compile("[,;]+$");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern DATELINE_SEPARATORS = Pattern.compile("[\\s|,;/·•()\\[\\]–—-]+");
    private static final Pattern LEADING_COLON = Pattern.compile("^\\s*:?\\s*");
    private static final String MENU_SEPARATORS = "|•·»›";

    private final TextVocabulary vocab;
    private final DateParser dates;

    LineClassifier(TextVocabulary vocab, DateParser dates) {
        this.vocab = vocab;
        this.dates = dates;
    }

    Unit classify(int index, String text) {
        int words = Texts.words(text);
        // no test reads the key of a line longer than every keyed test's limit: a paragraph is not lower-cased
        String key = Texts.keyLength(text) <= MAX_KEYED_LINE ? Texts.key(text) : null;
        if (isUiJunk(text)) {
            return unit(index, text, LineKind.JUNK, words);
        }
        if (key != null && vocab.sectionEnds.contains(key)) {
            return unit(index, text, LineKind.SECTION_END, words);
        }
        if (key != null && isBoilerplate(text, key)) {
            return unit(index, text, LineKind.BOILERPLATE, words);
        }
        Unit byline = byline(index, text, key, words);
        if (byline != null) {
            return byline;
        }
        Unit dateline = dateline(index, text, words);
        if (dateline != null) {
            return dateline;
        }
        // After bylines and datelines: "By Jane Doe | 24.01.2024 | Comments" has a menu's shape.
        if (isMenu(text) || key != null && isShareButton(key, words)) {
            return unit(index, text, LineKind.BOILERPLATE, words);
        }
        if (isCaption(text, key)) {
            return unit(index, text, LineKind.CAPTION, words);
        }
        if (text.length() > 2 && BULLETS.indexOf(text.charAt(0)) >= 0 && text.charAt(1) == ' ') {
            return unit(index, text, LineKind.LIST_ITEM, words);
        }
        if (text.length() >= PROSE_MIN_CHARS
                || (words >= PROSE_MIN_WORDS && Texts.endsSentence(text) && !isShortQuestion(text))) {
            return unit(index, text, LineKind.PROSE, words);
        }
        if (words >= PROSE_MIN_WORDS) {
            return unit(index, text, LineKind.SENTENCE, words);
        }
        return new Unit(index, text, LineKind.SHORT, words, null, null, bareNames(text));
    }

    /**
     * Names on a line of their own, without "By": "Jane Doe", "Jane Doe and John Roe", "Jane Doe · CBC News". Every
     * token before the first separator must belong to a name; empty otherwise. The layout only trusts these next to
     * a dateline or the headline.
     */
    List<String> bareNames(String text) {
        String head = (hasNameSeparator(text) ? NAME_SEPARATOR.split(text, 2)[0] : text).strip();
        if (head.isEmpty() || head.length() > MAX_BARE_NAMES) {
            return List.of();
        }
        String[] tokens = SPACES.split(head);
        Boolean allCaps = null;
        for (String raw : tokens) {
            String t = withoutListMarks(raw);
            String lower = t.toLowerCase(Locale.ROOT);
            if (vocab.uiWords.contains(lower) || vocab.boilerplateExact.contains(lower)) {
                return List.of();
            }
            boolean nameToken = !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && namePunctuationOnly(t);
            if (nameToken && t.length() > 2 && t.substring(1).equals(t.substring(1).toUpperCase(Locale.ROOT))) {
                if (allCaps == null) {
                    allCaps = head.equals(head.toUpperCase(Locale.ROOT));
                }
                nameToken = allCaps; // "SMITH" is a name in a line of capitals only
            }
            if (!nameToken && !vocab.nameParticles.contains(lower) && !vocab.nameJoiners.contains(lower)) {
                return List.of();
            }
        }
        String last = tokens[tokens.length - 1].toLowerCase(Locale.ROOT);
        if (vocab.nameParticles.contains(last) || vocab.nameJoiners.contains(last)) {
            return List.of();
        }
        return names(head);
    }

    /** A short line ending in "?" or "!" is more often a headline than running text. */
    private static boolean isShortQuestion(String text) {
        return text.length() < SHORT_QUESTION_MAX && (text.endsWith("?") || text.endsWith("!"));
    }

    /**
     * "Artikel auf Facebook teilen", "Share on X": a sharing verb and a network in a few words, or a row of such
     * buttons naming several networks.
     */
    boolean isShareButton(String key, int words) {
        if (key.length() > MAX_CONTAINS_LINE) {
            return false;
        }
        if (!vocab.shareVerbPhrases.in(key)) {
            return false; // no share verb anywhere, so none among the words
        }
        boolean verb = false;
        int networks = 0;
        int i = 0;
        int n = key.length();
        while (i < n) {
            int start = i;
            while (i < n) {
                int c = key.codePointAt(i);
                if (!(Character.isLetter(c) || c == '-')) {
                    break;
                }
                i += Character.charCount(c);
            }
            int length = i - start;
            if (length >= vocab.shareWordMin && length <= vocab.shareWordMax) {
                String w = key.substring(start, i);
                verb |= vocab.shareVerbs.contains(w);
                networks += vocab.socialNetworks.contains(w) ? 1 : 0;
            }
            if (i < n) {
                i += Character.charCount(key.codePointAt(i));
            }
        }
        // A row of buttons names several networks; a single button is a few words.
        return verb && networks > 0 && (words <= SHARE_BUTTON_MAX_WORDS || networks >= 2);
    }

    private static Unit unit(int index, String text, LineKind kind, int words) {
        return new Unit(index, text, kind, words, null, null, List.of());
    }

    /** Mostly icon names and control labels, with no sentence ending. */
    boolean isUiJunk(String text) {
        if (Texts.endsSentence(text)) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!vocab.uiSubstringPhrases.in(lower)) {
            return false; // no token holds an icon word: no icon, and junk needs some
        }
        String[] tokens = SPACES.split(lower);
        if (tokens.length < JUNK_MIN_TOKENS) {
            return false;
        }
        int labels = 0;
        int icons = 0;
        for (String t : tokens) {
            String w = Texts.key(t);
            if (vocab.uiSubstringPhrases.in(w)) {
                icons++;
                labels++;
            } else if (vocab.uiWords.contains(w)) {
                labels++;
            }
        }
        return icons >= JUNK_ICON_SHARE * tokens.length && labels >= JUNK_LABEL_SHARE * tokens.length;
    }

    private boolean isBoilerplate(String text, String key) {
        if (vocab.boilerplateExact.contains(key)) {
            return true;
        }
        if (text.length() <= MAX_PREFIX_LINE) {
            for (String p : vocab.boilerplatePrefixes) {
                if (Texts.startsWithWord(key, p)) {
                    return true;
                }
            }
        }
        if (text.length() <= MAX_CONTAINS_LINE) {
            if (vocab.boilerplatePhrases.in(key)) {
                return true;
            }
            return key.contains("©") || key.startsWith("copyright") || key.startsWith("(c) ");
        }
        return false;
    }

    /** "Home | News | Sport | Business": several very short segments between separators. */
    private static boolean isMenu(String text) {
        int separators = 0;
        for (int i = 0; i < text.length(); i++) {
            if (MENU_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                separators++;
            }
        }
        int segments = separators + 1;
        return segments >= MENU_MIN_SEGMENTS && Texts.words(text) <= MENU_MAX_SEGMENT_WORDS * segments
                && !Texts.endsSentence(text);
    }

    private boolean isCaption(String text, String key) {
        if (text.length() > MAX_CAPTION) {
            return false;
        }
        for (String p : vocab.captionPrefixes) {
            if (key.startsWith(p) && key.length() > p.length() && ":|/©".indexOf(key.charAt(p.length())) >= 0) {
                return true;
            }
        }
        return vocab.captionCreditPhrases.in(key);
    }

    /** A short line that is a date plus at most a few words such as "Published", a weekday or "5 min read". */
    private Unit dateline(int index, String text, int words) {
        if (text.length() > MAX_DATELINE) {
            return null;
        }
        List<DateMatch> found = dates.findAll(text);
        if (found.isEmpty()) {
            return null;
        }
        int spare = 0;
        int from = 0;
        for (DateMatch m : found) {
            spare += unknownWords(text.substring(from, m.start()));
            from = m.end();
        }
        spare += unknownWords(text.substring(from));
        if (spare > DATELINE_SPARE_WORDS) {
            return null;
        }
        DateMatch published = null;
        DateMatch updated = null;
        for (DateMatch m : found) {
            if (saysUpdated(text.substring(0, m.start())) && updated == null) {
                updated = m;
            } else if (published == null) {
                published = m;
            }
        }
        return new Unit(index, text, LineKind.DATELINE, words, published, updated, List.of());
    }

    /** Whether the words just before a date say it is an update; {@code before} is the line up to the date. */
    private boolean saysUpdated(String before) {
        String[] w = NON_LETTERS.split(before.toLowerCase(Locale.ROOT));
        for (int i = w.length - 1; i >= Math.max(0, w.length - UPDATE_MARKER_REACH); i--) {
            if (vocab.updatedWords.contains(w[i]) && !vocab.publishedWords.contains(w[i])) {
                return true;
            }
        }
        return false;
    }

    private int unknownWords(String s) {
        int n = 0;
        for (String w : DATELINE_SEPARATORS.split(s.toLowerCase(Locale.ROOT))) {
            String k = Texts.key(w);
            if (!k.isEmpty() && !vocab.publishedWords.contains(k) && !vocab.updatedWords.contains(k)
                    && !vocab.datelineFiller.contains(k) && !k.chars().allMatch(Character::isDigit)) {
                n++;
            }
        }
        return n;
    }

    /** "By Jane Doe and John Roe | 24 Jan 2024": a known prefix, then capitalised names. */
    private Unit byline(int index, String text, String key, int words) {
        if (text.length() > MAX_BYLINE) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String p : vocab.bylinePrefixes) {
            // "ByJane Doe": scrapers glue a capitalised prefix to the name that follows.
            boolean glued = lower.startsWith(p) && text.length() > p.length() + 1 && Character.isUpperCase(text.charAt(0))
                    && Character.isUpperCase(text.charAt(p.length())) && !Character.isUpperCase(text.charAt(1));
            if ((Texts.startsWithWord(lower, p) || glued) && lower.length() > p.length()) {
                String rest = LEADING_COLON.matcher(text.substring(p.length())).replaceFirst("");
                List<String> names = names(rest);
                if (!names.isEmpty()) {
                    Optional<DateMatch> date = dates.find(text);
                    return new Unit(index, text, LineKind.BYLINE, words, date.orElse(null), null, names);
                }
                return null;
            }
        }
        return null;
    }

    /** Reads person names from the start of {@code s}; empty when the words there are not names. */
    List<String> names(String s) {
        List<String> names = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : SPACES.split(s)) {
            if (raw.isEmpty()) {
                continue;
            }
            int glue = glueAt(raw);
            boolean glued = glue > 0;
            boolean endsList = !glued && raw.endsWith(",");
            String token = withoutListMarks(glued ? raw.substring(0, glue) : raw);
            String lower = token.toLowerCase(Locale.ROOT);
            if (token.isEmpty() || "|•·/–—-(".indexOf(token.charAt(0)) >= 0 || Character.isDigit(token.charAt(0))
                    || vocab.nameStops.contains(lower)) {
                break;
            }
            if (vocab.nameJoiners.contains(lower)) {
                if (!addName(current, names)) {
                    return List.of();
                }
                continue;
            }
            if (!Character.isUpperCase(token.codePointAt(0)) && !vocab.nameParticles.contains(lower)) {
                break;
            }
            if (current.isEmpty() && names.isEmpty() && vocab.nameParticles.contains(lower)) {
                return List.of(); // "von Landesspiegel": a name does not start with a particle
            }
            current.add(token);
            if (glued) {
                break;
            }
            if (endsList && !addName(current, names)) {
                return List.of();
            }
        }
        addName(current, names);
        return List.copyOf(names);
    }

    /**
     * Where a scraper glued the next word onto a name ("ExnerKorrespondent", "Rohr28.04.2023"): the index of the upper
     * case letter after a lower case one, or of the first digit after a letter; 0 when there is none. The first
     * {@value #GLUE_MIN_PREFIX} characters are never cut, so "McDonald", "DeSantis", "MacArthur" stay whole.
     */
    private static int glueAt(String token) {
        for (int k = GLUE_MIN_PREFIX; k < token.length(); k++) {
            char prev = token.charAt(k - 1);
            char c = token.charAt(k);
            if ((Character.isUpperCase(c) && Character.isLowerCase(prev)) || (Character.isDigit(c)
                    && Character.isLetter(prev))) {
                return k;
            }
        }
        return 0;
    }

    /** Adds the collected tokens as one name when they make a plausible one (2-5 tokens); clears them. */
    private static boolean addName(List<String> tokens, List<String> names) {
        if (tokens.isEmpty()) {
            return true;
        }
        boolean ok = tokens.size() >= 2 && tokens.size() <= 5;
        if (ok) {
            names.add(String.join(" ", tokens));
        }
        tokens.clear();
        return ok || !names.isEmpty();
    }

    /** Whether {@code text} has a character {@link #NAME_SEPARATOR} splits at ({@code ·|•–—}). */
    private static boolean hasNameSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '·' || c == '|' || c == '•' || c == '–' || c == '—') {
                return true;
            }
        }
        return false;
    }

    /** Letters, hyphens, full stops and apostrophes only. */
    private static boolean namePunctuationOnly(String t) {
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            if (!(Character.isLetter(c) || c == '-' || c == '.' || c == '\'')) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** {@code token} without trailing commas and semicolons (as {@code replaceAll("[,;]+$", "")}). */
    private static String withoutListMarks(String token) {
        return token.indexOf(',') < 0 && token.indexOf(';') < 0 ? token
                : TRAILING_LIST_MARKS.matcher(token).replaceAll("");
    }
}
