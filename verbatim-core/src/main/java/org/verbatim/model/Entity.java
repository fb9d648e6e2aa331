package org.verbatim.model;

import java.util.List;
import java.util.Objects;

/**
 * A named person, organisation or place of a text.
 *
 * @param name     canonical (longest) name, non-blank
 * @param type     what it is
 * @param mentions its name mentions in text order, at least one; immutable
 */
public record Entity(String name, EntityType type, List<Mention> mentions) {

    public Entity {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("blank entity name");
        }
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity without mentions: " + name);
        }
    }
}
