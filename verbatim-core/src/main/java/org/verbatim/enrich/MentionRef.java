package org.verbatim.enrich;

import org.verbatim.model.EntityType;

/**
 * A mention found in a {@link Doc}: tokens {@code [first, last)} (title included for names), the form it takes and
 * the cluster it refers to ({@code null} when unresolved).
 */
record MentionRef(int first, int last, int nameFirst, Form form, EntityType type, Cluster cluster) {

    enum Form { NAME, DESCRIPTION, PRONOUN, NOUN_PHRASE }
}
