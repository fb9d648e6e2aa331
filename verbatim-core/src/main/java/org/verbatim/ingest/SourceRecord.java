package org.verbatim.ingest;

import java.util.Objects;
import org.verbatim.model.Page;

/**
 * One record as a reader produced it: either a page to process, or a verdict the reader already reached (a WARC
 * request record is skipped, a corrupt one failed) so that it is still counted.
 *
 * @param source   the input it came from (a file, a URL)
 * @param recordId where in the input: a WARC-Record-ID, {@code @offset}, or the URL; {@code null} for whole files
 * @param page     the page to process, or {@code null} when {@code early} is set
 * @param early    the verdict reached while reading, or {@code null} when {@code page} is set
 */
public record SourceRecord(String source, String recordId, Page page, Outcome early) {

    public SourceRecord {
        Objects.requireNonNull(source, "source");
        if ((page == null) == (early == null)) {
            throw new IllegalArgumentException("exactly one of page and early verdict is required");
        }
        if (early != null && early.isOk()) {
            throw new IllegalArgumentException("a record without a page cannot be ok");
        }
    }

    public static SourceRecord page(String source, String recordId, Page page) {
        return new SourceRecord(source, recordId, Objects.requireNonNull(page, "page"), null);
    }

    public static SourceRecord skipped(String source, String recordId, String reason) {
        return new SourceRecord(source, recordId, null, Outcome.skipped(reason));
    }

    public static SourceRecord failed(String source, String recordId, String reason) {
        return new SourceRecord(source, recordId, null, Outcome.failed(reason));
    }
}
