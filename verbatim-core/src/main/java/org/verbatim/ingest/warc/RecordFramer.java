package org.verbatim.ingest.warc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Cuts the WARC records of a {@link Region} (a plain file, or the content of one gzip member) apart before any parser
 * sees them, checking each declared {@code Content-Length} against what follows it:
 *
 * <ul>
 *   <li>bytes that do not start a record ({@code WARC/} at the start of a line) are a gap, skipped up to the next
 *       record and reported with their offset and length;</li>
 *   <li>a record whose length runs past the end of the region, or past the start of the next record (which the block
 *       then holds), is failed with its offset, and reading resumes at that next record, so that one lying length costs
 *       one record;</li>
 *   <li>a missing, negative or unreadable length, or headers that never end, fail the record; reading resumes at the
 *       next record.</li>
 * </ul>
 * Each frame handed on holds exactly one record (headers, block, trailer), so the parser cannot read into the next.
 */
final class RecordFramer {
    /** Longest header block read before a record is declared broken. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    /** Line breaks allowed between a block's end and the next record (two are standard). */
    private static final int MAX_TRAILER_BYTES = 16;
    private static final byte[] TRAILER = {'\r', '\n', '\r', '\n'};

    /** Where framed records, failures and gaps go; offsets are offsets into the region. */
    interface Frames {
        void record(long at, byte[] frame) throws IOException, InterruptedException;

        void failed(long at, String reason) throws InterruptedException;

        void gap(long at, long length) throws InterruptedException;
    }

    private final Region region;
    private final long maxBlock;
    private final String name;

    /**
     * @param maxBlock largest block held in memory; a larger record is failed (and skipped when its length is true)
     * @param name     what the region is, for messages ("file", "gzip member")
     */
    RecordFramer(Region region, long maxBlock, String name) {
        this.region = region;
        this.maxBlock = maxBlock;
        this.name = name;
    }

    /**
     * Frames every record of the region.
     *
     * @param continued when true, a last record whose length runs past the region's end, with no other record in
     *                  between, is not failed: its offset is returned, for the caller to frame again with what follows
     *                  (a record that spans two gzip members)
     * @return the offset of that last record, or -1
     */
    long frame(Frames out, boolean continued) throws IOException, InterruptedException {
        long size = region.size();
        long pos = skipLineBreaks(0, size);
        while (pos < size) {
            if (!region.isVersionLine(pos)) {
                long next = region.nextRecord(pos + 1, size);
                out.gap(pos, next - pos);
                pos = next;
                continue;
            }
            long next = one(pos, out, continued);
            if (next < 0) {
                return pos;
            }
            pos = skipLineBreaks(next, size);
        }
        return -1;
    }

    /** Frames the record at {@code pos}; returns where to look for the next one, or -1 for a continued record. */
    private long one(long pos, Frames out, boolean continued) throws IOException, InterruptedException {
        long size = region.size();
        long body = headerEnd(pos);
        if (body < 0) {
            out.failed(pos, "corrupt record: no end of headers within " + MAX_HEADER_BYTES + " bytes");
            return region.nextRecord(pos + 1, size);
        }
        String headers = new String(region.bytes(pos, (int) (body - pos)), StandardCharsets.ISO_8859_1);
        long length;
        try {
            length = contentLength(headers);
        } catch (IllegalArgumentException e) {
            out.failed(pos, "corrupt record: " + e.getMessage());
            return region.nextRecord(body, size);
        }
        long end = body + length;
        if (end > size) {
            long next = region.nextRecord(body, size);
            if (continued && next == size) {
                return -1;
            }
            out.failed(pos, "corrupt record: truncated: Content-Length " + length + " overruns the end of the " + name
                    + (next < size ? " and the next record, at byte " + next : ""));
            return next;
        }
        if (!atBoundary(end)) {
            long next = region.nextRecord(body, end);
            if (next < end) {
                out.failed(pos, "corrupt record: Content-Length " + length + " overruns the next record, at byte "
                        + next);
                return next;
            }
            // The length ends short of the next record: the record is read as declared, and what follows it up to
            // the next record is reported as a gap.
        }
        if (length > maxBlock) {
            out.failed(pos, "payload larger than the " + maxBlock + "-byte limit");
            return end;
        }
        byte[] frame = new byte[(int) (end - pos) + TRAILER.length];
        region.read(pos, frame, 0, (int) (end - pos));
        System.arraycopy(TRAILER, 0, frame, frame.length - TRAILER.length, TRAILER.length);
        out.record(pos, frame);
        return end;
    }

    /** The offset just after the blank line that ends the headers at {@code pos}, or -1 when there is none. */
    private long headerEnd(long pos) throws IOException {
        long limit = Math.min(region.size(), pos + MAX_HEADER_BYTES);
        for (long p = pos; p < limit; p++) {
            if (region.at(p) != '\n') {
                continue;
            }
            if (p + 1 < limit && region.at(p + 1) == '\n') {
                return p + 2;
            }
            if (p + 2 < limit && region.at(p + 1) == '\r' && region.at(p + 2) == '\n') {
                return p + 3;
            }
        }
        return -1;
    }

    /** The {@code Content-Length} of a header block. */
    static long contentLength(String headers) {
        for (String line : headers.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-length")) {
                String v = line.substring(colon + 1).strip();
                long n;
                try {
                    n = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Content-Length '" + clip(v) + "' is not a number");
                }
                if (n < 0) {
                    throw new IllegalArgumentException("negative Content-Length " + n);
                }
                return n;
            }
        }
        throw new IllegalArgumentException("no Content-Length");
    }

    /** True when {@code end} is followed, after a few line breaks, by the end of the region or another record. */
    private boolean atBoundary(long end) throws IOException {
        long size = region.size();
        long p = end;
        while (p < size && p - end < MAX_TRAILER_BYTES && (region.at(p) == '\r' || region.at(p) == '\n')) {
            p++;
        }
        return p == size || region.isVersionLine(p);
    }

    private long skipLineBreaks(long pos, long size) throws IOException {
        while (pos < size && (region.at(pos) == '\r' || region.at(pos) == '\n')) {
            pos++;
        }
        return pos;
    }

    private static String clip(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "..." : s;
    }
}
