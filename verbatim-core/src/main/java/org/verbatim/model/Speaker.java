package org.verbatim.model;

import java.util.List;
import java.util.Objects;

/**
 * A person or organisation of a text who says something, with every mention of them in the text.
 *
 * @param name     canonical name without title ("Sergey Lavrov"), non-blank
 * @param title    title or role as written before the name ("Russian Foreign Minister"), or {@code null}
 * @param type     person, organisation, place (a country acting as speaker) or unknown
 * @param mentions every mention (names, short forms, descriptions, pronouns) in text order; immutable
 */
public record Speaker(String name, String title, EntityType type, List<Mention> mentions) {

    public Speaker {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("blank speaker name");
        }
        Objects.requireNonNull(type, "type");
        title = title == null || title.isBlank() ? null : title;
        mentions = List.copyOf(Objects.requireNonNullElse(mentions, List.of()));
    }
}
