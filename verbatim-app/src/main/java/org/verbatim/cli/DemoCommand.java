package org.verbatim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.verbatim.serve.DemoIndex;
import org.verbatim.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verbatim demo}: ingests the bundled demo corpus (news pages written for the project, in several site
 * templates and languages, with one syndicated copy) into a temporary index and serves it, until Ctrl-C.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ingests the bundled demo news pages into a temporary index and serves the web app.",
                "Open the printed URL: search, read articles with quotes by speaker, follow a speaker, extract a page."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; a free port when it is busy).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--no-serve", description = "Ingest, print a summary and exit (for tests and CI).")
    boolean noServe;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("verbatim-demo-");
        DemoIndex.Summary s = DemoIndex.ingest(dir.resolve("index"), DemoIndex.demoPages());
        System.out.printf("demo corpus: %d pages ingested, %d articles in the index%n", s.pages(), s.articles());
        if (noServe) {
            try (WebServer server = WebServer.start(dir.resolve("index"), host, 0)) {
                System.out.printf("quotes: %d%n", server.quotes());
            } finally {
                delete(dir);
            }
            return 0;
        }
        WebServer server;
        int chosen = ServeCommand.freeOr(host, port);
        try {
            server = WebServer.start(dir.resolve("index"), host, chosen);
        } catch (RuntimeException e) {
            server = WebServer.start(dir.resolve("index"), host, 0); // lost a race for the port
        }
        if (chosen != port) {
            System.out.printf("port %d is busy; using %d%n", port, server.port());
        }
        System.out.printf("serving %d articles, %d quotes%n", server.articles(), server.quotes());
        ServeCommand.runUntilStopped(server, host, () -> delete(dir));
        return 0;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
