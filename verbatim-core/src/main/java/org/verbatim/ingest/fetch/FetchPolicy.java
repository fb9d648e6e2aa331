package org.verbatim.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how patiently to fetch.
 *
 * @param userAgent    sent with every request and matched against robots.txt groups
 * @param timeout      connect and response timeout per attempt
 * @param retries      further attempts after a timeout, a connection error, HTTP 429 or 5xx
 * @param backoff      wait before the first retry; doubled for each further one (a Retry-After header wins, capped)
 * @param hostDelay    minimum time between two requests to one host
 * @param maxBytes     bodies larger than this fail rather than fill memory
 * @param maxRedirects redirects followed before giving up
 */
public record FetchPolicy(String userAgent, Duration timeout, int retries, Duration backoff, Duration hostDelay,
        int maxBytes, int maxRedirects) {

    /** The robots.txt product token. */
    public static final String ROBOTS_TOKEN = "verbatim";

    public FetchPolicy {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(hostDelay, "hostDelay");
        if (retries < 0 || maxBytes < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("retries and redirects must be >= 0, maxBytes > 0");
        }
    }

    public static FetchPolicy defaults() {
        return new FetchPolicy("Verbatim/0.1 (+news extraction; robots.txt respected)", Duration.ofSeconds(20), 2,
                Duration.ofSeconds(1), Duration.ofSeconds(1), 20 * 1024 * 1024, 5);
    }

    public FetchPolicy withHostDelay(Duration d) {
        return new FetchPolicy(userAgent, timeout, retries, backoff, d, maxBytes, maxRedirects);
    }

    public FetchPolicy withBackoff(Duration d) {
        return new FetchPolicy(userAgent, timeout, retries, d, hostDelay, maxBytes, maxRedirects);
    }

    public FetchPolicy withTimeout(Duration d) {
        return new FetchPolicy(userAgent, d, retries, backoff, hostDelay, maxBytes, maxRedirects);
    }

    public FetchPolicy withMaxBytes(int n) {
        return new FetchPolicy(userAgent, timeout, retries, backoff, hostDelay, n, maxRedirects);
    }
}
