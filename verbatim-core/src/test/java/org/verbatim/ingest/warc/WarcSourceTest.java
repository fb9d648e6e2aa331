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
import org.verbatim.ingest.Outcome;
import org.verbatim.ingest.SourceRecord;

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
    void garbageBetweenPlainRecordsIsAGapSkippedToTheNextWarcHeader() throws Exception {
        byte[] junk = "this is not a warc record at all\r\n".getBytes(StandardCharsets.US_ASCII);
        Read r = readAll(write("junk.warc", concat(RESPONSE, junk, LAST)));
        assertThat(pages(r.records)).extracting(Page::url)
                .containsExactly("https://news.example/a", "https://news.example/z");
        assertThat(failed(r.records)).isEmpty();
        assertThat(r.gaps).containsExactly(RESPONSE.length + "+" + junk.length);
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

    // ---- the issue's WARC recovery failures ----------------------------------------------------------------------

    /** Ten response records of distinct stories. */
    private static List<byte[]> tenRecords() {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(response(20 + i, "https://news.example/" + i, 200, "text/html",
                    article("Story " + i, ("Paragraph of story " + i + " about the harbour. ").repeat(40))));
        }
        return out;
    }

    private static byte[] garbage(int n, long seed) {
        byte[] g = new byte[n];
        new java.util.Random(seed).nextBytes(g);
        g[n / 2] = 0x1f; // a false gzip magic number inside the garbage
        g[n / 2 + 1] = (byte) 0x8b;
        g[n / 2 + 2] = 8;
        return g;
    }

    @Test
    void garbageAfterTheFirstGzipMemberIsAGapAndAllTenRecordsAreRead() throws Exception {
        List<byte[]> recs = tenRecords();
        byte[] first = gzip(recs.get(0));
        byte[][] parts = new byte[11][];
        parts[0] = first;
        parts[1] = garbage(300, 7);
        for (int i = 1; i < 10; i++) {
            parts[i + 1] = gzip(recs.get(i));
        }
        Read r = readAll(write("garbage.warc.gz", concat(parts)));
        assertThat(pages(r.records)).hasSize(10);
        assertThat(failed(r.records)).isEmpty();
        assertThat(r.gaps).containsExactly(first.length + "+300");
    }

    @Test
    void aContentLengthThatOverrunsTheNextRecordFailsOnlyItsRecordInAPlainWarc() throws Exception {
        List<byte[]> recs = tenRecords();
        recs.set(3, lie(recs.get(3), 5_000));
        int at = recs.get(0).length + recs.get(1).length + recs.get(2).length;
        int next = at + recs.get(3).length;
        Read r = readAll(write("lying.warc", concat(recs.toArray(new byte[0][]))));
        assertThat(pages(r.records)).hasSize(9).extracting(Page::url).doesNotContain("https://news.example/3");
        assertThat(failed(r.records)).singleElement().satisfies(f -> assertThat(f.early().reason())
                .startsWith("at byte " + at + ": corrupt record: Content-Length ")
                .contains("overruns the next record, at byte " + next));
        assertThat(r.gaps).isEmpty();
    }

    @Test
    void aContentLengthThatOverrunsItsGzipMemberFailsOnlyItsRecord() throws Exception {
        List<byte[]> recs = tenRecords();
        recs.set(3, lie(recs.get(3), 5_000));
        byte[][] members = recs.stream().map(TestWarcs::gzip).toArray(byte[][]::new);
        long at = 0;
        for (int i = 0; i < 3; i++) {
            at += members[i].length;
        }
        Read r = readAll(write("lying.warc.gz", concat(members)));
        assertThat(pages(r.records)).hasSize(9);
        long offset = at;
        assertThat(failed(r.records)).singleElement().satisfies(f -> assertThat(f.early().reason())
                .startsWith("at byte " + offset + ": corrupt record: truncated: Content-Length ")
                .contains("overruns the end of the gzip member"));
    }

    @Test
    void aContentLengthOverrunningTheEndOfAPlainFileStillReadsTheRecordsInsideIt() throws Exception {
        List<byte[]> recs = tenRecords();
        recs.set(7, lie(recs.get(7), 1_000_000));
        Read r = readAll(write("lying-end.warc", concat(recs.toArray(new byte[0][]))));
        assertThat(pages(r.records)).hasSize(9).extracting(Page::url).contains("https://news.example/8",
                "https://news.example/9");
        assertThat(failed(r.records)).singleElement().satisfies(f -> assertThat(f.early().reason())
                .contains("overruns the end of the file and the next record, at byte "));
    }

    @Test
    void aNegativeContentLengthFailsItsRecordAndTheNextIsRead() throws Exception {
        List<byte[]> recs = tenRecords();
        String bad = new String(recs.get(4), StandardCharsets.UTF_8).replaceFirst("Content-Length: \\d+",
                "Content-Length: -200");
        recs.set(4, bad.getBytes(StandardCharsets.UTF_8));
        for (boolean gz : new boolean[] {true, false}) {
            byte[][] parts = recs.stream().map(b -> gz ? gzip(b) : b).toArray(byte[][]::new);
            Read r = readAll(write(gz ? "negative.warc.gz" : "negative.warc", concat(parts)));
            assertThat(pages(r.records)).as("gzip " + gz).hasSize(9).extracting(Page::url)
                    .contains("https://news.example/5");
            assertThat(failed(r.records)).singleElement().satisfies(f -> assertThat(f.early().reason())
                    .contains("negative Content-Length -200"));
            assertThat(reasons(r.records, Outcome.Status.SKIPPED)).isEmpty();
        }
    }

    @Test
    void aRecordCutAcrossTwoGzipMembersIsRead() throws Exception {
        List<byte[]> recs = tenRecords();
        byte[] split = recs.get(2);
        int half = split.length / 2;
        byte[][] parts = new byte[11][];
        for (int i = 0, k = 0; i < 10; i++) {
            if (i == 2) {
                parts[k++] = gzip(Arrays.copyOfRange(split, 0, half));
                parts[k++] = gzip(Arrays.copyOfRange(split, half, split.length));
            } else {
                parts[k++] = gzip(recs.get(i));
            }
        }
        Read r = readAll(write("split.warc.gz", concat(parts)));
        assertThat(pages(r.records)).hasSize(10);
        assertThat(failed(r.records)).isEmpty();
        assertThat(r.gaps).isEmpty();
    }

    @Test
    void aWholeFileGzippedAsOneMemberReadsLikeThePlainFile() throws Exception {
        List<byte[]> recs = tenRecords();
        byte[] plain = concat(recs.toArray(new byte[0][]));
        Read r = readAll(write("one-member.warc.gz", gzip(plain)));
        assertThat(pages(r.records)).hasSize(10);
        assertThat(failed(r.records)).isEmpty();
    }

    @Test
    void aFileThatIsNoWarcAtAllIsOneFailedRecordNotAGap() throws Exception {
        byte[] html = article("Not an archive", "Just a page.").getBytes(StandardCharsets.UTF_8);
        Read r = readAll(write("page.warc", html));
        assertThat(r.gaps).isEmpty();
        assertThat(failed(r.records)).singleElement().satisfies(f -> assertThat(f.early().reason())
                .isEqualTo("at byte 0: not a WARC record (" + html.length + " bytes hold no WARC/ line)"));
        Read junkFirst = readAll(write("junk-first.warc", concat("junk\r\n".getBytes(StandardCharsets.US_ASCII),
                RESPONSE, LAST)));
        assertThat(pages(junkFirst.records)).hasSize(2);
        assertThat(failed(junkFirst.records)).singleElement().satisfies(f -> assertThat(f.early().reason())
                .startsWith("at byte 0: not a WARC record (6 bytes"));
    }

    @Test
    void aByteRangeOfAFileIsReadWithTheFilesOffsets() throws Exception {
        byte[] first = gzip(WARCINFO);
        byte[] second = gzip(RESPONSE);
        byte[] bad = gzip(RESOURCE);
        for (int i = 20; i < bad.length - 12; i += 7) {
            bad[i] ^= 0x5a;
        }
        Path file = write("all.warc.gz", concat(first, second, bad, gzip(LAST)));
        long at = first.length;
        long length = second.length + bad.length;
        List<SourceRecord> out = new ArrayList<>();
        new WarcSource("s3a://bucket/all.warc.gz", () -> slice(file, at, length), at, WarcSource.DEFAULT_MAX_BYTES,
                null).read(out::add);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).source()).isEqualTo("s3a://bucket/all.warc.gz");
        assertThat(out.get(0).page().source()).isEqualTo("s3a://bucket/all.warc.gz@" + at);
        assertThat(out.get(1).recordId()).isEqualTo("@" + (at + second.length));
        assertThat(out.get(1).early().reason()).startsWith("at byte " + (at + second.length) + ": corrupt record");
    }

    /** The bytes {@code [at, at + length)} of {@code file}, as a channel of their own (written to a file). */
    private java.nio.channels.FileChannel slice(Path file, long at, long length) throws java.io.IOException {
        byte[] all = Files.readAllBytes(file);
        Path part = dir.resolve("slice-" + at);
        Files.write(part, Arrays.copyOfRange(all, (int) at, (int) (at + length)));
        return java.nio.channels.FileChannel.open(part);
    }

    /** The record with its WARC Content-Length raised by {@code more} bytes (the block itself unchanged). */
    private static byte[] lie(byte[] record, int more) {
        String s = new String(record, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Content-Length: (\\d+)\r\n\r\n").matcher(s);
        assertThat(m.find()).isTrue();
        long n = Long.parseLong(m.group(1));
        return (s.substring(0, m.start(1)) + (n + more) + s.substring(m.end(1))).getBytes(StandardCharsets.UTF_8);
    }

    /** What a source gave: its records in order, and its gaps as "offset+length". */
    private record Read(List<SourceRecord> records, List<String> gaps) {
    }

    private static Read readAll(Path file) throws InterruptedException {
        List<SourceRecord> out = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        new WarcSource(file).read(new org.verbatim.ingest.RecordSource.Sink() {
            @Override
            public void accept(SourceRecord r) {
                out.add(r);
            }

            @Override
            public void gap(String source, long offset, long length) {
                gaps.add(offset + "+" + length);
            }
        });
        return new Read(out, gaps);
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
