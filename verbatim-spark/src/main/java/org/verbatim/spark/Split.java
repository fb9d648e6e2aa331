package org.verbatim.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One unit of reading: a whole archive ({@code length < 0}), or the byte range of one record of it (Common Crawl's
 * URL index gives such ranges).
 *
 * @param path   a Hadoop path or URI ({@code file:/...}, {@code hdfs://...}, {@code s3a://...})
 * @param offset where the range starts; 0 for a whole file
 * @param length bytes in the range, or -1 for the whole file
 */
record Split(String path, long offset, long length) implements Serializable {

    Split {
        Objects.requireNonNull(path, "path");
        if (offset < 0 || length == 0) {
            throw new IllegalArgumentException("bad range " + offset + "+" + length + " of " + path);
        }
    }

    static Split whole(String path) {
        return new Split(path, 0, -1);
    }

    boolean isWhole() {
        return length < 0;
    }
}
