package org.verbatim.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, undecoded: each ends at a line feed (a carriage return before it is dropped, and a
 * UTF-8 byte order mark at the start of the stream). A line longer than the cap is not held: it is read past and
 * reported as too long, so one huge line costs neither memory nor the lines after it.
 */
final class Lines implements Closeable {
    /** One line: its 1-based number and bytes, or {@code tooLong} (with no bytes) when it was over the cap. */
    record Line(long number, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int max;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long number;
    private boolean first = true;

    Lines(InputStream in, int maxBytes) {
        this.in = in;
        this.max = maxBytes;
    }

    /** The next line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        if (pos == limit && !fill()) {
            return null;
        }
        byte[] line = new byte[0];
        int len = 0;
        boolean tooLong = false;
        while (true) {
            int nl = indexOf('\n');
            int end = nl < 0 ? limit : nl;
            int n = end - pos;
            if (!tooLong && (long) len + n > max) {
                tooLong = true;
                line = new byte[0];
            }
            if (!tooLong) {
                if (len + n > line.length) {
                    line = Arrays.copyOf(line, Math.max(len + n, Math.min(max, 2 * line.length + 256)));
                }
                System.arraycopy(buf, pos, line, len, n);
                len += n;
            }
            pos = end;
            if (nl >= 0) {
                pos++; // past the line feed
                break;
            }
            if (!fill()) {
                break;
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, new byte[0], true);
        }
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        int from = 0;
        if (first && len >= 3 && (line[0] & 0xff) == 0xef && (line[1] & 0xff) == 0xbb && (line[2] & 0xff) == 0xbf) {
            from = 3;
        }
        first = false;
        return new Line(number, Arrays.copyOfRange(line, from, len), false);
    }

    private int indexOf(int b) {
        for (int i = pos; i < limit; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        int n = in.read(buf);
        pos = 0;
        limit = Math.max(0, n);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        if (in != System.in) {
            in.close();
        }
    }
}
