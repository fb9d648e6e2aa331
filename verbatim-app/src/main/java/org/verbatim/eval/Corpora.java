package org.verbatim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/** Loads the evaluation corpora of {@code ../shared/corpora} (read-only; never copied into the repository). */
public final class Corpora {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path shared;

    public Corpora(Path shared) {
        this.shared = shared;
    }

    public Path shared() {
        return shared;
    }

    public boolean present() {
        return Files.isDirectory(shared.resolve("corpora"));
    }

    /** A page with its gold answer: body text and title (either may be {@code null}). */
    public record GoldPage(String id, Path file, String url, String title, String body, String standfirst,
                           JsonNode gold) {
        /** The page's bytes, gunzipped when the file ends in {@code .gz}. */
        public byte[] bytes() {
            return readMaybeGz(file);
        }
    }

    /** The fundus pages in gold order. */
    public List<GoldPage> fundus() {
        Path dir = shared.resolve("corpora/fundus");
        List<GoldPage> out = new ArrayList<>();
        for (JsonNode g : jsonLines(dir.resolve("gold.jsonl"))) {
            out.add(new GoldPage(g.path("id").asText(), dir.resolve(g.path("file").asText()), text(g, "url"),
                    text(g, "title"), text(g, "text"), text(g, "standfirst"), g));
        }
        return out;
    }

    /**
     * The readability test pages named in {@code names} (in that order); the gold body is the text of
     * {@code expected.html}, the gold title that of {@code expected-metadata.json}.
     */
    public List<GoldPage> readability(List<String> names) {
        Path dir = shared.resolve("corpora/readability/test-pages");
        List<GoldPage> out = new ArrayList<>();
        for (String name : names) {
            Path page = dir.resolve(name);
            if (!Files.isDirectory(page)) {
                continue;
            }
            JsonNode meta = readJson(page.resolve("expected-metadata.json"));
            String body = Jsoup.parse(new String(readMaybeGz(page.resolve("expected.html")), StandardCharsets.UTF_8))
                    .text();
            out.add(new GoldPage(name, page.resolve("source.html"), null, text(meta, "title"), body,
                    text(meta, "excerpt"), meta));
        }
        return out;
    }

    /** The names of all readability test pages, sorted. */
    public List<String> readabilityNames() {
        Path dir = shared.resolve("corpora/readability/test-pages");
        try (var s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path seedText() {
        return shared.resolve("fixtures/seed/article.txt");
    }

    public JsonNode seedExpected() {
        return readJson(shared.resolve("fixtures/seed/expected.json"));
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static JsonNode readJson(Path p) {
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /** The JSON documents of a JSON-lines file, blank lines skipped; an unreadable file or line is an error. */
    public static List<JsonNode> jsonLines(Path p) {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
        return out;
    }

    static byte[] readMaybeGz(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            InputStream s = p.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return s.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /** Reads a classpath resource of names, one per line, {@code #} comments and blank lines skipped. */
    public static List<String> resourceNames(String resource) {
        return org.verbatim.internal.Resources.lines(Corpora.class, resource);
    }

}
