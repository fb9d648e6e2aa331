package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.index.ArticleSearch;
import org.verbatim.pipeline.PageProcessor;
import org.verbatim.serve.DemoIndex;
import picocli.CommandLine;

/** {@code verbatim reannotate} gives an index the quotes a fresh ingest would store, without the pages. */
class ReannotateCommandTest {
    @TempDir
    Path dir;

    @Test
    void anIndexIngestedWithoutQuotesGetsTheQuotesOfAFreshIngest() throws Exception {
        Path bare = dir.resolve("bare");
        Path fresh = dir.resolve("fresh");
        DemoIndex.ingest(bare, DemoIndex.demoPages(), new PageProcessor(
                org.verbatim.pipeline.PagePath.standard(java.time.Clock.systemUTC()), false, true,
                PageProcessor.StepTimer.NONE, null));
        DemoIndex.ingest(fresh, DemoIndex.demoPages());
        long expected;
        long articles;
        try (ArticleSearch s = ArticleSearch.open(bare); ArticleSearch f = ArticleSearch.open(fresh)) {
            assertThat(s.quoteCount()).isZero();
            expected = f.quoteCount();
            articles = s.articleCount();
        }
        assertThat(expected).isPositive();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream was = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new Main()).execute("reannotate", "--index", bare.toString());
        } finally {
            System.setOut(was);
        }
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("reannotated " + articles + " articles");
        try (ArticleSearch s = ArticleSearch.open(bare)) {
            assertThat(s.quoteCount()).isEqualTo(expected);
            assertThat(s.articleCount()).isEqualTo(articles);
            assertThat(s.speakers(1000)).isNotEmpty();
        }
    }
}
