package org.verbatim.extract.text;

import java.util.List;
import java.util.Objects;
import org.verbatim.extract.date.DateMatch;

/**
 * One classified line (or paragraph, for hard-wrapped text) of scraped text.
 *
 * @param index   position among the text's units
 * @param text    the text, trimmed, inner runs of white space collapsed
 * @param kind    what the line is
 * @param words   its length in words (CJK characters count half a word each)
 * @param date    for datelines and bylines with a date: the publication date found, else {@code null}
 * @param updated for datelines: a date marked as an update ("Updated ..."), else {@code null}
 * @param authors for bylines: the names
 */
record Unit(int index, String text, LineKind kind, int words, DateMatch date, DateMatch updated, List<String> authors) {
    Unit {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        authors = List.copyOf(authors);
    }

    boolean is(LineKind k) {
        return kind == k;
    }

    /** Body-like: prose or a list item. */
    boolean isBodyText() {
        return kind == LineKind.PROSE || kind == LineKind.LIST_ITEM;
    }
}
