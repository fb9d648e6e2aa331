package org.verbatim.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.verbatim.eval.GoldenPages;

/**
 * WARC files written for the tests from the project's own demo pages (never from ../shared): responses, copies under
 * other URLs (one published earlier than its original), a page read twice, request records, an image, a 404, a
 * corrupt gzip member, garbage between records, a plain WARC and a WET conversion record.
 */
final class TestCorpus {
    /** Where one record lies in its file. */
    record Range(Path file, long offset, long length) {
    }

    final List<Path> files = new ArrayList<>();
    /** The response records, in file order. */
    final List<Range> responses = new ArrayList<>();

    private static final Pattern CANONICAL = Pattern.compile(
            "<link[^>]+rel=[\"']?canonical[^>]*>|<meta[^>]+property=[\"']?og:url[^>]*>", Pattern.CASE_INSENSITIVE);

    /** One archive being written; each record is one gzip member (or plain). */
    private final class Warc implements AutoCloseable {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final WarcWriter writer;
        final Path file;

        Warc(Path file, boolean gzip) throws IOException {
            this.file = file;
            writer = new WarcWriter(Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        }

        Warc response(String url, int status, String type, byte[] body) throws IOException {
            long at = bytes.size();
            HttpResponse http = new HttpResponse.Builder(status, "X").body(MediaType.parse(type), body).build();
            writer.write(new WarcResponse.Builder(url).body(http).build());
            if (status == 200 && type.startsWith("text/html")) {
                responses.add(new Range(file, at, bytes.size() - at));
            }
            return this;
        }

        Warc request(String url) throws IOException {
            HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath())
                    .setHeader("Host", URI.create(url).getHost()).build();
            writer.write(new WarcRequest.Builder(url).body(http).build());
            return this;
        }

        Warc conversion(String url, String text) throws IOException {
            writer.write(new WarcConversion.Builder().addHeader("WARC-Target-URI", url)
                    .body(MediaType.parse("text/plain"), text.getBytes(StandardCharsets.UTF_8)).build());
            return this;
        }

        /** Writes a response whose gzip member is then damaged (its deflate data scrambled). */
        Warc corrupt(String url, byte[] html) throws IOException {
            int at = bytes.size();
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html).build();
            writer.write(new WarcResponse.Builder(url).body(http).build());
            byte[] all = bytes.toByteArray();
            for (int i = at + 20; i < all.length - 12; i += 7) {
                all[i] ^= 0x5a;
            }
            bytes.reset();
            bytes.writeBytes(all);
            return this;
        }

        Warc garbage() {
            bytes.writeBytes("this is no record at all\r\n".repeat(5).getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        @Override
        public void close() throws IOException {
            Files.write(file, bytes.toByteArray());
            files.add(file);
        }
    }

    TestCorpus(Path dir) throws IOException {
        List<GoldenPages.Golden> pages = GoldenPages.all();
        try (Warc a = new Warc(dir.resolve("a.warc.gz"), true)) {
            for (int i = 0; i < 8; i++) {
                GoldenPages.Golden g = pages.get(i);
                a.request(g.url()).response(g.url(), 200, "text/html; charset=utf-8", g.html());
            }
            a.response("https://img.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            a.response("https://gone.example/x", 404, "text/html", "<html><body>gone</body></html>".getBytes(
                    StandardCharsets.UTF_8));
            a.corrupt("https://broken.example/a", pages.get(8).html());
            a.response(pages.get(8).url(), 200, "text/html; charset=utf-8", pages.get(8).html());
            a.garbage();
            a.request("https://after.example/garbage");
        }
        try (Warc b = new Warc(dir.resolve("b.warc.gz"), true)) {
            for (int i = 9; i < pages.size(); i++) {
                GoldenPages.Golden g = pages.get(i);
                b.response(g.url(), 200, "text/html; charset=utf-8", g.html());
            }
            for (int i = 0; i < 3; i++) {
                GoldenPages.Golden g = pages.get(i);
                b.response("https://reprint" + i + ".example/story", 200, "text/html; charset=utf-8",
                        copy(g.html(), i));
            }
            // the same page read again: the same id, one duplicate
            b.response(pages.get(3).url(), 200, "text/html; charset=utf-8", pages.get(3).html());
        }
        try (Warc c = new Warc(dir.resolve("c.warc"), false)) {
            c.conversion("https://text.example/storm", "Storm warning\n\nThe coast braces for high winds tonight, "
                    + "the weather service said on Tuesday, and ferries will stay in port until the storm passes.");
            GoldenPages.Golden g = pages.get(5);
            c.response("https://mirror.example/drought", 200, "text/html; charset=utf-8", copy(g.html(), 9));
        }
    }

    /**
     * A reprint: no canonical URL (so its own URL names it), one sentence added (so its content differs), and for the
     * first page a publication day moved earlier, so that the reprint names the cluster.
     */
    static byte[] copy(byte[] html, int k) {
        String s = withoutCanonical(new String(html, StandardCharsets.UTF_8));
        if (k == 0) {
            s = s.replace("2025-02-11", "2025-02-09");
        }
        int end = s.lastIndexOf("</body>");
        String note = "<p>Reprinted with permission as copy " + k + ".</p>";
        s = end < 0 ? s + note : s.substring(0, end) + note + s.substring(end);
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The page without its canonical-URL tags (so that a copy's own URL names it). */
    static String withoutCanonical(String html) {
        return CANONICAL.matcher(html).replaceAll("");
    }

    List<String> paths() {
        return files.stream().map(Path::toString).toList();
    }
}
