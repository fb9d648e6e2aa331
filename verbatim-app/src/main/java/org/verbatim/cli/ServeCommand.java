package org.verbatim.cli;

import org.verbatim.index.IndexException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.verbatim.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code verbatim serve}: the REST API and the web app over an index, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves an index as a web app and a JSON API, on 127.0.0.1 unless told otherwise.",
                "The API is under /api (see /api/openapi.json); the web app searches, reads articles with their "
                        + "quotes by speaker, follows a speaker over time and extracts a page."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--cache-entries", paramLabel = "N", defaultValue = "4096",
            description = "Search answers kept in memory (default: ${DEFAULT-VALUE}; 0 = no cache).")
    int cacheEntries;

    @Option(names = "--host-name", paramLabel = "NAME",
            description = "A further name the server is reached by (repeatable). Requests whose Host is not the "
                    + "listening address, localhost or such a name get 421 (against DNS rebinding); with --host "
                    + "0.0.0.0 every local interface's address is allowed.")
    List<String> hostNames = new ArrayList<>();

    @Option(names = "--allow-fetch",
            description = "Let POST /api/extract?url= fetch pages (off by default: the server then fetches nothing). "
                    + "Loopback, private, link-local and multicast addresses are still refused, after DNS "
                    + "resolution and on every redirect.")
    boolean allowFetch;

    @Option(names = "--allow-private-fetch",
            description = "With --allow-fetch, also fetch loopback and private addresses (a trusted network only).")
    boolean allowPrivateFetch;

    @Option(names = "--extractions", paramLabel = "N", hidden = true,
            description = "Extractions run at once (default: one per core); twice as many may wait, more get 503.")
    Integer extractions;

    @Override
    public Integer call() throws Exception {
        index.requireNotAFile();
        if (allowPrivateFetch && !allowFetch) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--allow-private-fetch needs --allow-fetch");
        }
        WebServer.Options d = WebServer.Options.defaults(host, port);
        int running = extractions != null ? Math.max(1, extractions) : d.extractions();
        WebServer.Options o = new WebServer.Options(host, port, Math.max(0, cacheEntries), allowFetch,
                allowPrivateFetch, hostNames, running, 2 * running, d.extractTimeout());
        WebServer server;
        try {
            server = WebServer.start(index.dir, o);
        } catch (IndexException e) {
            System.err.println("verbatim serve: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("verbatim serve: cannot open the index " + index.dir + ": " + e.getMessage());
            return 2;
        }
        System.out.printf("serving %d articles, %d quotes%n", server.articles(), server.quotes());
        runUntilStopped(server, host, null);
        return 0;
    }

    /** Prints the URL, then blocks until the JVM is asked to stop; closes the server and runs {@code cleanup}. */
    static void runUntilStopped(WebServer server, String host, Runnable cleanup) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("verbatim: error while stopping: " + e.getMessage());
            }
            if (cleanup != null) {
                cleanup.run();
            }
            stopped.countDown();
        }));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.out.printf("Verbatim is running at http://%s:%d/ (Ctrl-C to stop)%n", shown, server.port());
        System.out.flush();
        stopped.await();
    }

    /** {@code port} when it can be bound on {@code host}, else 0 (any free port). */
    static int freeOr(String host, int port) {
        if (port == 0) {
            return 0;
        }
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName(host))) {
            s.setReuseAddress(true);
            return port;
        } catch (IOException e) {
            return 0;
        }
    }
}
