package org.verbatim.extract.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A set of class/id hint words loaded from a resource file: {@code WORD} matches a whole class name or id,
 * {@code ~WORD} one of the parts of a name split at {@code -}, {@code _} and camelCase boundaries, {@code WORD*} a
 * prefix of a whole name, {@code *WORD*} a substring of the whole lower-cased attribute string. Immutable.
 */
public final class HintSet {
    private final Set<String> exact;
    private final Set<String> parts;
    private final List<String> prefixes;
    private final List<String> substrings;

    HintSet(Set<String> exact, Set<String> parts, List<String> prefixes, List<String> substrings) {
        this.exact = Set.copyOf(exact);
        this.parts = Set.copyOf(parts);
        this.prefixes = List.copyOf(prefixes);
        this.substrings = List.copyOf(substrings);
    }

    /** Parses hint lines (blank lines and {@code #} comments ignored); an optional leading word is the tier. */
    static HintSet parse(List<String> words) {
        Set<String> exact = new HashSet<>();
        Set<String> parts = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        List<String> substrings = new ArrayList<>();
        for (String w : words) {
            String s = w.toLowerCase(Locale.ROOT);
            if (s.startsWith("*") && s.endsWith("*") && s.length() > 2) {
                substrings.add(s.substring(1, s.length() - 1));
            } else if (s.startsWith("~")) {
                parts.add(s.substring(1));
            } else if (s.endsWith("*")) {
                prefixes.add(s.substring(0, s.length() - 1));
            } else {
                exact.add(s);
            }
        }
        return new HintSet(exact, parts, prefixes, substrings);
    }

    /**
     * True when a hint matches: {@code attr} is the lower-cased class and id string, {@code words} its
     * whitespace-separated names, {@code tokens} the parts of those names (see {@link #tokens}).
     */
    boolean matches(String attr, List<String> words, List<String> tokens) {
        for (String w : words) {
            if (exact.contains(w)) {
                return true;
            }
            for (String p : prefixes) {
                if (w.startsWith(p)) {
                    return true;
                }
            }
        }
        for (String t : tokens) {
            if (parts.contains(t)) {
                return true;
            }
        }
        for (String sub : substrings) {
            if (attr.contains(sub)) {
                return true;
            }
        }
        return false;
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
        List<String> lines = new ArrayList<>();
        try (InputStream in = HintSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
