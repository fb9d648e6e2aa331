package org.verbatim.spark;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;

/**
 * One open file of a Hadoop file system ({@code file:}, {@code hdfs:}, {@code s3a:}...), read through a cache of two
 * blocks, and seen by {@link org.verbatim.ingest.warc.WarcSource} as {@link FileChannel}s: the whole file, or the byte
 * range of one record.
 *
 * <p>The WARC reader scans forward with small look-backs (a gzip member's header, then its deflate data), so two
 * blocks serve almost every read, and the underlying stream only ever seeks forward: on an object store that is one
 * streaming GET per file instead of one request per read. A block never extends past the range being read, so
 * reading one record of a large file fetches that record's bytes only. Memory: two blocks of {@link #BLOCK} bytes.
 * Not thread-safe (one task reads one file).
 */
final class HadoopFile implements AutoCloseable {
    /** Bytes per cached block. */
    static final int BLOCK = 1 << 20;

    /** What the file is read from: a seekable stream (Hadoop's {@code FSDataInputStream}, or a test's). */
    interface Stream extends AutoCloseable {
        void seek(long pos) throws IOException;

        long getPos() throws IOException;

        /** Reads up to {@code len} bytes at the current position; -1 at the end. */
        int read(byte[] b, int off, int len) throws IOException;

        @Override
        void close() throws IOException;
    }

    private final Stream in;
    private final long length;
    private final Block[] blocks = {new Block(), new Block()};
    private int next;

    /** A cached stretch of the file. */
    private static final class Block {
        final byte[] bytes = new byte[BLOCK];
        long start = -1;
        int length;

        boolean holds(long pos) {
            return start >= 0 && pos >= start && pos < start + length;
        }
    }

    HadoopFile(Stream in, long length) {
        this.in = Objects.requireNonNull(in, "in");
        this.length = length;
    }

    long length() {
        return length;
    }

    /** The whole file as a channel. */
    FileChannel channel() {
        return new View(0, length);
    }

    /** Bytes {@code [start, start + size)} as a channel of their own (clipped to the file). */
    FileChannel slice(long start, long size) {
        long s = Math.max(0, Math.min(start, length));
        return new View(s, Math.max(0, Math.min(size, length - s)));
    }

    /** Copies up to {@code n} bytes from {@code pos}, reading no byte at or past {@code limit}; -1 at the limit. */
    private int read(long pos, byte[] dst, int off, int n, long limit) throws IOException {
        if (pos >= limit) {
            return -1;
        }
        Block b = blocks[0].holds(pos) ? blocks[0] : blocks[1].holds(pos) ? blocks[1] : fill(pos, limit);
        int at = (int) (pos - b.start);
        int k = (int) Math.min(n, Math.min(b.length - at, limit - pos));
        System.arraycopy(b.bytes, at, dst, off, k);
        return k;
    }

    private Block fill(long pos, long limit) throws IOException {
        Block b = blocks[next];
        next = 1 - next;
        b.start = -1;
        if (in.getPos() != pos) {
            in.seek(pos);
        }
        int want = (int) Math.min(BLOCK, limit - pos);
        int got = 0;
        while (got < want) {
            int k = in.read(b.bytes, got, want - got);
            if (k < 0) {
                break;
            }
            got += k;
        }
        if (got == 0) {
            throw new EOFException("no byte at " + pos + " of a " + length + "-byte file");
        }
        b.start = pos;
        b.length = got;
        return b;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A read-only channel over {@code [start, start + size)} of the file; closing it leaves the file open. */
    private final class View extends FileChannel {
        private final long start;
        private final long size;
        private long position;

        View(long start, long size) {
            this.start = start;
            this.size = size;
        }

        @Override
        public int read(ByteBuffer dst, long pos) throws IOException {
            if (pos < 0) {
                throw new IllegalArgumentException("negative position");
            }
            if (pos >= size) {
                return -1;
            }
            int total = 0;
            while (dst.hasRemaining() && pos + total < size) {
                int n;
                if (dst.hasArray()) {
                    n = HadoopFile.this.read(start + pos + total, dst.array(), dst.arrayOffset() + dst.position(),
                            dst.remaining(), start + size);
                    if (n > 0) {
                        dst.position(dst.position() + n);
                    }
                } else {
                    byte[] tmp = new byte[Math.min(dst.remaining(), BLOCK)];
                    n = HadoopFile.this.read(start + pos + total, tmp, 0, tmp.length, start + size);
                    if (n > 0) {
                        dst.put(tmp, 0, n);
                    }
                }
                if (n < 0) {
                    break;
                }
                total += n;
            }
            return total == 0 && !dst.hasRemaining() ? 0 : total == 0 ? -1 : total;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            int n = read(dst, position);
            if (n > 0) {
                position += n;
            }
            return n;
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                if (!dsts[i].hasRemaining()) {
                    continue;
                }
                int n = read(dsts[i]);
                if (n < 0) {
                    return total == 0 ? -1 : total;
                }
                total += n;
                if (dsts[i].hasRemaining()) {
                    break;
                }
            }
            return total;
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public FileChannel position(long newPosition) {
            if (newPosition < 0) {
                throw new IllegalArgumentException("negative position");
            }
            position = newPosition;
            return this;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) {
            throw new NonWritableChannelException();
        }

        @Override
        public int write(ByteBuffer src, long position) {
            throw new NonWritableChannelException();
        }

        @Override
        public FileChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public void force(boolean metaData) {
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            ByteBuffer b = ByteBuffer.allocate((int) Math.min(count, BLOCK));
            long done = 0;
            while (done < count) {
                b.clear().limit((int) Math.min(b.capacity(), count - done));
                int n = read(b, position + done);
                if (n <= 0) {
                    break;
                }
                b.flip();
                while (b.hasRemaining()) {
                    target.write(b);
                }
                done += n;
            }
            return done;
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw new NonWritableChannelException();
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) {
            throw new UnsupportedOperationException("a Hadoop file cannot be mapped");
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException("a Hadoop file cannot be locked");
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException("a Hadoop file cannot be locked");
        }

        @Override
        protected void implCloseChannel() {
            // the file stays open for the next range; HadoopFile.close() closes it
        }
    }
}
