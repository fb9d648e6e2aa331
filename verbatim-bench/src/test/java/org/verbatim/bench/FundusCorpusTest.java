package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.bench.FundusCorpus.FundusPage;

class FundusCorpusTest {
    @Test
    void loadsEveryPageDecompressedWithItsUrl() {
        Path shared = FundusCorpus.resolveShared(null);
        assumeTrue(Files.isDirectory(shared.resolve(FundusCorpus.PAGES)),
                "shared corpora absent at " + shared + ": set -Dverbatim.shared");
        List<FundusPage> pages = FundusCorpus.load(shared);
        assertThat(pages).hasSize(FundusCorpus.count(shared));
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.html().length).as(p.id()).isGreaterThan(1000);
            assertThat(new String(p.html(), 0, 200, java.nio.charset.StandardCharsets.ISO_8859_1)).as(p.id())
                    .containsIgnoringCase("<");
        });
        if (Files.isRegularFile(shared.resolve(FundusCorpus.GOLD))) {
            assertThat(pages).allSatisfy(p -> assertThat(p.url()).as(p.id()).startsWith("http"));
        }
    }

    @Test
    void aMissingCorpusSaysHowToPointAtIt(@org.junit.jupiter.api.io.TempDir Path empty) {
        assertThatThrownBy(() -> FundusCorpus.load(empty)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--shared").hasMessageContaining(empty.toString());
    }

    @Test
    void anExplicitFolderWinsOverTheProperty() {
        assertThat(FundusCorpus.resolveShared("/some/where")).isEqualTo(Path.of("/some/where"));
        assertThat(FundusCorpus.resolveShared(" ")).isAbsolute();
    }
}
