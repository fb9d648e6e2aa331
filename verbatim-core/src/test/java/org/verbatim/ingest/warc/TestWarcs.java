package org.verbatim.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/** Writes WARC records by hand, so that tests control every byte (including the broken ones). */
final class TestWarcs {
    private TestWarcs() {
    }

    static String id(int n) {
        return "<urn:uuid:" + new UUID(0x5eed, n) + ">";
    }

    /** One record: version line, headers, blank line, block, two CRLFs. */
    static byte[] record(String type, int n, String target, String contentType, String block) {
        byte[] body = block.getBytes(StandardCharsets.UTF_8);
        StringBuilder h = new StringBuilder("WARC/1.0\r\n");
        h.append("WARC-Type: ").append(type).append("\r\n");
        h.append("WARC-Record-ID: ").append(id(n)).append("\r\n");
        h.append("WARC-Date: 2024-05-03T18:19:08Z\r\n");
        if (target != null) {
            h.append("WARC-Target-URI: ").append(target).append("\r\n");
        }
        if (contentType != null) {
            h.append("Content-Type: ").append(contentType).append("\r\n");
        }
        h.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static byte[] response(int n, String url, int status, String type, String html) {
        String http = "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: "
                + html.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + html;
        return record("response", n, url, "application/http; msgtype=response", http);
    }

    static String article(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><p>" + body
                + "</p></body></html>";
    }

    static byte[] gzip(byte[] member) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(member);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
