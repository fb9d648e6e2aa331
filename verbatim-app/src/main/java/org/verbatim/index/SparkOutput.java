package org.verbatim.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.verbatim.enrich.fingerprint.MinHasher;
import org.verbatim.model.Article;
import org.verbatim.pipeline.ProcessedArticle;

/**
 * Loads the {@code articles/} of a Spark job's output ({@code verbatim spark --output DIR}) into the index without
 * extracting anything again: each row's Article JSON is read back ({@link org.verbatim.json.ArticleJsonReader}), its
 * fingerprint recomputed from title and text (the same {@link MinHasher} the per-page path uses), and the article
 * upserted under the job's id. The index then settles clusters by the rule the job applied, so the clusters agree.
 *
 * <p>JSON lines ({@code --format jsonl}) are read here. Parquet is read by the spark module's
 * {@code org.verbatim.spark.ParquetArticles}, looked up by name, so that the app itself does not depend on Spark or
 * Hadoop; the launcher puts that module on the class path when {@code articles/} holds Parquet files.
 *
 * <p>A row that cannot be read (not JSON, no id, JSON that breaks the Article contract) is counted and written, with
 * its reason, to the index's {@link ArticleIndex#REJECTS}; it never stops the load.
 */
public final class SparkOutput {
    static final String PARQUET_READER = "org.verbatim.spark.ParquetArticles";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a load did: {@code read = added + duplicates + failed}; rows keep the job's ids (they derive from
     * the page's bytes, which the output does not hold). */
    public record Report(long read, long added, long duplicates, long failed, long articles,
                         long clusters, double seconds, List<String> failures) {
    }

    /** Thrown when DIR is not a Spark job's output, or its Parquet cannot be read without the spark module. */
    public static final class NotAnOutput extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public NotAnOutput(String message) {
            super(message);
        }
    }

    private SparkOutput() {
    }

    /** Loads {@code dir/articles} into the index in {@code index} (created when absent). */
    public static Report load(Path dir, Path index, ExtraDocuments extra) throws IOException {
        Path articles = dir.resolve("articles");
        if (!Files.isDirectory(articles)) {
            throw new NotAnOutput(dir + " holds no articles/ folder: not the output of 'verbatim spark'");
        }
        boolean parquet = has(articles, ".parquet");
        if (!parquet && !has(articles, ".json")) {
            throw new NotAnOutput(articles + " holds neither .json nor .parquet files");
        }
        long t0 = System.nanoTime();
        MinHasher hasher = new MinHasher();
        long[] counts = new long[4]; // read, added, duplicates, failed
        List<String> failures = new ArrayList<>();
        long articleCount;
        long clusterCount;
        Files.createDirectories(index);
        try (ArticleIndex ix = ArticleIndex.open(index, extra, ArticleIndex.DEFAULT_COMMIT_EVERY)) {
            Consumer<String> line = l -> {
                counts[0]++;
                try {
                    JsonNode row = JSON.readTree(l);
                    String id = row.path("id").asText(null);
                    if (id == null || id.isBlank()) {
                        throw new IllegalArgumentException("no id");
                    }
                    Article a = org.verbatim.json.ArticleJsonReader.read(row);
                    String source = a.source() != null ? a.source() : dir.toString();
                    boolean added = ix.upsert(new ProcessedArticle(id, a, hasher.fingerprint(a.title(), a.text()),
                            source, null));
                    counts[added ? 1 : 2]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RuntimeException e) {
                    counts[3]++;
                    failures.add("{\"source\":" + JSON.valueToTree(dir.toString()) + ",\"row\":" + counts[0]
                            + ",\"reason\":" + JSON.valueToTree(String.valueOf(e.getMessage())) + "}");
                }
            };
            if (parquet) {
                readParquet(dir, line);
            } else {
                readJsonLines(articles, line);
            }
            ix.commit();
            articleCount = ix.articleCount();
        }
        if (!failures.isEmpty()) {
            Files.write(index.resolve(ArticleIndex.REJECTS), failures, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        try (ArticleSearch s = ArticleSearch.open(index)) {
            clusterCount = s.clusterCount();
        }
        return new Report(counts[0], counts[1], counts[2], counts[3], articleCount, clusterCount,
                (System.nanoTime() - t0) / 1e9, List.copyOf(failures));
    }

    private static boolean has(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(suffix));
        }
    }

    /** Every {@code .json} file of the folder, in name order, line by line (blank lines skipped). */
    private static void readJsonLines(Path folder, Consumer<String> line) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (String l; (l = r.readLine()) != null; ) {
                    if (!l.isBlank()) {
                        line.accept(l);
                    }
                }
            } catch (NoSuchFileException e) {
                throw new NotAnOutput("the output changed while it was read: " + f + " is gone");
            }
        }
    }

    private static void readParquet(Path dir, Consumer<String> line) {
        Method read;
        try {
            read = Class.forName(PARQUET_READER).getMethod("read", Path.class, Consumer.class);
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
            throw new NotAnOutput(dir.resolve("articles") + " is Parquet, which needs the spark module on the class "
                    + "path: run './verbatim index --from' (it adds it), or write the job's output with --format jsonl");
        }
        try {
            read.invoke(null, dir, Objects.requireNonNull(line));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
