package org.verbatim.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import java.util.concurrent.CompletableFuture;
import org.verbatim.pipeline.PagePath;
import org.verbatim.pipeline.PageProcessor;
import org.verbatim.index.ArticleSearch;

/**
 * The HTTP server: the JSON API under {@code /api}, {@code /health}, and the web app. Static assets are read once
 * from the class path by a fixed allow-list, so no request path ever reaches the file system. Every response carries
 * a Content-Security-Policy ({@code script-src 'self'}, no inline script or style) and {@code nosniff}, Jetty's own
 * error pages (a malformed request, a URI or headers too long) included; there are no CORS headers, so other origins
 * cannot read the API from a browser.
 *
 * <p>Against a hostile page or client: a request whose {@code Host} is not this server's ({@link HostCheck}) gets
 * 421, against DNS rebinding; a POST from another origin ({@code Origin}, or {@code Sec-Fetch-Site: cross-site} or
 * {@code same-site}) gets 403, so that a page in the user's browser cannot make the server work for it; extraction
 * runs in a bounded {@link ExtractionGate} under the work budgets; bodies must arrive within a time limit and at a
 * minimum rate, and idle connections are closed, so slow clients cannot hold the threads that {@code /health}
 * needs. {@code ?url=} fetching is off unless {@link Options#allowFetch()}, and refuses private addresses
 * ({@link GuardedFetch}) unless {@link Options#allowPrivateFetch()}.
 */
public final class WebServer implements Closeable {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final String WEB = "/org/verbatim/serve/web/";
    /** Request path to (resource, content type): the only files the server ever returns. */
    private static final Map<String, String[]> ASSETS = Map.of(
            "/static/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/static/app.css", new String[] {"app.css", "text/css; charset=utf-8"},
            "/static/favicon.svg", new String[] {"favicon.svg", "image/svg+xml"},
            "/api/openapi.json", new String[] {"openapi.json", "application/json; charset=utf-8"});
    /** Pages of the app: each serves the same shell, whose script renders the page named by the path. */
    private static final List<String> PAGES = List.of("/", "/articles/{id}", "/speakers", "/speakers/{id}",
            "/extract");
    /** A connection with nothing to read or write for this long is closed. */
    static final long IDLE_TIMEOUT_MS = 10_000;
    /** Request headers larger than this get 431 from Jetty. */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    static {
        // Jetty and Javalin log every start and stop at INFO; a command-line tool shows only warnings.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    /**
     * How to serve.
     *
     * @param host              address to listen on ({@code 0.0.0.0} or {@code ::} for every interface)
     * @param port              port, 0 for a free one
     * @param cacheEntries      search answers cached (0 = none)
     * @param allowFetch        whether {@code POST /api/extract?url=} fetches pages
     * @param allowPrivateFetch whether it may fetch loopback, private and link-local addresses too
     * @param hostNames         further names the server is reached by, allowed in {@code Host}
     * @param extractions       extractions run at once
     * @param waiting           extractions admitted to wait beyond those (then 503)
     * @param extractTimeout    the wall-clock safety net of one extraction
     */
    public record Options(String host, int port, int cacheEntries, boolean allowFetch, boolean allowPrivateFetch,
                          List<String> hostNames, int extractions, int waiting, Duration extractTimeout) {
        public Options {
            hostNames = List.copyOf(hostNames);
            if (extractions < 1 || waiting < 0) {
                throw new IllegalArgumentException("at least one extraction at a time");
            }
        }

        /** Loopback-safe defaults: no fetching, one extraction per core and twice that waiting, 30 s safety net. */
        public static Options defaults(String host, int port) {
            int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
            return new Options(host, port, DEFAULT_CACHE_ENTRIES, false, false, List.of(), cores, 2 * cores,
                    Duration.ofSeconds(30));
        }
    }

    private final ArticleSearch search;
    private final Javalin app;
    private final QuoteStoreLoader loader;
    private final GuardedFetch fetch;
    private final ExtractionGate gate;

    private WebServer(ArticleSearch search, QuoteStoreLoader loader, Javalin app, GuardedFetch fetch,
            ExtractionGate gate) {
        this.search = search;
        this.loader = loader;
        this.app = app;
        this.fetch = fetch;
        this.gate = gate;
    }

    /**
     * Opens the index in {@code index} and serves them on {@code host:port} ({@code 0} = a
     * free port).
     */
    public static WebServer start(Path index, String host, int port) throws IOException {
        return start(index, Options.defaults(host, port));
    }

    /** Search answers cached by default (the index snapshot is fixed while serving). */
    public static final int DEFAULT_CACHE_ENTRIES = 4096;

    /** As {@link #start(Path, String, int)}, caching at most {@code cacheEntries} search answers (0 = none). */
    public static WebServer start(Path index, String host, int port, int cacheEntries) throws IOException {
        Options d = Options.defaults(host, port);
        return start(index, new Options(host, port, cacheEntries, d.allowFetch(), d.allowPrivateFetch(),
                d.hostNames(), d.extractions(), d.waiting(), d.extractTimeout()));
    }

    /** Opens the index in {@code index} and serves them as {@code o} says. */
    public static WebServer start(Path index, Options o) throws IOException {
        ArticleSearch search = ArticleSearch.open(index);
        GuardedFetch fetch = null;
        ExtractionGate gate = null;
        // read in the background once the server listens: it answers (search, articles, /health) at once, and the
        // quote pages wait for the store
        QuoteStoreLoader loader = new QuoteStoreLoader();
        try {
            CompletableFuture<QuoteStore> store = loader.store();
            fetch = o.allowFetch() ? new GuardedFetch(o.allowPrivateFetch(), Api.MAX_FETCH_BYTES) : null;
            gate = new ExtractionGate(o.extractions(), o.waiting(), o.extractTimeout());
            PagePath pages = PagePath.standard(java.time.Clock.systemUTC());
            Api api = new Api(search, store, new PageProcessor(pages, true, true, PageProcessor.StepTimer.NONE, null),
                    o.cacheEntries(), fetch, gate);
            RequestGuard guard = new RequestGuard(HostCheck.of(o.host(), o.hostNames()));
            Map<String, byte[]> assets = loadAssets();
            Javalin app = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.startup.showOldJavalinVersionWarning = false;
                cfg.http.maxRequestSize = Api.MAX_BODY_BYTES;
                cfg.http.prefer405over404 = true;
                cfg.jetty.host = o.host();
                cfg.jetty.port = o.port();
                cfg.jetty.modifyHttpConfiguration(hc -> {
                    hc.setIdleTimeout(IDLE_TIMEOUT_MS);
                    hc.setRequestHeaderSize(MAX_HEADER_BYTES);
                    hc.setSendServerVersion(false);
                });
                cfg.jetty.modifyServer(server -> server.setErrorHandler(new SecureErrors()));
                cfg.routes.before(WebServer::securityHeaders);
                cfg.routes.before(guard::check);
                cfg.routes.get("/health", api::health);
                cfg.routes.get("/api/search", api::search);
                cfg.routes.get("/api/articles/{id}", api::article);
                cfg.routes.get("/api/quotes", api::quotes);
                cfg.routes.get("/api/speakers", api::speakers);
                cfg.routes.get("/api/speakers/{id}", api::speaker);
                cfg.routes.get("/api/entities", api::entities);
                cfg.routes.post("/api/extract", api::extract);
                ASSETS.forEach((path, a) -> cfg.routes.get(path, ctx -> asset(ctx, assets.get(a[0]), a[1])));
                for (String page : PAGES) {
                    cfg.routes.get(page, ctx -> asset(ctx, assets.get("index.html"), "text/html; charset=utf-8"));
                }
                cfg.routes.exception(Problem.class, (e, ctx) -> {
                    if (e.retryAfter() >= 0) {
                        ctx.header("Retry-After", String.valueOf(e.retryAfter()));
                    }
                    api.problem(ctx, e.status(), e.getMessage());
                });
                cfg.routes.exception(HttpResponseException.class, (e, ctx) -> api.problem(ctx, e.getStatus(),
                        e.getStatus() == 404 ? "no such resource: " + ctx.method() + " " + ctx.path()
                                : Api.firstLine(e.getMessage())));
                // the servlet layer decodes parameters with the request's charset before any handler runs
                cfg.routes.exception(java.nio.charset.UnsupportedCharsetException.class,
                        (e, ctx) -> api.problem(ctx, 400, "unknown charset " + e.getCharsetName()));
                cfg.routes.exception(java.nio.charset.IllegalCharsetNameException.class,
                        (e, ctx) -> api.problem(ctx, 400, "unknown charset " + e.getCharsetName()));
                cfg.routes.exception(Exception.class, (e, ctx) -> {
                    System.err.println("verbatim serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
                    api.problem(ctx, 500, "the server failed to answer this request");
                });
                cfg.routes.error(404, ctx -> {
                    if (ctx.attribute(Api.PROBLEM_WRITTEN) == null) {
                        api.problem(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
                    }
                });
                cfg.routes.error(405, ctx -> api.problem(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
            });
            app.start();
            loader.start(search);
            for (Connector c : app.jettyServer().server().getConnectors()) {
                if (c instanceof AbstractConnector ac) {
                    ac.setIdleTimeout(IDLE_TIMEOUT_MS);
                }
            }
            return new WebServer(search, loader, app, fetch, gate);
        } catch (RuntimeException e) {
            if (fetch != null) {
                fetch.close();
            }
            if (gate != null) {
                gate.close();
            }
            loader.stop();
            search.close();
            throw e;
        }
    }

    /** The headers every response carries, as name and value. */
    static final List<String[]> SECURITY_HEADERS = List.of(new String[] {"Content-Security-Policy", CSP},
            new String[] {"X-Content-Type-Options", "nosniff"}, new String[] {"Referrer-Policy", "no-referrer"},
            new String[] {"X-Frame-Options", "DENY"}, new String[] {"Cross-Origin-Resource-Policy", "same-origin"});

    private static void securityHeaders(Context ctx) {
        for (String[] h : SECURITY_HEADERS) {
            ctx.header(h[0], h[1]);
        }
    }

    /** Jetty's own error answers (a malformed request, a URI or headers too long) with the security headers. */
    private static final class SecureErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            add(response.getHeaders());
            return super.handle(request, response, callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            add(fields);
            return super.badMessageError(status, reason, fields);
        }

        private static void add(HttpFields.Mutable fields) {
            for (String[] h : SECURITY_HEADERS) {
                fields.put(h[0], h[1]);
            }
        }
    }

    private static void asset(Context ctx, byte[] body, String type) {
        ctx.contentType(type).header("Cache-Control", "no-cache").result(body);
    }

    private static Map<String, byte[]> loadAssets() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String name : List.of("index.html", "app.js", "app.css", "favicon.svg", "openapi.json")) {
            try (InputStream in = WebServer.class.getResourceAsStream(WEB + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing web asset " + WEB + name);
                }
                out.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Articles served. */
    public long articles() {
        try {
            return search.articleCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes stored with them. */
    public long quotes() {
        try {
            return search.quoteCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            app.stop();
        } finally {
            gate.close();
            try {
                if (fetch != null) {
                    fetch.close();
                }
            } finally {
                loader.stop(); // the loader reads every stored article: ask it to end before closing
                search.close();
            }
        }
    }
}
