package org.verbatim.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.ingest.warc.TestWarcs.article;
import static org.verbatim.ingest.warc.TestWarcs.concat;
import static org.verbatim.ingest.warc.TestWarcs.gzip;
import static org.verbatim.ingest.warc.TestWarcs.record;
import static org.verbatim.ingest.warc.TestWarcs.response;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.Page;
import org.verbatim.pipeline.Outcome;
import org.verbatim.pipeline.SourceRecord;

class WarcSourceTest {
    @TempDir
    Path dir;

    private static final byte[] WARCINFO = record("warcinfo", 0, null, "application/warc-fields", "software: test\r\n");
    private static final byte[] REQUEST = record("request", 1, "https://news.example/a",
            "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n");
    private static final byte[] RESPONSE = response(2, "https://news.example/a", 200, "text/html; charset=utf-8",
            article("Bridge closes", "The harbour bridge closes for repairs on Monday."));
    private static final byte[] METADATA = record("metadata", 3, "https://news.example/a", "application/warc-fields",
            "outlink: https://news.example/b\r\n");
    private static final byte[] REVISIT = record("revisit", 4, "https://news.example/a",
            "application/http; msgtype=response", "HTTP/1.1 200 OK\r\n\r\n");
    private static final byte[] RESOURCE = record("resource", 5, "file:///pages/b.html", "text/html",
            article("Ferry returns", "The ferry service returns after the storm."));
    private static final byte[] IMAGE = response(6, "https://news.example/logo.png", 200, "image/png", "PNG...");
    private static final byte[] NOT_FOUND = response(7, "https://news.example/gone", 404, "text/html",
            article("Not found", "Nothing here."));
    private static final byte[] CONVERSION = record("conversion", 8, "https://news.example/c", "text/plain",
            "Storm warning\n\nThe coast braces for high winds tonight.");
    private static final byte[] LAST = response(9, "https://news.example/z", 200, "text/html",
            article("Last story", "The final page of the archive."));

    @Test
    void everyRecordTypeGetsItsVerdictInAPlainWarc() throws Exception {
        List<SourceRecord> out = read(write("all.warc", concat(WARCINFO, REQUEST, RESPONSE, METADATA, REVISIT,
                RESOURCE, IMAGE, NOT_FOUND, CONVERSION)));
        assertThat(out).hasSize(9);
        assertThat(pages(out)).extracting(Page::url)
                .containsExactly("https://news.example/a", "file:///pages/b.html", "https://news.example/c");
        assertThat(pages(out)).extracting(Page::kind).containsExactly(Page.Kind.HTML, Page.Kind.HTML, Page.Kind.TEXT);
        assertThat(pages(out).get(0).contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(new String(pages(out).get(0).content(), StandardCharsets.UTF_8)).startsWith("<html>")
                .contains("harbour bridge");
        assertThat(reasons(out, Outcome.Status.SKIPPED)).containsExactly("warc type: warcinfo", "warc type: request",
                "warc type: metadata", "warc type: revisit", "not html: image/png", "http status: 404");
        assertThat(out.get(2).recordId()).isEqualTo(TestWarcs.id(2));
    }

    @Test
    void gzippedMembersReadTheSame() throws Exception {
        List<SourceRecord> out = read(write("all.warc.gz", concat(gzip(WARCINFO), gzip(REQUEST), gzip(RESPONSE),
                gzip(RESOURCE), gzip(CONVERSION))));
        assertThat(pages(out)).hasSize(3);
        assertThat(reasons(out, Outcome.Status.FAILED)).isEmpty();
    }

    @Test
    void aBadGzipMemberFailsThatRecordOnlyAndReadingResumesAtTheNextMember() throws Exception {
        byte[] bad = gzip(RESOURCE);
        for (int i = 20; i < bad.length - 12; i += 7) {
            bad[i] ^= 0x5a; // scramble the deflate data, keep the gzip header so it looks like a member
        }
        byte[] head = concat(gzip(WARCINFO), gzip(RESPONSE));
        List<SourceRecord> out = read(write("bad.warc.gz", concat(head, bad, gzip(CONVERSION), gzip(LAST))));
        assertThat(pages(out)).extracting(Page::url)
                .containsExactly("https://news.example/a", "https://news.example/c", "https://news.example/z");
        List<SourceRecord> failed = failed(out);
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).early().reason()).contains("at byte " + head.length).contains("corrupt record");
        assertThat(failed.get(0).source()).endsWith("bad.warc.gz");
    }

    @Test
    void aTruncatedLastRecordIsOneFailureAndTheRecordsBeforeItAreKept() throws Exception {
        byte[] plain = concat(WARCINFO, RESPONSE, LAST);
        List<SourceRecord> out = read(write("cut.warc", Arrays.copyOf(plain, plain.length - 40)));
        assertThat(pages(out)).extracting(Page::url).containsExactly("https://news.example/a");
        assertThat(failed(out)).hasSize(1);
        assertThat(failed(out).get(0).early().reason()).contains("at byte " + (WARCINFO.length + RESPONSE.length));

        byte[] gz = concat(gzip(WARCINFO), gzip(RESPONSE), gzip(LAST));
        List<SourceRecord> cut = read(write("cut.warc.gz", Arrays.copyOf(gz, gz.length - 30)));
        assertThat(pages(cut)).extracting(Page::url).containsExactly("https://news.example/a");
        assertThat(failed(cut)).singleElement().satisfies(f -> assertThat(f.early().reason()).contains("truncated"));
    }

    @Test
    void garbageBetweenPlainRecordsIsSkippedToTheNextWarcHeader() throws Exception {
        byte[] junk = "this is not a warc record at all\r\n".getBytes(StandardCharsets.US_ASCII);
        List<SourceRecord> out = read(write("junk.warc", concat(RESPONSE, junk, LAST)));
        assertThat(pages(out)).extracting(Page::url).containsExactly("https://news.example/a", "https://news.example/z");
        assertThat(failed(out)).hasSize(1);
    }

    @Test
    void gzipContentEncodingIsUndoneAndAStoredDecodedBodyIsKeptAsIs() throws Exception {
        String html = article("Zipped", "Compressed on the wire.");
        byte[] zipped = gzip(html.getBytes(StandardCharsets.UTF_8));
        byte[] httpHead = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: "
                + zipped.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        // record() encodes as UTF-8, so the binary record is built by hand
        byte[] rec = binaryResponse(10, "https://news.example/gz", concat(httpHead, zipped));
        // a crawler that stored the decoded body but kept the Content-Encoding header
        String q = new String(response(11, "https://news.example/q", 200, "text/html", html), StandardCharsets.UTF_8).replace("Content-Type: text/html\r\n",
                "Content-Type: text/html\r\nContent-Encoding: gzip\r\n");
        byte[] quirkFixed = fixLength(q);
        List<SourceRecord> out = read(write("enc.warc", concat(rec, quirkFixed)));
        assertThat(pages(out)).hasSize(2);
        assertThat(pages(out)).allSatisfy(p -> assertThat(new String(p.content(), StandardCharsets.UTF_8))
                .isEqualTo(html));
    }

    /** Made with node's {@code zlib.brotliCompressSync} (brotli has no encoder in our dependencies). */
    private static final String BROTLI_PAGE = "G1sAaKyOtwl4LaiUsLrKhtvXPEJEb1usDE1OvcA1iAsZnfKha580tjbgkAOXqMy+5RkHO2DryvJM"
            + "W+lRhTT2T/i8A2sFmtyNRgBHSgQ=";

    @Test
    void brotliContentEncodingIsUndoneAndACorruptStreamFailsOnlyItsRecord() throws Exception {
        byte[] br = java.util.Base64.getDecoder().decode(BROTLI_PAGE);
        byte[] corrupt = java.util.Arrays.copyOf(br, br.length / 2);
        byte[] ok = binaryResponse(12, "https://news.example/br", concat(brHead(br.length), br));
        byte[] bad = binaryResponse(13, "https://news.example/br-bad", concat(brHead(corrupt.length), corrupt));
        List<SourceRecord> out = read(write("br.warc", concat(ok, bad, LAST)));
        assertThat(pages(out)).extracting(Page::url).containsExactly("https://news.example/br", "https://news.example/z");
        assertThat(new String(pages(out).get(0).content(), StandardCharsets.UTF_8))
                .isEqualTo("<html><head><title>Brotli page</title></head><body><p>Decoded from brotli.</p></body></html>");
        assertThat(failed(out)).hasSize(1);
    }

    private static byte[] brHead(int length) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\nContent-Length: " + length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] binaryResponse(int n, String url, byte[] http) {
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: " + TestWarcs.id(n) + "\r\nWARC-Target-URI: "
                + url + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + http.length
                + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.US_ASCII), http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Recomputes the WARC Content-Length of a record edited as a string. */
    private static byte[] fixLength(String record) {
        int blockStart = record.indexOf("\r\n\r\n") + 4;
        String block = record.substring(blockStart, record.length() - 4);
        String head = record.substring(0, blockStart).replaceAll("Content-Length: \\d+\r\n\r\n$",
                "Content-Length: " + block.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n");
        return (head + block + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static List<SourceRecord> read(Path file) throws InterruptedException {
        List<SourceRecord> out = new ArrayList<>();
        new WarcSource(file).read(out::add);
        return out;
    }

    private static List<Page> pages(List<SourceRecord> out) {
        return out.stream().filter(r -> r.page() != null).map(SourceRecord::page).toList();
    }

    private static List<SourceRecord> failed(List<SourceRecord> out) {
        return out.stream().filter(r -> r.early() != null && r.early().status() == Outcome.Status.FAILED).toList();
    }

    private static List<String> reasons(List<SourceRecord> out, Outcome.Status status) {
        return out.stream().filter(r -> r.early() != null && r.early().status() == status)
                .map(r -> r.early().reason()).toList();
    }
}
