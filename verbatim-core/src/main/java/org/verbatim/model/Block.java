package org.verbatim.model;

import java.util.Objects;

/**
 * One block of an article body.
 *
 * <p>Contract: {@code text} is non-blank and trimmed; list items are separated by {@code '\n'}, table rows by
 * {@code '\n'} with cells separated by {@code " | "}. {@code level} is 1-6 for headings and {@code null} for every
 * other type.
 */
public record Block(BlockType type, String text, Integer level) {

    public Block {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("block text is blank");
        }
        text = text.strip();
        if (type == BlockType.HEADING) {
            if (level == null || level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level must be 1-6, was " + level);
            }
        } else if (level != null) {
            throw new IllegalArgumentException("only headings have a level, " + type.id() + " had " + level);
        }
    }

    public static Block paragraph(String text) {
        return new Block(BlockType.PARAGRAPH, text, null);
    }

    public static Block heading(String text, int level) {
        return new Block(BlockType.HEADING, text, level);
    }

    public static Block of(BlockType type, String text) {
        return new Block(type, text, type == BlockType.HEADING ? 2 : null);
    }
}
