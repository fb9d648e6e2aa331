package org.verbatim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The WCXB dev split of {@code ../shared/corpora/wcxb-dev}: pages of seven types with a human-reviewed gold main
 * content, snippets to keep and to drop, and gold title, author and date; each page sits in one of the five
 * domain folds of {@code folds.tsv}. Read-only; never copied into the repository.
 */
public final class WcxbCorpus {
    /** The page types of the benchmark, in its order. */
    public static final List<String> TYPES = List.of("article", "service", "forum", "listing", "product",
            "collection", "documentation");
    /** Number of domain folds. */
    public static final int FOLDS = 5;

    private WcxbCorpus() {
    }

    /**
     * One page and its gold.
     *
     * @param id      the file id ({@code 0001})
     * @param file    the gzipped HTML
     * @param type    the gold page type
     * @param fold    its fold, 0 to {@value #FOLDS} - 1
     * @param content the gold main content ({@code ""} when the gold keeps nothing)
     * @param with    snippets a good extraction keeps
     * @param without snippets it must drop
     * @param title   gold title, or {@code null}
     * @param author  gold byline as shown, or {@code null}
     * @param date    gold publication date (ISO, at least a day), or {@code null}
     */
    public record Page(String id, Path file, String url, String type, int fold, String content, List<String> with,
                       List<String> without, String title, String author, String date) {
        public byte[] bytes() {
            return Corpora.readMaybeGz(file);
        }

        /** As a {@link Corpora.GoldPage}, for code that scores bodies and titles of any corpus. */
        public Corpora.GoldPage gold() {
            return new Corpora.GoldPage(id, file, url, title, content, null, null);
        }
    }

    /** Whether the corpus is under {@code shared}. */
    public static boolean present(Path shared) {
        return Files.isRegularFile(dir(shared).resolve("folds.tsv"));
    }

    static Path dir(Path shared) {
        return shared.resolve("corpora/wcxb-dev");
    }

    /** Every page, sorted by id. */
    public static List<Page> load(Path shared) {
        Path dir = dir(shared);
        Map<String, Integer> folds = folds(dir.resolve("folds.tsv"));
        List<Page> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("ground-truth"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(page(dir, Corpora.readJson(p), folds));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return out;
    }

    private static Page page(Path dir, JsonNode j, Map<String, Integer> folds) {
        String id = j.path("file_id").asText();
        JsonNode g = j.path("ground_truth");
        Integer fold = folds.get(id);
        if (fold == null) {
            throw new IllegalStateException("page " + id + " is in no fold of folds.tsv");
        }
        String content = Corpora.text(g, "main_content");
        return new Page(id, dir.resolve("html/" + id + ".html.gz"), Corpora.text(j, "url"),
                j.path("page_type").asText(), fold, content == null ? "" : content, strings(g.path("with")),
                strings(g.path("without")), Corpora.text(g, "title"), Corpora.text(g, "author"),
                Corpora.text(g, "publish_date"));
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    private static Map<String, Integer> folds(Path tsv) {
        Map<String, Integer> out = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            String line = r.readLine(); // header: file_id, domain, page_type, fold
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                if (f.length >= 4) {
                    out.put(f[0], Integer.parseInt(f[3].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        return out;
    }
}
