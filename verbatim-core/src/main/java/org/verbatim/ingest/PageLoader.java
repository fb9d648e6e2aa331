package org.verbatim.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.verbatim.model.Page;

/**
 * Reads one {@link InputRef} into a {@link Page}: files (gunzipped when they end in {@code .gz} or start with the
 * gzip magic), standard input, or a single HTTP GET. Bodies larger than {@link #maxBytes()} are rejected rather than
 * truncated, so that a batch never holds an unbounded page in memory.
 *
 * <p>Thread-safe; the HTTP client is shared.
 */
public final class PageLoader {
    /** Default cap on one page's decoded size. */
    public static final int DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final int maxBytes;
    private final HttpClient http;

    public PageLoader() {
        this(DEFAULT_MAX_BYTES);
    }

    public PageLoader(int maxBytes) {
        this.maxBytes = maxBytes;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(TIMEOUT).build();
    }

    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Loads the input. {@code url} overrides the page URL (for files and stdin); may be {@code null}.
     *
     * @throws IngestException with a one-line reason when the input cannot be read
     */
    public Page load(InputRef in, String url) throws IngestException {
        return switch (in.kind()) {
            case FILE -> loadFile(in, url);
            case STDIN -> loadStream(in, System.in, url);
            case URL -> loadUrl(in);
        };
    }

    private Page loadFile(InputRef in, String url) throws IngestException {
        if (Files.isDirectory(in.path())) {
            throw new IngestException(in.source(), "is a directory");
        }
        try (InputStream raw = Files.newInputStream(in.path())) {
            byte[] bytes = gunzipIfNeeded(in.source(), readCapped(in.source(), raw));
            Page.Kind kind = Inputs.isTextFile(in.path().getFileName().toString()) ? Page.Kind.TEXT : Page.Kind.HTML;
            return new Page(in.source(), url, bytes, null, kind);
        } catch (NoSuchFileException e) {
            throw new IngestException(in.source(), "no such file");
        } catch (IngestException e) {
            throw e;
        } catch (IOException e) {
            throw new IngestException(in.source(), "cannot read: " + e.getMessage(), e);
        }
    }

    private Page loadStream(InputRef in, InputStream stream, String url) throws IngestException {
        try {
            byte[] bytes = gunzipIfNeeded(in.source(), readCapped(in.source(), stream));
            return new Page(in.source(), url, bytes, null, looksLikeHtml(bytes) ? Page.Kind.HTML : Page.Kind.TEXT);
        } catch (IngestException e) {
            throw e;
        } catch (IOException e) {
            throw new IngestException(in.source(), "cannot read: " + e.getMessage(), e);
        }
    }

    private Page loadUrl(InputRef in) throws IngestException {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(in.source())).timeout(TIMEOUT)
                    .header("User-Agent", "Verbatim/0.1 (+news extraction)")
                    .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.5").GET().build();
            HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = resp.body()) {
                if (resp.statusCode() >= 400) {
                    throw new IngestException(in.source(), "HTTP " + resp.statusCode());
                }
                byte[] bytes = gunzipIfNeeded(in.source(), readCapped(in.source(), body));
                String type = resp.headers().firstValue("Content-Type").orElse(null);
                boolean text = type != null && type.toLowerCase(Locale.ROOT).startsWith("text/plain");
                return new Page(in.source(), resp.uri().toString(), bytes, type, text ? Page.Kind.TEXT : Page.Kind.HTML);
            }
        } catch (IngestException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new IngestException(in.source(), "bad URL: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(in.source(), "interrupted", e);
        } catch (IOException e) {
            throw new IngestException(in.source(), "fetch failed: " + e, e);
        }
    }

    private byte[] gunzipIfNeeded(String source, byte[] bytes) throws IngestException {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return readCapped(source, in);
        } catch (IngestException e) {
            throw e;
        } catch (IOException e) {
            throw new IngestException(source, "broken gzip data: " + e.getMessage(), e);
        }
    }

    private byte[] readCapped(String source, InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) >= 0) {
            if (out.size() + n > maxBytes) {
                throw new IngestException(source, "larger than the " + maxBytes + "-byte limit");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** A cheap sniff: the first non-blank character is {@code <}, or an HTML tag appears early. */
    static boolean looksLikeHtml(byte[] bytes) {
        int limit = Math.min(bytes.length, 4096);
        String head = new String(bytes, 0, limit, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String t = head.stripLeading();
        if (t.startsWith("\u00ef\u00bb\u00bf")) {
            t = t.substring(3).stripLeading();
        }
        return t.startsWith("<") || head.contains("<html") || head.contains("<body") || head.contains("<p>")
                || head.contains("<div");
    }
}
