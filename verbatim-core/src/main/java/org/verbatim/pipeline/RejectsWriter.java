package org.verbatim.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends one JSON line per failed record: {@code {"source", "record", "status", "reason"}}, where {@code record} is
 * the WARC-Record-ID, {@code @offset} or URL (null for a whole file). Lines are flushed at once so that a crash keeps
 * them. Thread-safe.
 */
public final class RejectsWriter implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BufferedWriter out;

    /** Opens {@code file} for appending, creating it (and its folder) when needed. */
    public RejectsWriter(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    public synchronized void reject(SourceRecord record, Outcome outcome) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", record.source());
        o.put("record", record.recordId());
        o.put("status", outcome.status().name().toLowerCase(java.util.Locale.ROOT));
        o.put("reason", outcome.reason());
        try {
            out.write(o.toString());
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
