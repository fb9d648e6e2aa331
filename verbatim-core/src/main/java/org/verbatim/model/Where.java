package org.verbatim.model;

/**
 * Which string of an article an offset refers to: the body {@code text}, the {@code standfirst} or the
 * {@code title} (headline). The JSON value is {@link #id()}.
 */
public enum Where {
    TEXT("text"), STANDFIRST("standfirst"), TITLE("title");

    private final String id;

    Where(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
