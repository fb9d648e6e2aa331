package org.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.Page;

class PageLoaderTest {
    @TempDir
    Path dir;

    @Test
    void filesAreGunzippedAndTypedByTheirEnding() throws Exception {
        Path gz = dir.resolve("story.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("Headline\n\nBody".getBytes(StandardCharsets.UTF_8));
        }
        Page p = new PageLoader().load(InputRef.file(gz), "https://x.example/a");
        assertThat(new String(p.content(), StandardCharsets.UTF_8)).isEqualTo("Headline\n\nBody");
        assertThat(p.kind()).isEqualTo(Page.Kind.TEXT);
        assertThat(p.url()).isEqualTo("https://x.example/a");
        Path html = Files.writeString(dir.resolve("a.xhtml"), "<p>x</p>");
        assertThat(new PageLoader().load(InputRef.file(html), null).kind()).isEqualTo(Page.Kind.HTML);
    }

    @Test
    void pagesOverTheCapAreRejectedWithTheReason() throws Exception {
        Path big = Files.write(dir.resolve("big.html"), new byte[2048]);
        assertThatThrownBy(() -> new PageLoader(1024).load(InputRef.file(big), null))
                .isInstanceOf(IngestException.class).hasMessageContaining(big.toString()).hasMessageContaining("limit");
    }

    @Test
    void missingFilesAndDirectoriesGiveOneLineErrors() {
        assertThatThrownBy(() -> new PageLoader().load(InputRef.file(dir.resolve("nope.html")), null))
                .hasMessageEndingWith("nope.html: no such file");
        assertThatThrownBy(() -> new PageLoader().load(InputRef.file(dir), null)).hasMessageContaining("is a directory");
    }

    @Test
    void htmlIsSniffedOnStandardInput() {
        assertThat(PageLoader.looksLikeHtml("  \n<!doctype html><p>x".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(PageLoader.looksLikeHtml("\u00ef\u00bb\u00bf<html>".getBytes(StandardCharsets.ISO_8859_1))).isTrue();
        assertThat(PageLoader.looksLikeHtml("Headline\n\nSome text about 3 < 4.".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void urlsAreFetchedWithContentTypeAndHttpErrorsAreReported() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/story", ex -> {
            byte[] body = "<html><p>Hallo Welt</p></html>".getBytes(StandardCharsets.ISO_8859_1);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=ISO-8859-1");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/gone", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Page p = new PageLoader().load(InputRef.url(base + "/story"), null);
            assertThat(p.contentType()).isEqualTo("text/html; charset=ISO-8859-1");
            assertThat(p.url()).isEqualTo(base + "/story");
            assertThatThrownBy(() -> new PageLoader().load(InputRef.url(base + "/gone"), null))
                    .hasMessage(base + "/gone: HTTP 404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void inputSourcesWalkDirectoriesSortedKeepingPagesAndArchives() throws Exception {
        Files.createDirectories(dir.resolve("d/e"));
        Files.writeString(dir.resolve("d/e/b.html.gz"), "");
        Files.writeString(dir.resolve("d/a.TXT"), "");
        Files.writeString(dir.resolve("d/c.json"), "");
        Files.writeString(dir.resolve("d/crawl.warc.gz"), "");
        assertThat(org.verbatim.ingest.dispatch.InputSources.walk(dir.resolve("d"))).containsExactly(
                dir.resolve("d/a.TXT"), dir.resolve("d/crawl.warc.gz"), dir.resolve("d/e/b.html.gz"));
        assertThat(org.verbatim.ingest.dispatch.InputSources.count(
                List.of("https://x.example/", dir.resolve("d").toString(), "-"))).isEqualTo(5);
    }
}
