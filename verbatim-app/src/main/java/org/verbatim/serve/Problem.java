package org.verbatim.serve;

/**
 * An error the API reports as an RFC 7807 style problem ({@code type, title, status, detail}); the detail is a
 * message for the user, never a stack trace.
 */
final class Problem extends RuntimeException {
    private final int status;

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
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status < 500 ? "Client Error" : "Internal Server Error";
        };
    }
}
