package org.verbatim.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A local HTTP server on 127.0.0.1 for fetch tests; never the internet. Routes map a path to a handler. */
final class LocalServer implements AutoCloseable {
    @FunctionalInterface
    interface Route {
        void handle(HttpExchange ex, int hit) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final List<String> log = new CopyOnWriteArrayList<>();

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath();
            log.add(path);
            int n = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Route r = routes.get(path);
            try {
                if (r == null) {
                    send(ex, 404, "text/plain", "no such page");
                } else {
                    r.handle(ex, n);
                }
            } finally {
                ex.close();
            }
        });
        server.start();
    }

    LocalServer route(String path, Route r) {
        routes.put(path, r);
        return this;
    }

    LocalServer page(String path, String type, String body) {
        return route(path, (ex, n) -> send(ex, 200, type, body));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream o = ex.getResponseBody()) {
                o.write(b);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
