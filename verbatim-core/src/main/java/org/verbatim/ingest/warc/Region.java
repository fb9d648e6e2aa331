package org.verbatim.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Bytes read by offset: a plain file (through a window, so that scanning reads each byte once) or the decompressed
 * content of one gzip member held in memory. What {@link RecordFramer} frames records in.
 */
abstract class Region {
    private static final byte[] WARC_LINE = {'W', 'A', 'R', 'C', '/'};

    /** Number of bytes. */
    abstract long size();

    /** The byte at {@code pos} ({@code 0 <= pos < size}), as 0-255. */
    abstract int at(long pos) throws IOException;

    /** {@code length} bytes from {@code pos}, which must all lie inside. */
    byte[] bytes(long pos, int length) throws IOException {
        byte[] out = new byte[length];
        read(pos, out, 0, length);
        return out;
    }

    /** Copies {@code length} bytes from {@code pos}, which must all lie inside, into {@code dst} at {@code off}. */
    abstract void read(long pos, byte[] dst, int off, int length) throws IOException;

    /** True when {@code pos} starts a {@code WARC/} version line: at the start, or after a line feed. */
    boolean startsRecord(long pos) throws IOException {
        return (pos == 0 || pos <= size() && at(pos - 1) == '\n') && isVersionLine(pos);
    }

    /** True when the bytes at {@code pos} read {@code WARC/} and a digit. */
    boolean isVersionLine(long pos) throws IOException {
        if (pos + WARC_LINE.length + 1 > size()) {
            return false;
        }
        for (int i = 0; i < WARC_LINE.length; i++) {
            if (at(pos + i) != WARC_LINE[i]) {
                return false;
            }
        }
        int digit = at(pos + WARC_LINE.length);
        return digit >= '0' && digit <= '9';
    }

    /** The first offset at or after {@code from} (and before {@code limit}) that starts a record, or {@code limit}. */
    long nextRecord(long from, long limit) throws IOException {
        long end = Math.min(limit, size());
        for (long p = from; p < end; p++) {
            if (at(p) == 'W' && startsRecord(p)) {
                return p;
            }
        }
        return limit;
    }

    static Region of(byte[] bytes, int length) {
        return new ArrayRegion(bytes, length);
    }

    static Region of(FileChannel ch) throws IOException {
        return new FileRegion(ch);
    }

    private static final class ArrayRegion extends Region {
        private final byte[] bytes;
        private final int length;

        ArrayRegion(byte[] bytes, int length) {
            this.bytes = bytes;
            this.length = length;
        }

        @Override
        long size() {
            return length;
        }

        @Override
        int at(long pos) {
            return bytes[(int) pos] & 0xff;
        }

        @Override
        void read(long pos, byte[] dst, int off, int n) {
            System.arraycopy(bytes, (int) pos, dst, off, n);
        }
    }

    /** A file read through a 64 KiB window that moves forward as it is read. */
    private static final class FileRegion extends Region {
        private static final int WINDOW = 64 * 1024;
        private final FileChannel ch;
        private final long size;
        private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
        private long windowStart = -1;
        private int windowLength;

        FileRegion(FileChannel ch) throws IOException {
            this.ch = ch;
            this.size = ch.size();
        }

        @Override
        long size() {
            return size;
        }

        @Override
        int at(long pos) throws IOException {
            if (pos < windowStart || pos >= windowStart + windowLength) {
                fill(pos);
            }
            return window.get((int) (pos - windowStart)) & 0xff;
        }

        private void fill(long pos) throws IOException {
            window.clear();
            windowStart = pos;
            windowLength = 0;
            while (window.hasRemaining()) {
                int n = ch.read(window, pos + windowLength);
                if (n < 0) {
                    break;
                }
                windowLength += n;
            }
            if (windowLength == 0) {
                throw new EOFException("no byte at " + pos);
            }
        }

        @Override
        void read(long pos, byte[] dst, int off, int n) throws IOException {
            ByteBuffer b = ByteBuffer.wrap(dst, off, n);
            while (b.hasRemaining()) {
                if (ch.read(b, pos + b.position() - off) < 0) {
                    throw new EOFException("the file ends inside a record");
                }
            }
        }
    }
}
