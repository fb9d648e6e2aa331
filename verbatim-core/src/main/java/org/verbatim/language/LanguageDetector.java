package org.verbatim.language;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small, fast language identifier for article text: returns a BCP-47 primary language tag ({@code en}, {@code de},
 * {@code ja}...) or {@code null} when unsure.
 *
 * <p>First the dominant script of the letters decides: Han with kana is {@code ja}, Han alone {@code zh}, Hangul
 * {@code ko}, Greek {@code el}, Hebrew {@code he}, Arabic {@code ar} (or {@code fa}/{@code ur} by their extra letters),
 * Devanagari {@code hi}, and so on. Within Latin and Cyrillic, the languages compete on how many of the text's words
 * are among their most frequent function words ({@code stopwords.properties}), helped by letters that only some of
 * them use ({@code letters.properties}). At most {@value #SAMPLE_CHARS} characters are read.
 *
 * <p>Immutable and thread-safe; use {@link #standard()}.
 */
public final class LanguageDetector {
    /** How many characters of the text are examined. */
    public static final int SAMPLE_CHARS = 2000;
    /** Fewer letters than this: too little to tell. */
    static final int MIN_LETTERS = 20;
    /** The winner needs at least this many stopword hits... */
    static final int MIN_HITS = 3;
    /** ...covering at least this share of the words... */
    static final double MIN_HIT_SHARE = 0.06;
    /**
     * ...and a lead over the runner-up of at least {@value #MIN_LEAD} points and this share of its own score (close
     * languages share many words, so the lead, not the ratio, carries the evidence).
     */
    static final double MIN_LEAD_SHARE = 0.05;
    static final double MIN_LEAD = 2;
    /** What one distinctive letter is worth, in stopword hits. */
    static final double LETTER_WEIGHT = 0.5;
    /** Share of kana among Han and kana letters above which the text is Japanese. */
    static final double MIN_KANA_SHARE = 0.05;
    /** Weight of a CJK or Hangul character against a Latin letter when finding the dominant script (about a word). */
    static final int IDEOGRAPH_WEIGHT = 3;

    /** Languages told by their script alone (see {@link #detect}), besides those of the word lists. */
    static final Set<String> SCRIPT_LANGUAGES = Set.of("ja", "zh", "ko", "el", "he", "ar", "fa", "ur", "hi", "th",
            "ka", "hy", "bn", "ta");

    private static final LanguageDetector STANDARD = load();

    private final List<String> languages;
    private final Map<String, int[]> languagesByWord;
    /** The same words, for lookups without building a string ({@link #lookUp}). */
    private final WordTable table;
    /** The longest word of the lists: longer words are not looked up (lower-casing never shortens a word). */
    private final int maxWordLength;
    /** Language index by lower-case letter, -1 for none: an array, since every letter of the sample is looked up. */
    private final int[] languageByLetter;
    private final Map<String, UnicodeScript> scriptOf;

    private LanguageDetector(List<String> languages, Map<String, int[]> byWord, Map<Integer, Integer> byLetter,
            Map<String, UnicodeScript> scriptOf) {
        this.languages = List.copyOf(languages);
        this.languagesByWord = Map.copyOf(byWord);
        this.table = new WordTable(byWord);
        this.maxWordLength = byWord.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.languageByLetter = letterTable(byLetter);
        this.scriptOf = Map.copyOf(scriptOf);
    }

    private static int[] letterTable(Map<Integer, Integer> byLetter) {
        int size = byLetter.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        int[] table = new int[size];
        java.util.Arrays.fill(table, -1);
        byLetter.forEach((cp, l) -> table[cp] = l);
        return table;
    }

    /** The detector with the bundled word lists. */
    public static LanguageDetector standard() {
        return STANDARD;
    }

    /**
     * Whether {@code lowerCaseWord} is one of the frequent function words of some language the detector knows
     * ("the", "und", "les"): words that two titles share without meaning the same story.
     */
    public boolean isFunctionWord(String lowerCaseWord) {
        return languagesByWord.containsKey(lowerCaseWord);
    }

    /**
     * Whether {@link #detect} can answer {@code language} (a primary tag such as {@code de}): a text in a language it
     * does not know may be read as a neighbour (Luxembourgish as German), so a disagreement proves nothing then.
     */
    public boolean knows(String language) {
        return SCRIPT_LANGUAGES.contains(language) || languages.contains(language);
    }

    /** The primary language tag of {@code text}, or {@code null} when the text is too short or unclear. */
    public String detect(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String sample = sample(text);
        ScriptCounts counts = ScriptCounts.of(sample);
        if (counts.letters < MIN_LETTERS) {
            return null;
        }
        UnicodeScript dominant = counts.dominant();
        return switch (dominant) {
            case HAN, HIRAGANA, KATAKANA -> counts.kana() >= MIN_KANA_SHARE * (counts.kana() + counts.get(UnicodeScript.HAN))
                    ? "ja" : "zh";
            case HANGUL -> "ko";
            case GREEK -> "el";
            case HEBREW -> "he";
            case ARABIC -> ArabicScript.language(sample);
            case DEVANAGARI -> "hi";
            case THAI -> "th";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case LATIN, CYRILLIC -> byWords(sample, dominant, null);
            default -> null;
        };
    }

    private String byWords(String sample, UnicodeScript script, Map<String, String> trace) {
        char[] buffer = new char[maxWordLength];
        double[] score = new double[languages.size()];
        int[] hits = new int[languages.size()];
        int words = 0;
        int i = 0;
        int n = sample.length();
        while (i < n) {
            while (i < n && !isWordChar(sample.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(sample.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                int[] langs = i - start > maxWordLength ? null : lookUp(sample, start, i, buffer);
                if (langs != null) {
                    for (int l : langs) {
                        hits[l]++;
                        score[l]++;
                    }
                }
            }
        }
        for (int k = 0; k < n; k++) {
            char lower = Character.toLowerCase(sample.charAt(k));
            if (lower < languageByLetter.length && languageByLetter[lower] >= 0) {
                score[languageByLetter[lower]] += LETTER_WEIGHT;
            }
        }
        if (trace != null) {
            for (int l = 0; l < score.length; l++) {
                if (score[l] > 0) {
                    trace.put(languages.get(l), String.format(Locale.ROOT, "%.1f/%d of %d", score[l], hits[l], words));
                }
            }
        }
        return winner(score, hits, words, script);
    }

    /** Diagnostics: the Latin/Cyrillic scores of {@code text} (score/hits of words), for tuning the word lists. */
    Map<String, String> explain(String text) {
        Map<String, String> trace = new java.util.TreeMap<>();
        String sample = sample(text);
        UnicodeScript dominant = ScriptCounts.of(sample).dominant();
        trace.put("script", dominant.name());
        if (dominant == UnicodeScript.LATIN || dominant == UnicodeScript.CYRILLIC) {
            byWords(sample, dominant, trace);
        }
        return trace;
    }

    private String winner(double[] score, int[] hits, int words, UnicodeScript script) {
        int best = -1;
        int second = -1;
        for (int l = 0; l < score.length; l++) {
            if (scriptOf.get(languages.get(l)) != script) {
                continue;
            }
            if (best < 0 || score[l] > score[best]) {
                second = best;
                best = l;
            } else if (second < 0 || score[l] > score[second]) {
                second = l;
            }
        }
        if (best < 0 || hits[best] < MIN_HITS || hits[best] < MIN_HIT_SHARE * words) {
            return null;
        }
        if (second >= 0 && score[best] - score[second] < Math.max(MIN_LEAD, MIN_LEAD_SHARE * score[best])) {
            return null;
        }
        return languages.get(best);
    }

    /**
     * The languages of the word {@code sample[start, end)}, as the word lists' map gives them for the word lower-cased
     * in the root locale. The word is lower-cased char by char into {@code buffer} and looked up in {@link #table}
     * without building a string (this runs for every word of the sample); the few letters whose root-locale lower
     * case is not the char's own (dotted capital I, capital sigma, surrogates) take the map.
     */
    private int[] lookUp(String sample, int start, int end, char[] buffer) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            char c = sample.charAt(k);
            if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
                return languagesByWord.get(sample.substring(start, end).toLowerCase(Locale.ROOT));
            }
            char lower = Character.toLowerCase(c);
            buffer[k - start] = lower;
            hash = 31 * hash + lower;
        }
        return table.get(buffer, end - start, hash);
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (char) ((c | 0x20) - 'a') < 26; // ASCII: the letters only
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * The word lists as an open-addressing table keyed by the words' chars, looked up with a char buffer and the
     * word's {@link String#hashCode} so that no string is built per word. Immutable after construction.
     */
    private static final class WordTable {
        private final char[][] keys;
        private final int[][] values;
        private final int mask;

        WordTable(Map<String, int[]> byWord) {
            int size = Integer.highestOneBit(Math.max(4, byWord.size() * 4));
            keys = new char[size][];
            values = new int[size][];
            mask = size - 1;
            byWord.forEach((word, langs) -> {
                int i = slot(word.hashCode());
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = word.toCharArray();
                values[i] = langs;
            });
        }

        private int slot(int hash) {
            return (hash ^ (hash >>> 16)) & mask;
        }

        int[] get(char[] word, int length, int hash) {
            for (int i = slot(hash); keys[i] != null; i = (i + 1) & mask) {
                if (keys[i].length == length && java.util.Arrays.equals(keys[i], 0, length, word, 0, length)) {
                    return values[i];
                }
            }
            return null;
        }
    }

    private static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int end = SAMPLE_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static LanguageDetector load() {
        Properties stop = read("stopwords.properties");
        Properties letters = read("letters.properties");
        List<String> langs = new ArrayList<>(new TreeSet<>(stop.stringPropertyNames()));
        Map<String, List<Integer>> byWord = new HashMap<>();
        Map<String, UnicodeScript> scriptOf = new HashMap<>();
        for (int l = 0; l < langs.size(); l++) {
            String[] words = stop.getProperty(langs.get(l)).strip().split("\\s+");
            scriptOf.put(langs.get(l), UnicodeScript.of(words[0].codePointAt(0)));
            for (String w : words) {
                List<Integer> ls = byWord.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                if (!ls.contains(l)) {
                    ls.add(l);
                }
            }
        }
        Map<String, int[]> byWordArrays = new HashMap<>();
        byWord.forEach((w, ls) -> byWordArrays.put(w, ls.stream().mapToInt(Integer::intValue).toArray()));
        Map<Integer, Integer> byLetter = new HashMap<>();
        for (String lang : letters.stringPropertyNames()) {
            int l = langs.indexOf(lang);
            if (l < 0) {
                throw new IllegalStateException("letters for " + lang + " but no stopwords");
            }
            letters.getProperty(lang).strip().codePoints().forEach(cp -> byLetter.put(cp, l));
        }
        return new LanguageDetector(langs, byWordArrays, byLetter, scriptOf);
    }

    private static Properties read(String name) {
        return org.verbatim.internal.Resources.properties(LanguageDetector.class, name);
    }

    /** Letters per script in a sample. */
    private static final class ScriptCounts {
        private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
        /** Letters by script ordinal (an array: this runs once per character of the sample). */
        private final int[] counts = new int[SCRIPTS.length];
        private int letters;

        static ScriptCounts of(String s) {
            ScriptCounts c = new ScriptCounts();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetter(cp)) {
                    c.letters++;
                    c.counts[scriptOf(cp).ordinal()]++;
                }
            }
            return c;
        }

        /** The script of a letter; the letters of Latin-1 (but the micro sign) are Latin without the table search. */
        private static UnicodeScript scriptOf(int letter) {
            return letter < 0x100 && letter != 0xB5 ? UnicodeScript.LATIN
                    : UnicodeScript.of(letter);
        }

        int get(UnicodeScript s) {
            return counts[s.ordinal()];
        }

        int kana() {
            return get(UnicodeScript.HIRAGANA) + get(UnicodeScript.KATAKANA);
        }

        /** The script with most weight; Han, kana and Hangul count {@value #IDEOGRAPH_WEIGHT}-fold and kana joins Han. */
        UnicodeScript dominant() {
            UnicodeScript best = UnicodeScript.COMMON;
            int bestWeight = 0;
            for (UnicodeScript script : SCRIPTS) {
                int w = counts[script.ordinal()] == 0 ? 0 : weight(script);
                if (w > bestWeight) {
                    best = script;
                    bestWeight = w;
                }
            }
            return best;
        }

        private int weight(UnicodeScript s) {
            return switch (s) {
                case HAN, HIRAGANA, KATAKANA -> IDEOGRAPH_WEIGHT * (get(UnicodeScript.HAN) + kana());
                case HANGUL -> IDEOGRAPH_WEIGHT * get(s);
                default -> get(s);
            };
        }
    }
}
