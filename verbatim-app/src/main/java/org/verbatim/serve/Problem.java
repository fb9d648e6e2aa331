package org.verbatim.serve;

/**
 * An error the API reports as an RFC 7807 style problem ({@code type, title, status, detail}); the detail is a
 * message for the user, never a stack trace.
 */
final class Problem extends RuntimeException {
    private final int status;
    private int retryAfter = -1;

    Problem(int status, String detail) {
        super(detail, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        this.status = status;
    }

    int status() {
        return status;
    }

    /** This problem with a {@code Retry-After} of {@code seconds}. */
    Problem retryAfter(int seconds) {
        this.retryAfter = seconds;
        return this;
    }

    /** Seconds for {@code Retry-After}, or -1 for none. */
    int retryAfter() {
        return retryAfter;
    }

    static Problem badRequest(String detail) {
        return new Problem(400, detail);
    }

    static Problem notFound(String detail) {
        return new Problem(404, detail);
    }

    /** The standard reason phrase of an error status. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 421 -> "Misdirected Request";
            case 422 -> "Unprocessable Content";
            case 431 -> "Request Header Fields Too Large";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status < 500 ? "Client Error" : "Internal Server Error";
        };
    }
}
