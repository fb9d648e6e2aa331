package org.verbatim.model;

/**
 * How a statement is reported; {@link #id()} is the JSON value.
 * <ul>
 *   <li>{@code DIRECT}: the words inside quotation marks;</li>
 *   <li>{@code INDIRECT}: reported speech without quotation marks ("X said that ...");</li>
 *   <li>{@code MIXED}: reported speech that quotes some words ("X said the ties were "shattered"");</li>
 *   <li>{@code BLOCK}: a paragraph of speech without marks, attributed from its context.</li>
 * </ul>
 */
public enum QuoteKind {
    DIRECT("direct"), INDIRECT("indirect"), MIXED("mixed"), BLOCK("block");

    private final String id;

    QuoteKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
