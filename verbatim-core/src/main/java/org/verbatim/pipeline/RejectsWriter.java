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
import org.verbatim.ingest.SourceRecord;
import org.verbatim.ingest.Outcome;

/**
 * Appends one JSON line per failed record: {@code {"source", "record", "status", "reason"}}, where {@code record} is
 * the WARC-Record-ID, {@code @offset} or URL (null for a whole file), and one line with {@code status: "gap"} per
 * stretch of an input skipped because it held no record. Lines are flushed at once so that a crash keeps them.
 * Thread-safe. A line that cannot be written (a full disk) throws {@link UncheckedIOException} naming the file.
 */
public final class RejectsWriter implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BufferedWriter out;
    private final Path file;

    /** Opens {@code file} for appending, creating it (and its folder) when needed. */
    public RejectsWriter(Path file) throws IOException {
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    public void reject(SourceRecord record, Outcome outcome) {
        line(record.source(), record.recordId(), outcome.status().name().toLowerCase(java.util.Locale.ROOT),
                outcome.reason());
    }

    /** Writes a gap: {@code length} bytes of {@code source} from {@code offset} that held no record. */
    public void gap(String source, long offset, long length) {
        line(source, "@" + offset, "gap", "skipped " + length + " bytes that hold no record, at byte " + offset);
    }

    private synchronized void line(String source, String record, String status, String reason) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", source);
        o.put("record", record);
        o.put("status", status);
        o.put("reason", reason);
        try {
            out.write(o.toString());
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
