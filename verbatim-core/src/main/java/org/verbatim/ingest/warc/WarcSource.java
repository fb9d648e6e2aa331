package org.verbatim.ingest.warc;

import java.io.ByteArrayInputStream;
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
import org.verbatim.ingest.RecordSource;
import org.verbatim.ingest.SourceRecord;

/**
 * Reads one WARC or ARC file (plain or gzipped) into records: {@code response} records with an HTTP 2xx HTML payload
 * and HTML {@code resource} records become HTML pages carrying their Content-Type and target URI; WET
 * {@code conversion} records become scraped-text pages; everything else is skipped with the reason.
 *
 * <p>Records are framed before jwarc parses them ({@link RecordFramer}; in a gzipped file, each gzip member first,
 * {@link GzipMembers}), so that a damaged record costs that record only, and every loss is counted:
 * <ul>
 *   <li>a record that cannot be parsed, or whose {@code Content-Length} is missing, negative, or runs past the next
 *       record or the end of its member or file, is a failed record naming its byte offset; reading resumes at the
 *       next record, and every record after it is read;</li>
 *   <li>bytes between records that hold no record (garbage) are skipped up to the next gzip member or {@code WARC/}
 *       line, and reported to {@link Sink#gap} with their offset and length;</li>
 *   <li>a corrupt or truncated gzip member is a failed record; reading resumes at the next member.</li>
 * </ul>
 * Offsets are byte offsets in the file; in a gzipped file, the offset of the record's gzip member (and, for a member
 * holding several records, the record's uncompressed offset in it). ARC files are read by jwarc as a stream, with a
 * resync after a corrupt record ({@link Resync}).
 */
public final class WarcSource implements RecordSource {
    /** Payloads larger than this are failed rather than held in memory. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
    /** Room for the WARC and HTTP headers around a payload of {@code maxBytes}. */
    private static final int HEADROOM = 2 * RecordFramer.MAX_HEADER_BYTES;

    /** Opens what a {@link WarcSource} reads: a file, or a byte range of one seen as a whole file. */
    @FunctionalInterface
    public interface Opener {
        FileChannel open() throws IOException;
    }

    /** The input's name in every record and error ({@code source}); a path or a URI. */
    private final String file;
    private final Opener opener;
    /** Where the channel's byte 0 lies in the named file: reported offsets are the file's. */
    private final long origin;
    private final int maxBytes;
    private final AtomicLong bytesRead;
    private long reported;

    /**
     * @param bytesRead advanced as the file is consumed (for progress and ETA); may be {@code null}
     */
    public WarcSource(Path file, int maxBytes, AtomicLong bytesRead) {
        this(file.toString(), () -> FileChannel.open(file, StandardOpenOption.READ), 0, maxBytes, bytesRead);
    }

    /**
     * An archive read through any channel: a file on another file system, or one record's byte range of a file (then
     * {@code origin} is where the range starts, so that offsets in records and errors are the file's).
     *
     * @param name      the input's name, as records and errors give it
     * @param opener    opens the channel, once per {@link #read}
     * @param origin    the offset in {@code name} of the channel's first byte
     * @param bytesRead advanced as the channel is consumed; may be {@code null}
     */
    public WarcSource(String name, Opener opener, long origin, int maxBytes, AtomicLong bytesRead) {
        this.file = java.util.Objects.requireNonNull(name, "name");
        this.opener = java.util.Objects.requireNonNull(opener, "opener");
        this.origin = origin;
        this.maxBytes = maxBytes;
        this.bytesRead = bytesRead == null ? new AtomicLong() : bytesRead;
    }

    public WarcSource(Path file) {
        this(file, DEFAULT_MAX_BYTES, null);
    }

    /** True for names ending in {@code .warc}, {@code .arc}, {@code .wet}, each optionally {@code .gz}. */
    public static boolean isArchive(Path p) {
        return isArchiveName(p.getFileName().toString());
    }

    /** True for file names ending in {@code .warc}, {@code .arc}, {@code .wet}, each optionally {@code .gz}. */
    public static boolean isArchiveName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
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
        reported = 0;
        try (FileChannel ch = opener.open()) {
            GzipMembers gz = new GzipMembers(ch);
            try {
                if (gz.headerAt(0) && !startsArc(gz)) {
                    readGzip(gz, sink);
                } else if (gz.headerAt(0) || startsWith(Region.of(ch), "filedesc://")) {
                    readArc(ch, sink);
                } else {
                    readPlain(ch, sink);
                }
            } finally {
                gz.end();
            }
            advance(ch.size());
        } catch (IOException e) {
            sink.accept(SourceRecord.failed(file, null, "cannot read archive: " + e.getMessage()));
        }
    }

    /** A corrupt first member is not an ARC: it is read as a WARC, where it becomes a failed record. */
    private static boolean startsArc(GzipMembers gz) {
        byte[] arc = "filedesc://".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return java.util.Arrays.equals(gz.peek(0, arc.length), arc);
    }

    private static boolean startsWith(Region r, String prefix) throws IOException {
        if (r.size() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (r.at(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void readPlain(FileChannel ch, Sink sink) throws IOException, InterruptedException {
        new RecordFramer(Region.of(ch), (long) maxBytes + HEADROOM, "file").frame(new Frames(sink, 0, false), false);
    }

    /**
     * Member by member: garbage up to the next member is a gap; a corrupt member one failed record. A record that runs
     * past its member's end into a member that does not start a record (a writer that cut one record into several
     * members) is framed again over both.
     */
    private void readGzip(GzipMembers gz, Sink sink) throws IOException, InterruptedException {
        long pos = 0;
        long size = gz.size();
        while (pos < size) {
            if (!gz.headerAt(pos)) {
                long next = gz.nextMember(pos + 1);
                sink.gap(file, origin + pos, next - pos);
                pos = next;
                continue;
            }
            try {
                pos = member(gz, pos, sink);
            } catch (IOException e) {
                sink.accept(failed(pos, "corrupt record: " + oneLine(e)));
                pos = gz.nextMember(pos + 1); // the bytes up to there belong to the failed record
            }
            advance(pos);
        }
    }

    /** Frames the records of the member at {@code pos} (and of the members it continues into); returns the next. */
    private long member(GzipMembers gz, long pos, Sink sink) throws IOException, InterruptedException {
        int cap = maxBytes + HEADROOM;
        try (GzipMembers.Member m = gz.inflate(pos, cap)) {
            Frames frames = new Frames(sink, pos, true);
            long pending = new RecordFramer(m.content, cap, "gzip member").frame(frames, true);
            long end = m.end;
            if (pending < 0) {
                return end;
            }
            byte[] joined = m.content.bytes(pending, (int) Math.min(cap, m.content.size() - pending));
            while (gz.headerAt(end) && !gz.startsWithWarc(end) && joined.length < cap) {
                try (GzipMembers.Member next = gz.inflate(end, cap)) {
                    int take = (int) Math.min(next.content.size(), cap - joined.length);
                    byte[] more = next.content.bytes(0, take);
                    joined = java.util.Arrays.copyOf(joined, joined.length + take);
                    System.arraycopy(more, 0, joined, joined.length - take, take);
                    end = next.end;
                }
            }
            new RecordFramer(Region.of(joined, joined.length), cap, "gzip member").frame(
                    new Frames(sink, pos, true, pending), false);
            return end;
        }
    }

    /** Turns framed records into source records; offsets are mapped to the file's. */
    private final class Frames implements RecordFramer.Frames {
        private final Sink sink;
        private final long base;
        private final boolean member;
        /** Where the framed region starts in the member's content. */
        private final long shift;

        Frames(Sink sink, long base, boolean member) {
            this(sink, base, member, 0);
        }

        Frames(Sink sink, long base, boolean member, long shift) {
            this.sink = sink;
            this.base = base;
            this.member = member;
            this.shift = shift;
        }

        private String where(long at) {
            return member && at + shift > 0 ? (origin + base) + "+" + (at + shift) : String.valueOf(origin + base + at);
        }

        @Override
        public void record(long at, byte[] frame) throws InterruptedException {
            sink.accept(parse(frame, where(at), member ? base : base + at));
            if (!member) {
                advance(base + at);
            }
        }

        @Override
        public void failed(long at, String reason) throws InterruptedException {
            String w = where(at);
            sink.accept(SourceRecord.failed(file, "@" + w, "at byte " + w + ": " + reason));
        }

        @Override
        public void gap(long at, long length) throws InterruptedException {
            if (base + at == 0) {
                // nothing of a WARC where the file starts: a failure, not garbage between records
                sink.accept(SourceRecord.failed(file, "@" + origin, "at byte " + origin + ": not a WARC record ("
                        + length + (member ? " bytes of the first gzip member" : " bytes") + " hold no WARC/ line)"));
                return;
            }
            sink.gap(file, origin + (member ? base : base + at), length);
        }
    }

    /** Parses one framed record with jwarc; a record it cannot read is failed. */
    private SourceRecord parse(byte[] frame, String where, long offset) {
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(frame))) {
            reader.setLenient(true);
            Optional<WarcRecord> rec = reader.next();
            if (rec.isEmpty()) {
                return failed(where, "@" + where, "corrupt record: no record in its frame");
            }
            return convert(rec.get(), where);
        } catch (IOException | RuntimeException e) {
            return failed(where, "@" + where, "corrupt record: " + oneLine(e));
        }
    }

    private void advance(long now) {
        if (now > reported) {
            bytesRead.addAndGet(now - reported);
            reported = now;
        }
    }

    // ---- ARC: jwarc reads the file as a stream; after a corrupt record, Resync finds the next one ----------------

    private void readArc(FileChannel ch, Sink sink) throws IOException, InterruptedException {
        long start = 0;
        long size = ch.size();
        while (start >= 0 && start < size) {
            long resumeAfter = readArcFrom(ch, start, sink);
            start = resumeAfter < 0 ? -1 : Resync.next(ch, resumeAfter);
            advance(start < 0 ? size : start);
        }
    }

    /**
     * Reads records from {@code start} until the end ({@code -1}) or until a record fails; then returns the offset
     * after which to look for the next record.
     */
    private long readArcFrom(FileChannel ch, long start, Sink sink) throws IOException, InterruptedException {
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
                sink.accept(convert(rec, String.valueOf(origin + pos)));
            } catch (IOException | RuntimeException e) {
                sink.accept(failed(pos, "corrupt record: " + oneLine(e)));
                return pos;
            }
        }
    }

    /** The record's verdict; {@code where} is its offset as reported ("1234", or "1234+56" inside a member). */
    private SourceRecord convert(WarcRecord rec, String where) throws IOException {
        // ARC records have no WARC-Record-ID: their offset names them.
        String id = rec.headers().first("WARC-Record-ID").orElse("@" + where);
        String source = file;
        if (rec instanceof WarcResponse r) {
            return response(r, id, where);
        }
        if (rec instanceof WarcResource r) {
            MediaType type = r.contentType();
            if (!Payloads.isHtml(type.base().toString())) {
                return SourceRecord.skipped(source, id, "not html: " + type.base());
            }
            return page(r, id, where, r.body().stream(), type.toString(), Page.Kind.HTML);
        }
        if (rec instanceof WarcConversion c) {
            return page(c, id, where, c.body().stream(), c.contentType().toString(), Page.Kind.TEXT);
        }
        return SourceRecord.skipped(source, id, "warc type: " + rec.type());
    }

    private SourceRecord response(WarcResponse r, String id, String where) throws IOException {
        String source = file;
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
            return failed(where, id, "payload larger than the " + maxBytes + "-byte limit");
        }
        String encoding = http.headers().first("Content-Encoding").orElse("");
        byte[] bytes = Payloads.decode(raw, encoding, maxBytes);
        if (bytes == null) {
            return failed(where, id, "payload larger than the " + maxBytes + "-byte limit once decoded");
        }
        if (base.isEmpty() && !Payloads.looksLikeHtml(bytes)) {
            return SourceRecord.skipped(source, id, "not html: no content type and no markup");
        }
        return SourceRecord.page(source, id,
                new Page(file + "@" + where, r.target(), bytes, declared.orElse(null), Page.Kind.HTML));
    }

    private SourceRecord page(WarcTargetRecord r, String id, String where, InputStream body, String contentType,
            Page.Kind kind) throws IOException {
        byte[] bytes;
        try (InputStream in = body) {
            bytes = Payloads.readCapped(in, maxBytes);
        }
        if (bytes == null) {
            return failed(where, id, "payload larger than the " + maxBytes + "-byte limit");
        }
        return SourceRecord.page(file, id, new Page(file + "@" + where, r.target(), bytes, contentType,
                kind));
    }

    /** A failed record at {@code offset} of the channel. */
    private SourceRecord failed(long offset, String reason) {
        long at = origin + offset;
        return failed(String.valueOf(at), "@" + at, reason);
    }

    private SourceRecord failed(String where, String id, String reason) {
        return SourceRecord.failed(file, id, "at byte " + where + ": " + reason);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        String name = e instanceof EOFException ? "truncated (unexpected end of file)" : e.getClass().getSimpleName();
        return (m == null ? name : name + ": " + m).replaceAll("\\s+", " ");
    }
}
