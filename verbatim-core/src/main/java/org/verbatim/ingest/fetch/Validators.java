package org.verbatim.ingest.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ETag and Last-Modified per URL, for conditional GETs; optionally kept in a tab-separated file so that a later run
 * (e.g. polling the same feeds) receives 304 Not Modified for unchanged documents. Thread-safe.
 */
public final class Validators {
    /** What the server said about a document the last time. */
    public record Entry(String etag, String lastModified) {
    }

    private final Map<String, Entry> byUrl = new ConcurrentHashMap<>();
    private final Path file;

    /** In memory only. */
    public Validators() {
        this.file = null;
    }

    private Validators(Path file) {
        this.file = file;
    }

    /** Loads {@code file} when it exists; {@link #save()} writes it back. */
    public static Validators load(Path file) throws IOException {
        Validators v = new Validators(file);
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 3) {
                    v.byUrl.put(f[0], new Entry(f[1].isEmpty() ? null : f[1], f[2].isEmpty() ? null : f[2]));
                }
            }
        }
        return v;
    }

    public Entry get(String url) {
        return byUrl.get(url);
    }

    public void put(String url, String etag, String lastModified) {
        if (etag != null || lastModified != null) {
            byUrl.put(url, new Entry(etag, lastModified));
        }
    }

    /** Writes the file atomically (no-op when in memory only). */
    public void save() throws IOException {
        if (file == null) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        byUrl.forEach((u, e) -> sb.append(clean(u)).append('\t').append(clean(e.etag())).append('\t')
                .append(clean(e.lastModified())).append('\n'));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\t\r\n]", " ");
    }
}
