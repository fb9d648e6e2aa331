package org.verbatim.enrich;

import java.util.List;

/** The mentions of one {@link Doc}, indexed by the tokens where they end and start, plus their clusters. */
final class Mentions {
    final MentionRef[] endingAt;
    final MentionRef[] startingAt;
    final List<Cluster> clusters;

    Mentions(MentionRef[] endingAt, MentionRef[] startingAt, List<Cluster> clusters) {
        this.endingAt = endingAt;
        this.startingAt = startingAt;
        this.clusters = clusters;
    }

    /** True when a mention that can be a subject (not a possessive) ends at token {@code i}. */
    boolean isSubjectEnd(int i) {
        return endingAt[i] != null;
    }
}
