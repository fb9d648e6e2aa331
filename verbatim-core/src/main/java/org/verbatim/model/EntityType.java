package org.verbatim.model;

/** What kind of thing an entity or speaker is; {@link #id()} is the JSON value. */
public enum EntityType {
    PERSON("person"), ORGANISATION("organisation"), PLACE("place"), UNKNOWN("unknown");

    private final String id;

    EntityType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
