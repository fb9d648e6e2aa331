package org.verbatim.model;

import java.util.List;
import java.util.Objects;

/**
 * Who said what in one text: quotes, their speakers, named entities and time expressions. Offsets are Java
 * {@code char} offsets into the annotated text, except for quotes whose {@link Quote#where()} says otherwise.
 *
 * @param quotes          in order of position (title quotes first)
 * @param speakers        every speaker of a quote, with all their mentions
 * @param entities        persons, organisations and places
 * @param timeExpressions in text order
 * @param warnings        what the annotator left out to stay within its work budget (a text annotated only up to
 *                        some paragraph, quotes or mentions cut); empty when nothing was left out
 */
public record Annotation(List<Quote> quotes, List<Speaker> speakers, List<Entity> entities,
                         List<TimeExpression> timeExpressions, List<String> warnings) {

    public static final Annotation EMPTY = new Annotation(List.of(), List.of(), List.of(), List.of());

    public Annotation {
        quotes = List.copyOf(Objects.requireNonNull(quotes, "quotes"));
        speakers = List.copyOf(Objects.requireNonNull(speakers, "speakers"));
        entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
        timeExpressions = List.copyOf(Objects.requireNonNull(timeExpressions, "timeExpressions"));
        warnings = List.copyOf(Objects.requireNonNullElse(warnings, List.of()));
    }

    /** An annotation that left nothing out. */
    public Annotation(List<Quote> quotes, List<Speaker> speakers, List<Entity> entities,
                      List<TimeExpression> timeExpressions) {
        this(quotes, speakers, entities, timeExpressions, List.of());
    }
}
