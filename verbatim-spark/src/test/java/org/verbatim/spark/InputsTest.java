package org.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** INPUT arguments to archives: paths, globs, folders (archives only, walked) and {@code @list} files. */
class InputsTest {
    @TempDir
    Path dir;

    @Test
    void globsFoldersAndListFilesNameEachArchiveOnceInTheOrderGiven() throws Exception {
        Path a = touch("a.warc.gz");
        Path b = touch("b.warc");
        Path nested = touch("sub/deeper/c.arc.gz");
        touch("sub/README.txt");
        Path wet = touch("sub/d.warc.wet.gz");
        Path list = dir.resolve("list.txt");
        Files.writeString(list, "# the second file first\n" + b + "\n\n   " + a + "  \n");
        List<String> got = Inputs.expand(List.of("@" + list, dir.resolve("*.warc*").toString(),
                dir.resolve("sub").toString()), new Configuration());
        assertThat(got.stream().map(p -> Path.of(java.net.URI.create(p)).toString()).toList())
                .containsExactly(b.toString(), a.toString(), wet.toString(), nested.toString());
    }

    @Test
    void anInputThatNamesNothingIsAUsageError() {
        assertThatThrownBy(() -> Inputs.expand(List.of(dir.resolve("none-*.warc.gz").toString()),
                new Configuration())).isInstanceOf(Inputs.NoSuchInput.class).hasMessageContaining("no such file");
        assertThatThrownBy(() -> Inputs.expand(List.of("@" + dir.resolve("missing.txt")), new Configuration()))
                .isInstanceOf(Inputs.NoSuchInput.class).hasMessageContaining("no such list file");
    }

    private Path touch(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
        return p;
    }
}
