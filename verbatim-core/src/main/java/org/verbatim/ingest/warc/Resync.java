package org.verbatim.ingest.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * For ARC files, which jwarc reads as a stream: finds where the next record may start after a corrupt one, by
 * scanning the raw file: a gzip member header ({@code 1f 8b 08}) in compressed archives, a {@code WARC/} version
 * line at the start of a line in plain ones. A false candidate only costs one more failed attempt, since the reader
 * validates what it finds. (WARC files are framed record by record instead: {@link RecordFramer}.)
 */
final class Resync {
    private static final byte[] WARC_LINE = {'\n', 'W', 'A', 'R', 'C', '/'};
    private static final int CHUNK = 64 * 1024;

    private Resync() {
    }

    /** The first candidate offset strictly after {@code after}, or {@code -1} when there is none. */
    static long next(FileChannel ch, long after) throws IOException {
        boolean gzip = isGzipAt(ch, after);
        ByteBuffer buf = ByteBuffer.allocate(CHUNK);
        long base = after + 1;
        byte[] prev = new byte[0];
        while (base < ch.size()) {
            buf.clear();
            int n = ch.read(buf, base);
            if (n <= 0) {
                return -1;
            }
            byte[] window = concat(prev, buf.array(), n);
            long windowStart = base - prev.length;
            int hit = gzip ? indexOfGzip(window) : indexOf(window, WARC_LINE);
            if (hit >= 0) {
                long at = windowStart + hit + (gzip ? 0 : 1);
                if (at > after) {
                    return at;
                }
            }
            prev = java.util.Arrays.copyOfRange(window, Math.max(0, window.length - WARC_LINE.length), window.length);
            base += n;
        }
        return -1;
    }

    private static boolean isGzipAt(FileChannel ch, long offset) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(2);
        int n = ch.read(b, offset);
        return n == 2 && (b.get(0) & 0xff) == 0x1f && (b.get(1) & 0xff) == 0x8b;
    }

    private static byte[] concat(byte[] a, byte[] b, int bLen) {
        byte[] out = new byte[a.length + bLen];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, bLen);
        return out;
    }

    private static int indexOfGzip(byte[] w) {
        for (int i = 0; i + 2 < w.length; i++) {
            if ((w[i] & 0xff) == 0x1f && (w[i + 1] & 0xff) == 0x8b && w[i + 2] == 0x08) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] w, byte[] pat) {
        outer:
        for (int i = 0; i + pat.length <= w.length; i++) {
            for (int j = 0; j < pat.length; j++) {
                if (w[i + j] != pat[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
