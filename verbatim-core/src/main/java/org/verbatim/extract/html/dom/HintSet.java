package org.verbatim.extract.html.dom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Class/id hint words from resource files, each mapped to the bits of the lists it came from, so that one lookup
 * per name answers for every list: {@code WORD} matches a whole class name or id, {@code ~WORD} one of the parts
 * of a name split at {@code -}, {@code _} and camelCase boundaries, {@code WORD*} a prefix of a whole name,
 * {@code *WORD*} a substring of a class name. Immutable once built.
 *
 * <p>Every distinct class name and id of every page goes through here, so an ASCII name (nearly all) is matched
 * without allocating: each kind of hint is one {@link AsciiAutomaton} that reads the name (or, for parts, each part)
 * once, rather than one {@code startsWith}/{@code contains} per hint after lower-casing and splitting the name.
 */
public final class HintSet {
    private final Map<String, Long> exact = new HashMap<>();
    private final Map<String, Long> parts = new HashMap<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<Long> prefixBits = new ArrayList<>();
    private final List<String> substrings = new ArrayList<>();
    private final List<Long> substringBits = new ArrayList<>();
    private AsciiAutomaton exactAutomaton = automaton(exact, true);
    private AsciiAutomaton partAutomaton = automaton(parts, true);
    private AsciiAutomaton prefixAutomaton = new AsciiAutomaton(List.of(), List.of(), true);
    private AsciiAutomaton substringAutomaton = new AsciiAutomaton(List.of(), List.of(), false);

    /** Adds hint lines with the given bit. Only used while building the immutable tables. */
    HintSet add(List<String> words, long bit) {
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
        return rebuilt();
    }

    /**
     * Adds the hints of a resource whose lines are {@code KIND WORD}, each word with the bit {@code bitsByKind} gives
     * its kind ("strong ~sidebar"). Only used while building the immutable tables.
     *
     * @throws IllegalStateException on a line whose kind is not in {@code bitsByKind}
     */
    HintSet addKinds(String resource, Map<String, Long> bitsByKind) {
        Map<Long, List<String>> words = new LinkedHashMap<>();
        for (String line : readLines(resource)) {
            String[] parts = line.split("\\s+", 2);
            Long bit = parts.length < 2 ? null : bitsByKind.get(parts[0]);
            if (bit == null) {
                throw new IllegalStateException("bad kind in " + resource + ": " + line);
            }
            words.computeIfAbsent(bit, b -> new ArrayList<>()).add(parts[1]);
        }
        words.forEach((bit, list) -> add(list, bit));
        return this;
    }

    private HintSet rebuilt() {
        exactAutomaton = automaton(exact, true);
        partAutomaton = automaton(parts, true);
        prefixAutomaton = new AsciiAutomaton(prefixes, prefixBits, true);
        substringAutomaton = new AsciiAutomaton(substrings, substringBits, false);
        return this;
    }

    /**
     * One set of the hints of {@code low} and of {@code high}, whose bits (all in the low 32) go to the high half, so
     * that one {@link #nameBits} call answers as {@code low.nameBits(...) | high.nameBits(...) << 32}: each kind of
     * hint stays one automaton, read once for both sets. Only used while building the immutable tables.
     */
    static HintSet paired(HintSet low, HintSet high) {
        HintSet both = new HintSet();
        both.merge(low, 0);
        both.merge(high, 32);
        return both.rebuilt();
    }

    private void merge(HintSet from, int shift) {
        if ((from.bitsUsed() >>> 32) != 0) {
            throw new IllegalArgumentException("a paired set's bits must fit in 32");
        }
        from.exact.forEach((w, b) -> exact.merge(w, b << shift, (a, c) -> a | c));
        from.parts.forEach((w, b) -> parts.merge(w, b << shift, (a, c) -> a | c));
        prefixes.addAll(from.prefixes);
        from.prefixBits.forEach(b -> prefixBits.add(b << shift));
        substrings.addAll(from.substrings);
        from.substringBits.forEach(b -> substringBits.add(b << shift));
    }

    private long bitsUsed() {
        long used = 0;
        for (long b : exact.values()) {
            used |= b;
        }
        for (long b : parts.values()) {
            used |= b;
        }
        for (long b : prefixBits) {
            used |= b;
        }
        for (long b : substringBits) {
            used |= b;
        }
        return used;
    }

    private static AsciiAutomaton automaton(Map<String, Long> words, boolean anchored) {
        List<String> keys = new ArrayList<>(words.keySet());
        List<Long> bits = new ArrayList<>();
        for (String k : keys) {
            bits.add(words.get(k));
        }
        return new AsciiAutomaton(keys, bits, anchored);
    }

    /**
     * The bits of every hint matching one class name or id as written: as {@link #bits} of its lower case and its
     * {@link #tokens}, the parts counting only when there are at most {@code maxParts} of them.
     */
    long nameBits(String name, int maxParts, boolean substringsToo) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                List<String> tokens = tokens(name);
                return bits(name.toLowerCase(Locale.ROOT), tokens.size() > maxParts ? List.of() : tokens,
                        substringsToo);
            }
        }
        long bits = exactAutomaton.equal(name, 0, name.length()) | prefixAutomaton.bits(name) | partBits(name, maxParts);
        return substringsToo ? bits | substringAutomaton.bits(name) : bits;
    }

    /**
     * Bits of the parts of an ASCII name, found where {@link #tokens} would cut it (non-alphanumerics, a lower-case
     * letter followed by a capital), without cutting it; 0 when it has more than {@code maxParts} parts.
     */
    private long partBits(String name, int maxParts) {
        long bits = 0;
        int count = 0;
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            boolean camel = alnum && start >= 0 && c >= 'A' && c <= 'Z' && isAsciiLower(name.charAt(i - 1));
            if ((!alnum || camel) && start >= 0) {
                bits |= partAutomaton.equal(name, start, i);
                count++;
                start = -1;
            }
            if (alnum && start < 0) {
                start = i;
            }
        }
        return count > maxParts ? 0 : bits;
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * The bits of every hint matching one lower-cased name, its {@code tokens} (see {@link #tokens}); substring
     * hints only when {@code substringsToo}.
     */
    long bits(String lowerName, List<String> tokens, boolean substringsToo) {
        long bits = exact.getOrDefault(lowerName, 0L);
        long prefixed = prefixAutomaton.bits(lowerName);
        bits |= prefixed != AsciiAutomaton.NOT_ASCII ? prefixed : listed(lowerName, prefixes, prefixBits, true);
        for (String t : tokens) {
            bits |= parts.getOrDefault(t, 0L);
        }
        if (substringsToo) {
            long inside = substringAutomaton.bits(lowerName);
            bits |= inside != AsciiAutomaton.NOT_ASCII ? inside : listed(lowerName, substrings, substringBits, false);
        }
        return bits;
    }

    /** The automata's answer one hint at a time, for names with a non-ASCII character. */
    private static long listed(String lowerName, List<String> hints, List<Long> hintBits, boolean prefix) {
        long bits = 0;
        for (int i = 0; i < hints.size(); i++) {
            String h = hints.get(i);
            if (prefix ? lowerName.startsWith(h) : lowerName.contains(h)) {
                bits |= hintBits.get(i);
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

    /** The folder of the HTML extractor's word lists, shared by its packages. */
    static final String WORD_LISTS = "/org/verbatim/extract/html/";

    /** Reads the non-comment lines of a word list in {@link #WORD_LISTS}. */
    public static List<String> readLines(String resource) {
        return org.verbatim.internal.Resources.lines(HintSet.class, WORD_LISTS + resource);
    }
}
