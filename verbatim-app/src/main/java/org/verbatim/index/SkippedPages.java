package org.verbatim.index;

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
import org.verbatim.model.Article;
import org.verbatim.ingest.SourceRecord;

/**
 * The pages an ingest left out because they are not articles, one JSON line each in {@code skipped.jsonl} of the
 * index folder: {@code {"source", "record", "url", "page_type", "page_type_confidence"}}, so that a user can find them
 * and ingest them with {@code --all-pages}. Lines are flushed at once. Thread-safe.
 */
final class SkippedPages implements Closeable {
    /** The file name in the index folder. */
    static final String FILE = "skipped.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BufferedWriter out;

    SkippedPages(Path file) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    synchronized void add(SourceRecord record, Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", record.source());
        o.put("record", record.recordId());
        o.put("url", a.url());
        o.put("page_type", a.pageType().label());
        o.put("page_type_confidence", a.pageTypeConfidence());
        try {
            out.write(o.toString());
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
