package org.verbatim.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * A polite HTTP client for feeds, sitemaps and pages: it obeys robots.txt, waits {@link FetchPolicy#hostDelay()}
 * between requests to one host, retries timeouts, connection errors, 429 and 5xx with exponential backoff, follows
 * redirects itself (so each hop is checked against robots.txt and counted), caps body size, and sends conditional
 * GETs from its {@link Validators}. Thread-safe.
 */
public final class Fetcher {
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final FetchPolicy policy;
    private final HttpClient http;
    private final Validators validators;
    private final Map<String, RobotsRules> robots = new ConcurrentHashMap<>();
    private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
    private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();
    private final Sleeper sleeper;

    /** Waiting, replaceable in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    public Fetcher(FetchPolicy policy, Validators validators) {
        this(policy, validators, Thread::sleep);
    }

    public Fetcher(FetchPolicy policy, Validators validators, Sleeper sleeper) {
        this.policy = policy;
        this.validators = validators;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.timeout()).build();
    }

    /**
     * Fetches {@code url}. A 304 answer to a conditional GET is returned as such (empty body).
     *
     * @throws FetchException when robots.txt disallows it, on HTTP 4xx/5xx after retries, too many redirects, an
     *                        oversized body, or a network failure after retries
     */
    public FetchResult fetch(String url) throws FetchException, InterruptedException {
        String current = url;
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            URI uri = parse(url, current);
            if (!robotsFor(uri).allows(pathAndQuery(uri))) {
                throw new FetchException(url, "disallowed by robots.txt" + (hop > 0 ? " (after redirect to " + current
                        + ")" : ""), true, null);
            }
            HttpResponse<InputStream> resp = sendWithRetries(url, uri, true);
            int status = resp.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = resp.headers().firstValue("Location").orElse(null);
                close(resp);
                if (location == null) {
                    throw new FetchException(url, "HTTP " + status + " without Location", false, null);
                }
                current = uri.resolve(location.strip()).toString();
                continue;
            }
            return result(url, uri, resp);
        }
        throw new FetchException(url, "more than " + policy.maxRedirects() + " redirects", false, null);
    }

    private FetchResult result(String url, URI uri, HttpResponse<InputStream> resp) throws FetchException {
        int status = resp.statusCode();
        String type = resp.headers().firstValue("Content-Type").orElse(null);
        if (status == 304) {
            close(resp);
            return new FetchResult(url, uri.toString(), status, type, new byte[0]);
        }
        if (status >= 400) {
            close(resp);
            throw new FetchException(url, "HTTP " + status, false, null);
        }
        byte[] body = readBody(url, resp);
        validators.put(uri.toString(), resp.headers().firstValue("ETag").orElse(null),
                resp.headers().firstValue("Last-Modified").orElse(null));
        return new FetchResult(url, uri.toString(), status, type, body);
    }

    private HttpResponse<InputStream> sendWithRetries(String url, URI uri, boolean conditional)
            throws FetchException, InterruptedException {
        long wait = policy.backoff().toMillis();
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt >= policy.retries();
            try {
                awaitSlot(uri);
                HttpResponse<InputStream> resp = http.send(request(uri, conditional), HttpResponse.BodyHandlers.ofInputStream());
                int s = resp.statusCode();
                if ((s == 429 || s >= 500) && !last) {
                    long retryAfter = retryAfterMillis(resp);
                    close(resp);
                    sleeper.sleep(retryAfter >= 0 ? retryAfter : wait);
                    wait *= 2;
                    continue;
                }
                return resp;
            } catch (IOException e) {
                if (last) {
                    throw new FetchException(url, "fetch failed after " + (attempt + 1) + " attempts: " + e, false, e);
                }
                sleeper.sleep(wait);
                wait *= 2;
            }
        }
    }

    private HttpRequest request(URI uri, boolean conditional) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(policy.timeout())
                .header("User-Agent", policy.userAgent()).header("Accept-Encoding", "gzip")
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5").GET();
        Validators.Entry v = conditional ? validators.get(uri.toString()) : null;
        if (v != null) {
            if (v.etag() != null) {
                b.header("If-None-Match", v.etag());
            }
            if (v.lastModified() != null) {
                b.header("If-Modified-Since", v.lastModified());
            }
        }
        return b.build();
    }

    /** Blocks until this host's politeness slot; requests to other hosts are not held up. */
    private void awaitSlot(URI uri) throws InterruptedException {
        String host = hostKey(uri);
        synchronized (hostLocks.computeIfAbsent(host, h -> new Object())) {
            long now = System.currentTimeMillis();
            long slot = nextSlot.getOrDefault(host, now);
            if (slot > now) {
                sleeper.sleep(slot - now);
            }
            nextSlot.put(host, Math.max(now, slot) + policy.hostDelay().toMillis());
        }
    }

    private RobotsRules robotsFor(URI uri) throws InterruptedException {
        String key = hostKey(uri);
        RobotsRules cached = robots.get(key);
        if (cached != null) {
            return cached;
        }
        RobotsRules rules;
        URI robotsUri = uri.resolve("/robots.txt");
        try {
            HttpResponse<InputStream> resp = sendWithRetries(robotsUri.toString(), robotsUri, false);
            int s = resp.statusCode();
            if (s >= 200 && s < 300) {
                rules = RobotsRules.parse(new String(readBody(robotsUri.toString(), resp), StandardCharsets.UTF_8),
                        FetchPolicy.ROBOTS_TOKEN);
            } else {
                close(resp);
                // RFC 9309: 4xx means no rules; a server error means assume the whole site is off limits.
                rules = s >= 500 ? RobotsRules.parse("User-agent: *\nDisallow: /", FetchPolicy.ROBOTS_TOKEN)
                        : RobotsRules.ALLOW_ALL;
            }
        } catch (FetchException e) {
            rules = RobotsRules.ALLOW_ALL; // unreachable robots.txt: the page fetch will report the real error
        }
        robots.put(key, rules);
        return rules;
    }

    private byte[] readBody(String url, HttpResponse<InputStream> resp) throws FetchException {
        boolean gzip = resp.headers().firstValue("Content-Encoding").map(e -> e.toLowerCase(Locale.ROOT).contains("gzip"))
                .orElse(false);
        try (InputStream raw = resp.body(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (out.size() + n > policy.maxBytes()) {
                    throw new FetchException(url, "larger than the " + policy.maxBytes() + "-byte limit", false, null);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException(url, "cannot read body: " + e, false, e);
        }
    }

    private static long retryAfterMillis(HttpResponse<?> resp) {
        return resp.headers().firstValue("Retry-After").map(v -> {
            try {
                return Math.min(Long.parseLong(v.strip()) * 1000, MAX_RETRY_AFTER.toMillis());
            } catch (NumberFormatException e) {
                return -1L; // an HTTP date: use our own backoff
            }
        }).orElse(-1L);
    }

    private static URI parse(String url, String current) throws FetchException {
        try {
            URI u = URI.create(current);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new FetchException(url, "not an http(s) URL: " + current, false, null);
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw new FetchException(url, "bad URL: " + current, false, e);
        }
    }

    private static String hostKey(URI u) {
        return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + u.getPort();
    }

    private static String pathAndQuery(URI u) {
        String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return u.getRawQuery() == null ? p : p + "?" + u.getRawQuery();
    }

    private static void close(HttpResponse<InputStream> resp) {
        try {
            resp.body().close();
        } catch (IOException e) {
            // nothing to keep from a body we are discarding
        }
    }
}
