package org.verbatim.model;

import java.util.Locale;

/** The kinds of body block an article keeps; {@link #id()} is the name used in JSON. */
public enum BlockType {
    PARAGRAPH, HEADING, LIST, QUOTE, TABLE, FIGURE, PREFORMATTED;

    /** The lower-case name used in the JSON contract ({@code paragraph}, {@code heading}, ...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #id()}; throws {@link IllegalArgumentException} for an unknown name. */
    public static BlockType fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
