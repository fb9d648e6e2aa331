package org.verbatim.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Why an index cannot be used, in words a user can act on. The index layer turns Lucene's exceptions into these, so
 * that its callers ({@code cli}, {@code serve}) need no Lucene type. The message names the folder and what to do.
 */
public class IndexException extends IOException {
    private final Path dir;

    public IndexException(Path dir, String message, Throwable cause) {
        super(message, cause);
        this.dir = dir;
    }

    /** The index folder. */
    public Path dir() {
        return dir;
    }

    /** No index in the folder (it is missing, empty, or holds something else). */
    public static final class Missing extends IndexException {
        public Missing(Path dir, Throwable cause) {
            super(dir, "no index at " + dir + " (create one with: verbatim ingest --index " + dir + " INPUT...)",
                    cause);
        }
    }

    /** An index written by a version of Verbatim whose index schema this one does not read. */
    public static final class Outdated extends IndexException {
        public Outdated(Path dir, String found) {
            super(dir, "the index at " + dir + " was written by an older Verbatim (index schema " + found
                    + "; this version reads schema " + IndexSchema.VERSION + "): ingest its inputs again into a new "
                    + "folder (verbatim ingest --index NEW INPUT...)", null);
        }
    }

    /** Another process writes to the index. */
    public static final class Locked extends IndexException {
        public Locked(Path dir, Throwable cause) {
            super(dir, "the index at " + dir + " is in use by another process (an ingest or a reannotate); wait for "
                    + "it to finish", cause);
        }
    }
}
