package org.verbatim.enrich;

import java.util.List;

/** The mentions of one {@link Doc}, indexed by the tokens where they end and start, plus their clusters. */
final class Mentions {
    final MentionRef[] endingAt;
    final MentionRef[] startingAt;
    final List<Cluster> clusters;
    /** Tokens inside a name ("United States"): never cue words. */
    final boolean[] inName;

    Mentions(MentionRef[] endingAt, MentionRef[] startingAt, List<Cluster> clusters) {
        this.endingAt = endingAt;
        this.startingAt = startingAt;
        this.clusters = clusters;
        this.inName = new boolean[endingAt.length];
        for (MentionRef m : startingAt) {
            if (m != null && m.form() == MentionRef.Form.NAME) {
                for (int i = m.nameFirst(); i < m.last(); i++) {
                    inName[i] = true;
                }
            }
        }
    }

    /** True when a mention that can be a subject (not a possessive) ends at token {@code i}. */
    boolean isSubjectEnd(int i) {
        return endingAt[i] != null;
    }
}
