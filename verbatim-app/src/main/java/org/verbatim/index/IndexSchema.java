package org.verbatim.index;

import java.nio.file.Path;
import java.util.Map;

/**
 * The version of the index's layout, kept in the user data of every Lucene commit ({@value #KEY}), with the versions
 * of the extractor and models that wrote it. An index without it (written before the schema was recorded) or with
 * another schema is refused at open with {@link IndexException.Outdated}, rather than read wrongly.
 *
 * <p>Schema 2: document ids from the canonical URL (or URL) and the digest of the page's bytes; articles store their
 * annotation and the server reads it (no re-annotation); quote and entity documents
 * per annotated article; syndication clusters named by the earliest copy.
 */
public final class IndexSchema {
    /** The schema this version writes and reads. */
    public static final int VERSION = 2;
    /** Commit user-data key of the schema version. */
    public static final String KEY = "verbatim.index_schema";
    /** Commit user-data key of the Verbatim version that wrote the last commit. */
    public static final String WRITER = "verbatim.writer";

    private IndexSchema() {
    }

    /** Commit user-data key of the learned models' versions of the writer ({@code name=version,...}). */
    public static final String MODELS = "verbatim.models";

    /** The user data every commit carries. */
    static Map<String, String> userData() {
        StringBuilder models = new StringBuilder();
        org.verbatim.model.Versions.modelVersions().forEach((k, v) -> models.append(models.isEmpty() ? "" : ",")
                .append(k).append('=').append(v));
        return Map.of(KEY, String.valueOf(VERSION), WRITER, org.verbatim.model.Versions.VERBATIM, MODELS,
                models.toString());
    }

    /** Throws {@link IndexException.Outdated} unless {@code userData} names this schema. */
    static void check(Path dir, Map<String, String> userData) throws IndexException.Outdated {
        String found = userData.get(KEY);
        if (!String.valueOf(VERSION).equals(found)) {
            throw new IndexException.Outdated(dir, found == null ? "1 or earlier" : found);
        }
    }
}
