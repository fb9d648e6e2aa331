package org.verbatim.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Class/id hint words from resource files, each mapped to the bits of the lists it came from, so that one lookup
 * per name answers for every list: {@code WORD} matches a whole class name or id, {@code ~WORD} one of the parts
 * of a name split at {@code -}, {@code _} and camelCase boundaries, {@code WORD*} a prefix of a whole name,
 * {@code *WORD*} a substring of a class name. Immutable once built.
 */
public final class HintSet {
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> parts = new HashMap<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<Integer> prefixBits = new ArrayList<>();
    private final List<String> substrings = new ArrayList<>();
    private final List<Integer> substringBits = new ArrayList<>();

    /** Adds hint lines with the given bit. Only used while building the immutable tables. */
    HintSet add(List<String> words, int bit) {
        for (String w : words) {
            String s = w.toLowerCase(Locale.ROOT);
            if (s.startsWith("*") && s.endsWith("*") && s.length() > 2) {
                substrings.add(s.substring(1, s.length() - 1));
                substringBits.add(bit);
            } else if (s.startsWith("~")) {
                parts.merge(s.substring(1), bit, (a, b) -> a | b);
            } else if (s.endsWith("*")) {
                prefixes.add(s.substring(0, s.length() - 1));
                prefixBits.add(bit);
            } else {
                exact.merge(s, bit, (a, b) -> a | b);
            }
        }
        return this;
    }

    /**
     * The bits of every hint matching one lower-cased name, its {@code tokens} (see {@link #tokens}); substring
     * hints only when {@code substringsToo}.
     */
    int bits(String lowerName, List<String> tokens, boolean substringsToo) {
        int bits = exact.getOrDefault(lowerName, 0);
        for (int i = 0; i < prefixes.size(); i++) {
            if (lowerName.startsWith(prefixes.get(i))) {
                bits |= prefixBits.get(i);
            }
        }
        for (String t : tokens) {
            bits |= parts.getOrDefault(t, 0);
        }
        if (substringsToo) {
            for (int i = 0; i < substrings.size(); i++) {
                if (lowerName.contains(substrings.get(i))) {
                    bits |= substringBits.get(i);
                }
            }
        }
        return bits;
    }

    /** Splits a class/id string into lower-case tokens at non-alphanumerics and camelCase boundaries. */
    static List<String> tokens(String attr) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= attr.length(); i++) {
            char c = i < attr.length() ? attr.charAt(i) : ' ';
            boolean alnum = Character.isLetterOrDigit(c);
            boolean camel = alnum && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(attr.charAt(i - 1));
            if ((!alnum || camel) && start >= 0) {
                out.add(attr.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (alnum && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** Reads the non-comment lines of a resource next to this class. */
    static List<String> readLines(String resource) {
        return org.verbatim.internal.Resources.lines(HintSet.class, resource);
    }
}
