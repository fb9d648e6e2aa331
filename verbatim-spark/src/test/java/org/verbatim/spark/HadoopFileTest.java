package org.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The block cache reads exactly the file's bytes, never past a range, and seeks its stream forward only. */
class HadoopFileTest {

    /** A stream over bytes that records every seek. */
    private static final class Bytes implements HadoopFile.Stream {
        final byte[] data;
        final List<Long> seeks = new ArrayList<>();
        long pos;
        long maxRead;

        Bytes(byte[] data) {
            this.data = data;
        }

        @Override
        public void seek(long p) {
            seeks.add(p);
            pos = p;
        }

        @Override
        public long getPos() {
            return pos;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) {
                return -1;
            }
            int n = (int) Math.min(len, data.length - pos);
            System.arraycopy(data, (int) pos, b, off, n);
            pos += n;
            maxRead = Math.max(maxRead, pos);
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void randomReadsReturnTheFilesBytes() throws IOException {
        Random rnd = new Random(7);
        byte[] data = new byte[3 * HadoopFile.BLOCK + 12345];
        rnd.nextBytes(data);
        HadoopFile f = new HadoopFile(new Bytes(data), data.length);
        FileChannel ch = f.channel();
        assertThat(ch.size()).isEqualTo(data.length);
        for (int i = 0; i < 500; i++) {
            long at = rnd.nextInt(data.length);
            ByteBuffer b = ByteBuffer.allocate(1 + rnd.nextInt(70_000));
            int n = ch.read(b, at);
            assertThat(n).isEqualTo((int) Math.min(b.capacity(), data.length - at));
            for (int k = 0; k < n; k++) {
                assertThat(b.get(k)).isEqualTo(data[(int) at + k]);
            }
        }
        assertThat(ch.read(ByteBuffer.allocate(1), data.length)).isEqualTo(-1);
    }

    @Test
    void aForwardScanWithLookBacksSeeksOnlyForward() throws IOException {
        byte[] data = new byte[5 * HadoopFile.BLOCK];
        Bytes stream = new Bytes(data);
        FileChannel ch = new HadoopFile(stream, data.length).channel();
        ByteBuffer b = ByteBuffer.allocate(4096);
        for (long at = 0; at < data.length; at += 4096) {
            ch.read(b.clear(), at);
            ch.read(ByteBuffer.allocate(16), Math.max(0, at - 3000)); // a look back, as a gzip header check does
        }
        assertThat(stream.seeks).isSorted();
    }

    @Test
    void aRangeIsReadAloneAndLooksLikeAWholeFile() throws IOException {
        byte[] data = new byte[2 * HadoopFile.BLOCK];
        new Random(3).nextBytes(data);
        Bytes stream = new Bytes(data);
        FileChannel slice = new HadoopFile(stream, data.length).slice(1000, 500);
        assertThat(slice.size()).isEqualTo(500);
        ByteBuffer b = ByteBuffer.allocate(1000);
        assertThat(slice.read(b, 0)).isEqualTo(500);
        assertThat(b.get(0)).isEqualTo(data[1000]);
        assertThat(b.get(499)).isEqualTo(data[1499]);
        assertThat(stream.maxRead).isEqualTo(1500); // nothing past the range was fetched
        slice.position(100);
        ByteBuffer c = ByteBuffer.allocate(10);
        assertThat(slice.read(c)).isEqualTo(10);
        assertThat(slice.position()).isEqualTo(110);
        assertThat(c.get(0)).isEqualTo(data[1100]);
    }
}
