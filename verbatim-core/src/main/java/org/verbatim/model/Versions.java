package org.verbatim.model;

/**
 * The versions that say what produced an output, so that users can tell old records and indexes from new ones.
 * Raise {@link #VERBATIM} with each release; the index layer keeps its own layout version.
 */
public final class Versions {
    /** This release of Verbatim. */
    public static final String VERBATIM = "0.1.0";

    private Versions() {
    }
}
