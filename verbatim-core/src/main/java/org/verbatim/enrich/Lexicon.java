package org.verbatim.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Loads the word lists under {@code src/main/resources/org/verbatim/enrich/}: one entry a line, '#' comments. */
final class Lexicon {
    private Lexicon() {
    }

    /** The non-comment, non-blank lines of a resource, stripped. */
    static List<String> lines(String name) {
        return org.verbatim.internal.Resources.lines(Lexicon.class, name);
    }

    /** The entries of a resource, lower-cased (ROOT), as an immutable set. */
    static Set<String> lowerSet(String name) {
        return Set.copyOf(lines(name).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }
}
