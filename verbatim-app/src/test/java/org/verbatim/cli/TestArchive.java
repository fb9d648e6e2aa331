package org.verbatim.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** Builds WARC files for tests with jwarc's writer; every page is written for the tests. */
final class TestArchive implements AutoCloseable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final WarcWriter writer;
    private final Path file;

    TestArchive(Path file) throws IOException {
        this(file, true);
    }

    /** @param gzip one gzip member per record (as crawlers write), or a plain WARC */
    TestArchive(Path file, boolean gzip) throws IOException {
        this.file = file;
        this.writer = new WarcWriter(java.nio.channels.Channels.newChannel(bytes),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    /** Appends bytes as they are, between two records (garbage, for instance). */
    TestArchive raw(byte[] b) {
        bytes.writeBytes(b);
        return this;
    }

    /** The bytes written so far. */
    int size() {
        return bytes.size();
    }

    static String page(String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<!doctype html><html><head><title>").append(title)
                .append("</title></head><body><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</body></html>").toString();
    }

    TestArchive response(String url, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, "X")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new WarcResponse.Builder(url).body(http).build());
        return this;
    }

    TestArchive request(String url) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath()).setHeader("Host",
                URI.create(url).getHost()).build();
        writer.write(new WarcRequest.Builder(url).body(http).build());
        return this;
    }

    TestArchive metadata(String url) throws IOException {
        writer.write(new WarcMetadata.Builder().targetURI(url).fields(java.util.Map.of("outlink", List.of(url + "/x")))
                .build());
        return this;
    }

    TestArchive revisit(String url) throws IOException {
        writer.write(new WarcRevisit.Builder(url).build());
        return this;
    }

    TestArchive resource(String url, String type, String body) throws IOException {
        writer.write(new WarcResource.Builder(URI.create(url)).body(MediaType.parse(type),
                body.getBytes(StandardCharsets.UTF_8)).build());
        return this;
    }

    /** A WET {@code conversion} record: the page at {@code url} as plain text, the way Common Crawl's WET files hold it. */
    TestArchive conversion(String url, String text) throws IOException {
        writer.write(new WarcConversion.Builder().setHeader("WARC-Target-URI", url).body(MediaType.parse("text/plain"),
                text.getBytes(StandardCharsets.UTF_8)).build());
        return this;
    }

    /** Appends a gzip member holding the first half of a record: a truncated record. */
    TestArchive truncatedRecord(String url) throws IOException {
        String rec = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000dead>\r\n"
                + "WARC-Target-URI: " + url + "\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>cut short";
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(gz)) {
            o.write(rec.getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes(gz.toByteArray());
        return this;
    }

    /** {@code n} distinct stories of random words (seeded), each a response record; every 7th is a copy of the one before under another URL. */
    TestArchive randomStories(Random rnd, int n) throws IOException {
        String previous = null;
        for (int i = 0; i < n; i++) {
            String html;
            if (i % 7 == 6 && previous != null) {
                html = previous.replace("</body>", "<p>Share this story with your friends today.</p></body>");
            } else {
                String[] paras = new String[4];
                for (int p = 0; p < paras.length; p++) {
                    StringBuilder sb = new StringBuilder();
                    for (int w = 0; w < 40; w++) {
                        sb.append(w == 0 ? "" : " ").append("w").append(rnd.nextInt(5000));
                    }
                    paras[p] = sb.toString();
                }
                html = page("Story " + i + " w" + rnd.nextInt(5000), paras);
            }
            previous = html;
            request("https://site" + (i % 5) + ".example/news/" + i);
            response("https://site" + (i % 5) + ".example/news/" + i, 200, "text/html; charset=utf-8", html);
        }
        return this;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        writer.close();
        Files.write(file, bytes.toByteArray());
    }
}
