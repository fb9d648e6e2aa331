package org.verbatim.model;

/**
 * Which input string a quote's offsets refer to: the body {@code text} or the {@code title} (headline). The
 * JSON value is {@link #id()}.
 */
public enum Where {
    TEXT("text"), TITLE("title");

    private final String id;

    Where(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
