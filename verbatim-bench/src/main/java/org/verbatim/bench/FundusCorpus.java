package org.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The fundus news pages ({@code corpora/fundus/pages/*.html.gz} under the shared folder), decompressed into memory
 * once so that benchmarks measure parsing and extraction, never disk or gzip.
 *
 * <p>The pages are read from the shared folder at run time and never copied into the repository.
 */
public final class FundusCorpus {
    /** System property naming the shared folder; the same one the tests use. */
    public static final String SHARED_PROPERTY = "verbatim.shared";
    /** Where the shared folder is when nothing says otherwise: beside the working directory. */
    public static final String DEFAULT_SHARED = "../shared";
    static final String PAGES = "corpora/fundus/pages";
    static final String GOLD = "corpora/fundus/gold.jsonl";

    /** One page: its id (file name less {@code .html.gz}), URL from the gold file (or {@code null}), raw bytes. */
    public record FundusPage(String id, String url, byte[] html) {
    }

    private FundusCorpus() {
    }

    /**
     * The shared folder: {@code explicit} when non-blank, else system property {@value #SHARED_PROPERTY}, else
     * {@value #DEFAULT_SHARED}; made absolute against the working directory.
     */
    public static Path resolveShared(String explicit) {
        String s = explicit != null && !explicit.isBlank() ? explicit
                : System.getProperty(SHARED_PROPERTY, DEFAULT_SHARED);
        return Paths.get(s).toAbsolutePath().normalize();
    }

    /** The pages folder under {@code shared}; throws {@link IllegalStateException} saying what to do when absent. */
    public static Path pagesDir(Path shared) {
        Path dir = shared.resolve(PAGES);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("fundus pages not found at " + dir
                    + ": pass --shared DIR (or -D" + SHARED_PROPERTY + "=DIR) pointing at the shared folder"
                    + " that holds " + PAGES);
        }
        return dir;
    }

    /** Loads and decompresses every page, sorted by file name; throws when there is none. */
    public static List<FundusPage> load(Path shared) {
        return load(pagesDir(shared), shared.resolve(GOLD));
    }

    /**
     * Loads and decompresses every {@code *.html.gz} of {@code dir}, sorted by file name, with URLs from the
     * {@code gold} JSONL file (lines with {@code id} and {@code url}; absent file: no URLs); throws when there is
     * no page. Any corpus laid out like fundus's (htmldate's too) loads this way.
     */
    public static List<FundusPage> load(Path dir, Path gold) {
        Map<String, String> urls = urls(gold);
        List<FundusPage> pages = new ArrayList<>();
        for (Path f : gzFiles(dir)) {
            String id = f.getFileName().toString().replaceFirst("\\.html\\.gz$", "");
            pages.add(new FundusPage(id, urls.get(id), gunzip(f)));
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no *.html.gz page in " + dir);
        }
        return List.copyOf(pages);
    }

    /** How many pages {@link #load} would return, without reading them. */
    public static int count(Path shared) {
        return gzFiles(pagesDir(shared)).size();
    }

    private static List<Path> gzFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static byte[] gunzip(Path f) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }

    /** id to URL from the gold file; empty when the file is absent (pages are then extracted without a URL). */
    private static Map<String, String> urls(Path gold) {
        Map<String, String> urls = new HashMap<>();
        if (!Files.isRegularFile(gold)) {
            return urls;
        }
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<String> lines = Files.lines(gold)) {
            lines.filter(l -> !l.isBlank()).forEach(l -> {
                JsonNode n = readLine(mapper, l);
                if (n.hasNonNull("id") && n.hasNonNull("url")) {
                    urls.put(n.get("id").asText(), n.get("url").asText());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold, e);
        }
        return urls;
    }

    private static JsonNode readLine(ObjectMapper mapper, String line) {
        try {
            return mapper.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("bad line in gold file", e);
        }
    }
}
