package org.verbatim.ingest;

import java.util.Objects;

/**
 * What became of one record: {@link Status#OK}, {@link Status#SKIPPED} (not an article: a request record, an image,
 * an HTTP 404) or {@link Status#FAILED} (something was wrong: a corrupt record, a page that could not be read).
 *
 * @param status the verdict
 * @param reason one line saying why; {@code null} only for {@link Status#OK}
 */
public record Outcome(Status status, String reason) {

    /** The three verdicts; every record read gets exactly one. */
    public enum Status { OK, SKIPPED, FAILED }

    private static final Outcome OK = new Outcome(Status.OK, null);

    public Outcome {
        Objects.requireNonNull(status, "status");
        if (status != Status.OK && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(status + " needs a reason");
        }
    }

    public static Outcome ok() {
        return OK;
    }

    public static Outcome skipped(String reason) {
        return new Outcome(Status.SKIPPED, reason);
    }

    public static Outcome failed(String reason) {
        return new Outcome(Status.FAILED, reason);
    }

    public boolean isOk() {
        return status == Status.OK;
    }
}
