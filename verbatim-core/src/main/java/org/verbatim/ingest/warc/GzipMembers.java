package org.verbatim.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The gzip members of a file, one at a time: where each starts and ends in the compressed file, and its content,
 * checked against the member's CRC and size. A WARC.gz holds one record per member (as the standard recommends), so a
 * member's end is the next record's start whatever the record's headers claim.
 */
final class GzipMembers {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int RESERVED = 0xe0;
    private static final int CHUNK = 64 * 1024;
    private static final byte[] WARC = {'W', 'A', 'R', 'C', '/'};

    private final FileChannel ch;
    private final Region raw;
    /** Reused by every member (one reader thread). */
    private final Inflater inf = new Inflater(true);
    private final ByteBuffer input = ByteBuffer.allocate(CHUNK);
    private final byte[] output = new byte[CHUNK];

    GzipMembers(FileChannel ch) throws IOException {
        this.ch = ch;
        this.raw = Region.of(ch);
    }

    /** A member's content: in memory, or in a temporary file when it was larger than the memory cap. */
    static final class Member implements AutoCloseable {
        final long start;
        final long end;
        final Region content;
        private final Path spill;
        private final FileChannel spillChannel;

        private Member(long start, long end, Region content, Path spill, FileChannel spillChannel) {
            this.start = start;
            this.end = end;
            this.content = content;
            this.spill = spill;
            this.spillChannel = spillChannel;
        }

        @Override
        public void close() throws IOException {
            if (spill != null) {
                spillChannel.close();
                Files.deleteIfExists(spill);
            }
        }
    }

    long size() {
        return raw.size();
    }

    /** Frees the inflater's native memory. */
    void end() {
        inf.end();
    }

    /** True when a gzip header (magic, deflate, no reserved flag) starts at {@code pos}. */
    boolean headerAt(long pos) throws IOException {
        return pos + 10 <= raw.size() && raw.at(pos) == 0x1f && raw.at(pos + 1) == 0x8b && raw.at(pos + 2) == 8
                && (raw.at(pos + 3) & RESERVED) == 0;
    }

    /**
     * Inflates the member at {@code pos}, holding up to {@code memoryCap} bytes of content in memory (a larger member,
     * such as a whole WARC gzipped as one member, goes to a temporary file).
     *
     * @throws ZipException a corrupt member (bad header, deflate data, CRC or size)
     * @throws EOFException a member cut short by the end of the file
     */
    Member inflate(long pos, int memoryCap) throws IOException {
        Capped mem = new Capped(memoryCap);
        try {
            long end = inflate(pos, mem);
            return new Member(pos, end, Region.of(mem.buf, mem.len), null, null);
        } catch (Capped.Full full) {
            Path tmp = Files.createTempFile("verbatim-member-", ".warc");
            try {
                long end;
                try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                    end = inflate(pos, out);
                }
                FileChannel c = FileChannel.open(tmp);
                return new Member(pos, end, Region.of(c), tmp, c);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        }
    }

    /**
     * The first offset at or after {@code from} where a member starts whose content begins with {@code WARC/}, or the
     * file's size. A gzip magic number inside other data is checked and passed over.
     */
    long nextMember(long from) throws IOException {
        long size = raw.size();
        for (long p = from; p + 10 <= size; p++) {
            if (raw.at(p) == 0x1f && headerAt(p) && startsWithWarc(p)) {
                return p;
            }
        }
        return size;
    }

    /** True when the member at {@code pos} inflates to content that starts with {@code WARC/}. */
    boolean startsWithWarc(long pos) {
        return Arrays.equals(peek(pos, WARC.length), WARC);
    }

    /**
     * The first {@code n} bytes of the content of the member at {@code pos} (fewer when it is shorter), inflating no
     * more than that; empty when the member cannot be read.
     */
    byte[] peek(long pos, int n) {
        Capped head = new Capped(n);
        try {
            inflate(pos, head);
        } catch (Capped.Full full) {
            // enough content seen
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
        return Arrays.copyOf(head.buf, head.len);
    }

    /** Inflates the member at {@code pos} into {@code out}; returns the offset just after its trailer. */
    private long inflate(long pos, OutputStream out) throws IOException {
        long in = pos + headerLength(pos);
        inf.reset();
        CRC32 crc = new CRC32();
        long total = 0;
        try {
            while (!inf.finished()) {
                if (inf.needsInput()) {
                    input.clear();
                    int n = ch.read(input, in);
                    if (n <= 0) {
                        throw new EOFException("in the gzip member at byte " + pos);
                    }
                    in += n;
                    inf.setInput(input.array(), 0, n);
                }
                int k = inf.inflate(output);
                if (k == 0 && inf.needsDictionary()) {
                    throw new ZipException("corrupt gzip member: needs a preset dictionary");
                }
                crc.update(output, 0, k);
                total += k;
                out.write(output, 0, k);
            }
            long deflateEnd = in - inf.getRemaining();
            byte[] trailer = new byte[8];
            if (deflateEnd + 8 > raw.size()) {
                throw new EOFException("in the gzip member at byte " + pos);
            }
            for (int i = 0; i < 8; i++) {
                trailer[i] = (byte) raw.at(deflateEnd + i);
            }
            if (le32(trailer, 0) != crc.getValue() || le32(trailer, 4) != (total & 0xffffffffL)) {
                throw new ZipException("corrupt gzip member: CRC or size does not match its content");
            }
            return deflateEnd + 8;
        } catch (DataFormatException e) {
            throw new ZipException("corrupt gzip member: " + e.getMessage());
        }
    }

    /** Length of the gzip header at {@code pos} (fixed part, extra field, name, comment, header CRC). */
    private long headerLength(long pos) throws IOException {
        if (!headerAt(pos)) {
            throw new ZipException("not a gzip member");
        }
        int flags = raw.at(pos + 3);
        long p = pos + 10;
        if ((flags & FEXTRA) != 0) {
            p += 2 + (at(p) | at(p + 1) << 8);
        }
        if ((flags & FNAME) != 0) {
            p = afterZero(p);
        }
        if ((flags & FCOMMENT) != 0) {
            p = afterZero(p);
        }
        if ((flags & FHCRC) != 0) {
            p += 2;
        }
        return p - pos;
    }

    private int at(long p) throws IOException {
        if (p >= raw.size()) {
            throw new EOFException("in a gzip header");
        }
        return raw.at(p);
    }

    private long afterZero(long p) throws IOException {
        while (at(p) != 0) {
            p++;
        }
        return p + 1;
    }

    private static long le32(byte[] b, int i) {
        return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24;
    }

    /** An in-memory sink that refuses to grow past its cap. */
    private static final class Capped extends OutputStream {
        /** Thrown when the content does not fit. */
        static final class Full extends IOException {
            Full() {
                super(null, null);
            }
        }

        private final int cap;
        byte[] buf;
        int len;

        Capped(int cap) {
            this.cap = cap;
            this.buf = new byte[Math.min(cap, CHUNK)];
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int n) throws IOException {
            if (len + n > cap) {
                int fit = cap - len;
                ensure(cap);
                System.arraycopy(b, off, buf, len, fit);
                len = cap;
                throw new Full();
            }
            ensure(len + n);
            System.arraycopy(b, off, buf, len, n);
            len += n;
        }

        private void ensure(int n) {
            if (n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(n, Math.min(cap, buf.length * 2)));
            }
        }
    }
}
