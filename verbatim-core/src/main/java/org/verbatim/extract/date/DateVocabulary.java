package org.verbatim.extract.date;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.verbatim.extract.common.Spaces;

/**
 * The words of visible dates, loaded from {@code months.properties} and {@code date-words.properties} beside this
 * class, and the regular-expression fragments built from them. Immutable.
 */
final class DateVocabulary {
    private final Map<String, Integer> months;
    private final Map<String, ZoneOffset> zones;
    private final Map<String, Boolean> pmByMarker;
    private final Properties words;

    private DateVocabulary(Map<String, Integer> months, Map<String, ZoneOffset> zones, Map<String, Boolean> pm,
            Properties words) {
        this.months = Map.copyOf(months);
        this.zones = Map.copyOf(zones);
        this.pmByMarker = Map.copyOf(pm);
        this.words = words;
    }

    /** Loads the bundled vocabulary; throws {@link IllegalStateException} when the data is inconsistent. */
    static DateVocabulary load() {
        Properties monthData = read("months.properties");
        Properties words = read("date-words.properties");
        Map<String, Integer> months = new HashMap<>();
        for (String lang : monthData.stringPropertyNames()) {
            String[] perMonth = monthData.getProperty(lang).split("\\|", -1);
            if (perMonth.length != 12) {
                throw new IllegalStateException("months." + lang + " has " + perMonth.length + " months, not 12");
            }
            for (int m = 0; m < 12; m++) {
                for (String name : split(perMonth[m])) {
                    Integer old = months.put(key(name), m + 1);
                    if (old != null && old != m + 1) {
                        throw new IllegalStateException("month name '" + name + "' is both " + old + " and " + (m + 1));
                    }
                }
            }
        }
        Map<String, ZoneOffset> zones = new HashMap<>();
        Map<String, Boolean> pm = new HashMap<>();
        for (String k : words.stringPropertyNames()) {
            if (k.startsWith("zone.")) {
                zones.put(key(k.substring(5)), ZoneOffset.of(words.getProperty(k).strip()));
            }
        }
        split(words.getProperty("time.am", "")).forEach(w -> pm.put(key(w), false));
        split(words.getProperty("time.pm", "")).forEach(w -> pm.put(key(w), true));
        return new DateVocabulary(months, zones, pm, words);
    }

    /** Month number (1-12) for a name as written (any case, with or without a trailing dot), or {@code null}. */
    Integer month(String name) {
        String k = key(name);
        if (k.endsWith(".")) {
            k = k.substring(0, k.length() - 1);
        }
        return months.get(Spaces.collapse(k));
    }

    /** Offset of a zone abbreviation, or {@code null}. */
    ZoneOffset zone(String abbreviation) {
        return zones.get(key(abbreviation));
    }

    /** {@code true} for a PM marker, {@code false} for AM, {@code null} for anything else. */
    Boolean isPm(String marker) {
        return pmByMarker.get(key(marker).replace(" ", ""));
    }

    /** Alternation of all month names, longest first, each not followed by a letter. */
    String monthAlternation() {
        return alternation(new ArrayList<>(months.keySet()), true);
    }

    String zoneAlternation() {
        return alternation(new ArrayList<>(zones.keySet()), true);
    }

    String ampmAlternation() {
        List<String> all = new ArrayList<>(split(words.getProperty("time.am", "")));
        all.addAll(split(words.getProperty("time.pm", "")));
        return alternation(all, true);
    }

    /** Alternation of the comma-separated list under {@code key} in {@code date-words.properties}. */
    String wordAlternation(String key) {
        return alternation(split(words.getProperty(key, "")), true);
    }

    /**
     * An alternation of {@code items}, longest first, each optionally not followed by a letter. The items are grouped
     * by their first character (as the case-insensitive matcher folds it): the regex engine tries alternatives one by
     * one, so at a position where no month starts it now fails after one test per group instead of one per name.
     * Within a group the order is kept, so the same item matches as in a flat alternation.
     */
    private static String alternation(List<String> items, boolean wordBounded) {
        items = new ArrayList<>(items);
        items.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Map<Integer, List<String>> byFirst = new LinkedHashMap<>();
        for (String item : items) {
            byFirst.computeIfAbsent(fold(item.codePointAt(0)), k -> new ArrayList<>()).add(item);
        }
        StringBuilder sb = new StringBuilder("(?:");
        for (List<String> group : byFirst.values()) {
            if (sb.length() > 3) {
                sb.append('|');
            }
            String first = new String(Character.toChars(group.get(0).codePointAt(0)));
            sb.append(Pattern.quote(first)).append("(?:");
            for (int i = 0; i < group.size(); i++) {
                String item = group.get(i);
                sb.append(i > 0 ? "|" : "").append(literal(item.substring(first.length())));
                if (wordBounded && Character.isLetter(item.charAt(item.length() - 1))) {
                    sb.append("(?![\\p{L}\\p{M}])");
                }
            }
            sb.append(')');
        }
        return sb.append(')').toString();
    }

    /** How a case-insensitive, Unicode-case pattern compares a character. */
    private static int fold(int cp) {
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    /** The text as a pattern, each space matching any run of whitespace. */
    private static String literal(String text) {
        return text.isEmpty() ? "" : Pattern.quote(text).replace(" ", "\\E\\s*\\Q");
    }

    private static List<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('ı', 'i');
    }

    private static Properties read(String name) {
        return org.verbatim.internal.Resources.properties(DateVocabulary.class, name);
    }
}
