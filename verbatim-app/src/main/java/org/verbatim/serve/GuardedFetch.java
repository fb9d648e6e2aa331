package org.verbatim.serve;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.verbatim.model.Page;

/**
 * Fetches one page for {@code POST /api/extract?url=} (only when the server runs with {@code --allow-fetch}).
 *
 * <p>Every connection, the first and each redirect's, goes to addresses this class resolved and checked itself: a
 * host whose name resolves to a loopback, private, link-local or multicast address (any of its addresses) is refused
 * ({@link AddressPolicy}) unless private fetching was allowed, and since the client connects to exactly the checked
 * addresses, a DNS answer that changes between the check and the connection (rebinding) cannot slip through.
 * Size, time and redirects are capped. Thread-safe.
 */
final class GuardedFetch implements Closeable {
    static final int MAX_REDIRECTS = 5;
    static final long TIMEOUT_SECONDS = 20;

    /** Why a fetch was not made or failed; {@code refused} when the address was not allowed. */
    static final class FetchError extends Exception {
        final boolean refused;

        FetchError(String message, boolean refused) {
            super(message, null, false, false);
            this.refused = refused;
        }
    }

    private final HttpClient client;
    private final int maxBytes;

    GuardedFetch(boolean allowPrivate, int maxBytes) {
        this(allowPrivate ? a -> null : AddressPolicy::refusal, maxBytes);
    }

    /** @param policy why an address may not be fetched from, or {@code null} when it may */
    GuardedFetch(java.util.function.Function<InetAddress, String> policy, int maxBytes) {
        this.maxBytes = maxBytes;
        this.client = new HttpClient();
        client.setFollowRedirects(true);
        client.setMaxRedirects(MAX_REDIRECTS);
        client.setConnectTimeout(TimeUnit.SECONDS.toMillis(10));
        client.setIdleTimeout(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "Verbatim/0.1 (+news extraction)"));
        client.setSocketAddressResolver(new Checked(policy));
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the HTTP client: " + e.getMessage(), e);
        }
    }

    /** Resolves a name, and passes on its addresses only when every one of them may be fetched from. */
    private record Checked(java.util.function.Function<InetAddress, String> policy) implements SocketAddressResolver {
        @Override
        public void resolve(String host, int port, Map<String, Object> context,
                Promise<List<InetSocketAddress>> promise) {
            InetAddress[] all;
            try {
                all = InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                promise.failed(new UnknownHostException("cannot resolve " + host));
                return;
            }
            List<InetSocketAddress> out = new ArrayList<>();
            for (InetAddress a : all) {
                String why = policy.apply(a);
                if (why != null) {
                    promise.failed(new Refused(host + " resolves to " + why + " (" + a.getHostAddress() + ")"));
                    return;
                }
                out.add(new InetSocketAddress(a, port));
            }
            promise.succeeded(out);
        }
    }

    /** A connection the policy refused. */
    private static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** Fetches {@code url} (http or https); the page's URL is where the redirects ended. */
    Page fetch(String url) throws FetchError, InterruptedException {
        URI uri = URI.create(url);
        Request req = client.newRequest(uri).timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .headers(h -> h.put(HttpHeader.ACCEPT, "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.5"));
        ContentResponse res;
        try {
            res = new CompletableResponseListener(req, maxBytes).send().get(TIMEOUT_SECONDS + 5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable c = rootOf(e);
            if (c instanceof Refused) {
                throw new FetchError("refused to fetch " + url + ": " + c.getMessage()
                        + "; the server fetches public addresses only", true);
            }
            String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
            if (m.toLowerCase(Locale.ROOT).contains("buffering capacity")) {
                m = "larger than the " + maxBytes + "-byte limit";
            }
            throw new FetchError("cannot fetch " + url + ": " + firstLine(m), false);
        } catch (TimeoutException e) {
            req.abort(e);
            throw new FetchError("cannot fetch " + url + ": no answer within " + TIMEOUT_SECONDS + " s", false);
        }
        if (res.getStatus() >= 400) {
            throw new FetchError("cannot fetch " + url + ": HTTP " + res.getStatus(), false);
        }
        String type = res.getHeaders().get(HttpHeader.CONTENT_TYPE);
        boolean text = type != null && type.toLowerCase(Locale.ROOT).startsWith("text/plain");
        String finalUrl = res.getRequest().getURI().toString();
        return new Page(finalUrl, finalUrl, res.getContent(), type, text ? Page.Kind.TEXT : Page.Kind.HTML);
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            if (t instanceof Refused) {
                return t;
            }
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    @Override
    public void close() throws IOException {
        try {
            client.stop();
        } catch (Exception e) {
            throw new IOException("cannot stop the HTTP client: " + e.getMessage(), e);
        }
    }
}
