package org.verbatim.enrich.fingerprint;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stable document ids: a hash of the canonical URL and the content hash, so that re-ingesting the same page gives the
 * same id (and adds nothing), while a changed page at the same URL is a new document.
 */
public final class DocumentId {
    /** Query parameters that track a click rather than name a page; see the resource file. */
    static final Set<String> TRACKING_PARAMS = load("tracking-params.txt");

    private DocumentId() {
    }

    /** 32 hex characters. {@code url} may be {@code null} (then only the content names the document). */
    public static String of(String url, String contentHash) {
        return MinHasher.sha256Hex(canonicalUrl(url) + "\n" + contentHash).substring(0, 32);
    }

    /**
     * Lower-cases scheme and host, drops the default port, the fragment, tracking parameters and a trailing
     * {@code ?}. Returns the input unchanged when it is not a parseable absolute URL, and {@code ""} for null.
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            URI u = new URI(url.strip());
            if (u.getScheme() == null || u.getRawAuthority() == null) {
                return url.strip();
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost() == null ? u.getRawAuthority().toLowerCase(Locale.ROOT)
                    : u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            String query = cleanQuery(u.getRawQuery());
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }

    private static String cleanQuery(String raw) {
        if (raw == null) {
            return "";
        }
        return Arrays.stream(raw.split("&")).filter(p -> !p.isEmpty())
                .filter(p -> !isTracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("&"));
    }

    private static boolean isTracking(String name) {
        return name.startsWith("utm_") || TRACKING_PARAMS.contains(name);
    }

    private static Set<String> load(String name) {
        return Set.copyOf(org.verbatim.internal.Resources.lines(DocumentId.class, name));
    }
}
