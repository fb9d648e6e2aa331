package org.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.eval.SharedCorpora;

/** The shared WARC corpora (read from ../shared; skipped with a message when absent). */
class SharedWarcTest {
    @TempDir
    Path dir;

    private static Path warcDir() {
        Path d = SharedCorpora.path().resolve("corpora/warc");
        assumeTrue(Files.isDirectory(d), "skipped: no shared WARC corpora at " + d + " (they are read from ../shared)");
        return d;
    }

    private Ingester.Report ingest(Path index, Path input) throws Exception {
        Ingester.Options o = new Ingester.Options(index, 2, 16, ArticleIndex.DEFAULT_COMMIT_EVERY, ExtraDocuments.NONE,
                true);
        return new Ingester(o, url -> sink -> {
            throw new IllegalStateException("no URLs here");
        }).run(List.of(input.toString()), null);
    }

    @Test
    void everyFundusPageIsIngested() throws Exception {
        Ingester.Report r = ingest(dir.resolve("fundus"), warcDir().resolve("fundus-news.warc.gz"));
        assertThat(r.ok()).isEqualTo(258);
        assertThat(r.failed()).isZero();
        assertThat(r.read()).isEqualTo(r.ok() + r.skipped() + r.failed());
        assertThat(r.articles()).isEqualTo(258);
    }

    @Test
    void everyEdgeCaseArchiveIngestsWithCountsThatAddUp() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(warcDir().resolve("edge-cases"))) {
            files = s.filter(p -> !p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(30);
        long pages = 0;
        for (Path f : files) {
            Ingester.Report r = ingest(dir.resolve(f.getFileName().toString()), f);
            assertThat(r.read()).as(f.toString()).isEqualTo(r.ok() + r.skipped() + r.failed()).isPositive();
            assertThat(r.articles()).as(f.toString()).isEqualTo(r.ok() - r.duplicates());
            if (r.failed() > 0 || r.gaps() > 0) {
                List<String> lines = Files.readAllLines(r.rejects());
                assertThat(lines.stream().filter(l -> !l.contains("\"status\":\"gap\""))).as(f.toString())
                        .hasSize((int) r.failed());
                assertThat(lines).as(f.toString()).hasSize((int) (r.failed() + r.gaps()));
            }
            pages += r.ok();
        }
        assertThat(pages).isGreaterThan(200);
    }
}
