package org.verbatim.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.enrich.Annotator;
import org.verbatim.index.ArticleSearch;

/**
 * The HTTP server: the JSON API under {@code /api}, {@code /health}, and the web app. Static assets are read once
 * from the class path by a fixed allow-list, so no request path ever reaches the file system. Every response carries
 * a Content-Security-Policy ({@code script-src 'self'}, no inline script or style) and {@code nosniff}; there are no
 * CORS headers, so other origins cannot read the API from a browser.
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

    static {
        // Jetty and Javalin log every start and stop at INFO; a command-line tool shows only warnings.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    private final ArticleSearch search;
    private final CorpusReader corpus;
    private final Javalin app;
    private final QuoteStore store;

    private WebServer(ArticleSearch search, CorpusReader corpus, QuoteStore store, Javalin app) {
        this.search = search;
        this.corpus = corpus;
        this.store = store;
        this.app = app;
    }

    /**
     * Opens the index in {@code index}, annotates its articles, and serves them on {@code host:port} ({@code 0} = a
     * free port).
     */
    public static WebServer start(Path index, String host, int port) throws IOException {
        return start(index, host, port, DEFAULT_CACHE_ENTRIES);
    }

    /** Search answers cached by default (the index snapshot is fixed while serving). */
    public static final int DEFAULT_CACHE_ENTRIES = 4096;

    /** As {@link #start(Path, String, int)}, caching at most {@code cacheEntries} search answers (0 = none). */
    public static WebServer start(Path index, String host, int port, int cacheEntries) throws IOException {
        ArticleSearch search = ArticleSearch.open(index);
        CorpusReader corpus = new CorpusReader(index);
        try {
            Annotator annotator = new Annotator();
            QuoteStore store = QuoteStore.build(corpus, annotator);
            Api api = new Api(search, corpus, store, annotator, cacheEntries);
            Map<String, byte[]> assets = loadAssets();
            Javalin app = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.startup.showOldJavalinVersionWarning = false;
                cfg.http.maxRequestSize = Api.MAX_BODY_BYTES;
                cfg.http.prefer405over404 = true;
                cfg.jetty.host = host;
                cfg.jetty.port = port;
                cfg.routes.before(WebServer::securityHeaders);
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
                cfg.routes.exception(Problem.class, (e, ctx) -> api.problem(ctx, e.status(), e.getMessage()));
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
            return new WebServer(search, corpus, store, app);
        } catch (RuntimeException | IOException e) {
            corpus.close();
            search.close();
            throw e;
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
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
    public int articles() {
        return store.articleCount();
    }

    /** Quotes found in them. */
    public int quotes() {
        return store.quoteCount();
    }

    @Override
    public void close() throws IOException {
        try {
            app.stop();
        } finally {
            corpus.close();
            search.close();
        }
    }
}
