package org.verbatim.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A server over a temporary index holding the demo corpus and a hostile page (script tags, event handlers and
 * {@code javascript:} links in its title, byline, body and quotes), on a free loopback port.
 */
final class TestServer implements AutoCloseable {
    static final String HOSTILE_URL = "https://hostile.example/2025/04/02/mayor-vows-to-fight";

    final Path dir;
    final WebServer server;
    final String base;

    TestServer() throws IOException {
        dir = Files.createTempDirectory("verbatim-serve-test-");
        List<DemoIndex.PageInput> pages = new ArrayList<>(DemoIndex.demoPages());
        pages.add(new DemoIndex.PageInput(HOSTILE_URL, resource("hostile.html"), "test:hostile"));
        DemoIndex.ingest(dir.resolve("index"), pages);
        server = WebServer.start(dir.resolve("index"), "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    /** Another server on a free loopback port over the same index, with these fetching and extraction limits. */
    WebServer another(boolean allowFetch, boolean allowPrivateFetch, int extractions, int waiting) throws IOException {
        WebServer.Options d = WebServer.Options.defaults("127.0.0.1", 0);
        return WebServer.start(dir.resolve("index"), new WebServer.Options("127.0.0.1", 0, 0, allowFetch,
                allowPrivateFetch, List.of(), extractions, waiting, d.extractTimeout()));
    }

    static byte[] resource(String name) {
        try (InputStream in = TestServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
