package org.verbatim.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.verbatim.model.Page;
import org.verbatim.pipeline.RecordSource;
import org.verbatim.pipeline.SourceRecord;

/**
 * Reads one WARC or ARC file (plain or gzipped, as jwarc detects) into records: {@code response} records with an
 * HTTP 2xx HTML payload and HTML {@code resource} records become HTML pages carrying their Content-Type and target
 * URI; WET {@code conversion} records become scraped-text pages; everything else is skipped with the reason.
 *
 * <p>A record that cannot be parsed is a failed record naming its byte offset; reading then resumes at the next
 * record boundary found in the raw file (the next gzip member, or the next {@code WARC/} header line), so that one
 * corrupt record never stops the archive. When no boundary follows, the file ends with that failure.
 */
public final class WarcSource implements RecordSource {
    /** Payloads larger than this are failed rather than held in memory. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private final Path file;
    private final int maxBytes;
    private final AtomicLong bytesRead;

    /**
     * @param bytesRead advanced as the file is consumed (for progress and ETA); may be {@code null}
     */
    public WarcSource(Path file, int maxBytes, AtomicLong bytesRead) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.bytesRead = bytesRead == null ? new AtomicLong() : bytesRead;
    }

    public WarcSource(Path file) {
        this(file, DEFAULT_MAX_BYTES, null);
    }

    /** True for names ending in {@code .warc}, {@code .arc}, {@code .wet}, each optionally {@code .gz}. */
    public static boolean isArchive(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        n = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
        return n.endsWith(".warc") || n.endsWith(".arc") || n.endsWith(".wet");
    }

    /**
     * True when the file starts like a WARC ({@code WARC/}) or ARC ({@code filedesc://}) file, plain or gzipped,
     * whatever its name; false when it cannot be read.
     */
    public static boolean looksLikeArchive(Path p) {
        try (InputStream raw = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(p))) {
            raw.mark(4);
            boolean gz = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream in = gz ? new java.util.zip.GZIPInputStream(raw) : raw;
            String head = new String(in.readNBytes(11), java.nio.charset.StandardCharsets.ISO_8859_1);
            return head.startsWith("WARC/") || head.startsWith("filedesc://");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void read(Sink sink) throws InterruptedException {
        String source = file.toString();
        long reported = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = 0;
            long size = ch.size();
            while (start >= 0 && start < size) {
                long resumeAfter = readFrom(ch, start, sink);
                start = resumeAfter < 0 ? -1 : Resync.next(ch, resumeAfter);
                reported = advance(reported, start < 0 ? size : start);
            }
            advance(reported, size);
        } catch (IOException e) {
            sink.accept(SourceRecord.failed(source, null, "cannot read archive: " + e.getMessage()));
        }
    }

    private long advance(long reported, long now) {
        if (now > reported) {
            bytesRead.addAndGet(now - reported);
            return now;
        }
        return reported;
    }

    /**
     * Reads records from {@code start} until the end ({@code -1}) or until a record fails; then returns the offset
     * after which to look for the next record.
     */
    private long readFrom(FileChannel ch, long start, Sink sink) throws IOException, InterruptedException {
        ch.position(start);
        WarcReader reader;
        try {
            reader = new WarcReader(ch);
        } catch (IOException | IllegalArgumentException e) {
            sink.accept(failed(start, "not a WARC or ARC record: " + e.getMessage()));
            return start;
        }
        reader.setLenient(true);
        long pos = start;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                // After a failed next(), jwarc's position is the start of the record it could not read.
                long at = Math.max(pos, reader.position());
                sink.accept(failed(at, "corrupt record: " + oneLine(e)));
                return at;
            }
            if (next.isEmpty()) {
                return -1;
            }
            WarcRecord rec = next.get();
            pos = rec.position();
            try {
                sink.accept(convert(rec));
            } catch (IOException | RuntimeException e) {
                sink.accept(failed(pos, "corrupt record: " + oneLine(e)));
                return pos;
            }
        }
    }

    private SourceRecord convert(WarcRecord rec) throws IOException {
        // ARC records have no WARC-Record-ID: their offset names them.
        String id = rec.headers().first("WARC-Record-ID").orElse("@" + rec.position());
        String source = file.toString();
        if (rec instanceof WarcResponse r) {
            return response(r, id);
        }
        if (rec instanceof WarcResource r) {
            MediaType type = r.contentType();
            if (!Payloads.isHtml(type.base().toString())) {
                return SourceRecord.skipped(source, id, "not html: " + type.base());
            }
            return page(r, id, r.body().stream(), type.toString(), Page.Kind.HTML);
        }
        if (rec instanceof WarcConversion c) {
            return page(c, id, c.body().stream(), c.contentType().toString(), Page.Kind.TEXT);
        }
        return SourceRecord.skipped(source, id, "warc type: " + rec.type());
    }

    private SourceRecord response(WarcResponse r, String id) throws IOException {
        String source = file.toString();
        String scheme = r.targetURI().getScheme();
        if (scheme == null || !scheme.toLowerCase(Locale.ROOT).startsWith("http")) {
            return SourceRecord.skipped(source, id, "not http: " + r.target());
        }
        HttpResponse http = r.http();
        if (http.status() < 200 || http.status() > 299) {
            return SourceRecord.skipped(source, id, "http status: " + http.status());
        }
        Optional<String> declared = http.headers().first("Content-Type");
        String base = declared.map(Payloads::baseType).orElse("");
        if (!base.isEmpty() && !Payloads.isHtml(base)) {
            return SourceRecord.skipped(source, id, "not html: " + base);
        }
        byte[] raw;
        try (InputStream in = http.body().stream()) {
            raw = Payloads.readCapped(in, maxBytes);
        }
        if (raw == null) {
            return failed(r.position(), id, "payload larger than the " + maxBytes + "-byte limit");
        }
        String encoding = http.headers().first("Content-Encoding").orElse("");
        byte[] bytes = Payloads.decode(raw, encoding, maxBytes);
        if (bytes == null) {
            return failed(r.position(), id, "payload larger than the " + maxBytes + "-byte limit once decoded");
        }
        if (base.isEmpty() && !Payloads.looksLikeHtml(bytes)) {
            return SourceRecord.skipped(source, id, "not html: no content type and no markup");
        }
        return SourceRecord.page(source, id,
                new Page(file + "@" + r.position(), r.target(), bytes, declared.orElse(null), Page.Kind.HTML));
    }

    private SourceRecord page(WarcTargetRecord r, String id, InputStream body, String contentType, Page.Kind kind)
            throws IOException {
        byte[] bytes;
        try (InputStream in = body) {
            bytes = Payloads.readCapped(in, maxBytes);
        }
        if (bytes == null) {
            return failed(r.position(), id, "payload larger than the " + maxBytes + "-byte limit");
        }
        String url = r.target();
        String where = file + "@" + r.position();
        return SourceRecord.page(file.toString(), id, new Page(where, url, bytes, contentType, kind));
    }

    private SourceRecord failed(long offset, String reason) {
        return failed(offset, "@" + offset, reason);
    }

    private SourceRecord failed(long offset, String id, String reason) {
        return SourceRecord.failed(file.toString(), id, "at byte " + offset + ": " + reason);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        String name = e instanceof EOFException ? "truncated (unexpected end of file)" : e.getClass().getSimpleName();
        return (m == null ? name : name + ": " + m).replaceAll("\\s+", " ");
    }
}
