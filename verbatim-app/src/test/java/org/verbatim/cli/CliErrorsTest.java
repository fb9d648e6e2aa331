package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User mistakes and environment faults give one line on standard error and an exit code that says which: 2 for a
 * usage mistake, 1 for a failure. They printed stack traces of 20 to 110 lines.
 */
class CliErrorsTest {
    @TempDir
    Path dir;

    private Path page() throws Exception {
        return Files.writeString(dir.resolve("page.html"), TestArchive.page("Harbour bridge closes",
                "The harbour bridge closes for repairs on Monday, the council said, and ferries will run instead."));
    }

    private Path truncatedArchive() throws Exception {
        Path warc = dir.resolve("cut.warc.gz");
        try (TestArchive a = new TestArchive(warc)) {
            a.response("https://news.example/a", 200, "text/html", Files.readString(page()))
                    .truncatedRecord("https://news.example/cut");
        }
        return warc;
    }

    private static void assertOneLine(CliRun run, int exit, String start) {
        assertThat(run.exit()).as(run.err()).isEqualTo(exit);
        assertThat(run.err().lines()).singleElement().asString().startsWith(start);
    }

    @Test
    void anIndexPathThatIsAFileIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        for (String cmd : new String[] {"ingest", "search", "quotes", "speakers", "export", "serve"}) {
            CliRun run = cmd.equals("ingest") ? CliRun.run(cmd, "--index", file.toString(), page().toString())
                    : cmd.equals("search") ? CliRun.run(cmd, "--index", file.toString(), "bridge")
                    : CliRun.run(cmd, "--index", file.toString());
            assertOneLine(run, 2, "verbatim " + cmd + ": --index " + file + " is a file, not a folder");
        }
    }

    @Test
    void anIndexFolderThatCannotBeCreatedIsAOneLineFailure() throws Exception {
        Path sys = Path.of("/sys");
        assumeTrue(Files.isDirectory(sys), "skipped: needs Linux's /sys, where no one may create a folder");
        Path index = sys.resolve("verbatim-test-index");
        assumeTrue(!Files.exists(index));
        assertOneLine(CliRun.run("ingest", "--index", index.toString(), page().toString()), 1,
                "verbatim ingest: cannot create the index folder " + index + ": ");
    }

    @Test
    void aFullDiskForTheReportIsAOneLineFailure() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "skipped: needs Linux's /dev/full, a file whose disk is always full");
        CliRun run = CliRun.run("ingest", "--index", dir.resolve("idx").toString(), "--report", full.toString(),
                page().toString());
        assertOneLine(run, 1, "verbatim ingest: cannot write the report /dev/full: no space left on device");
    }

    @Test
    void aFullDiskForTheRejectsIsAOneLineFailureAndTheIndexKeepsItsLastCommit() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "skipped: needs Linux's /dev/full, a file whose disk is always full");
        Path index = dir.resolve("idx");
        assertThat(CliRun.run("ingest", "--index", index.toString(), page().toString()).exit()).isZero();
        Files.delete(index.resolve("rejects.jsonl"));
        Files.createSymbolicLink(index.resolve("rejects.jsonl"), full);
        CliRun run = CliRun.run("ingest", "--index", index.toString(), truncatedArchive().toString());
        assertOneLine(run, 1, "verbatim ingest: cannot write " + index.resolve("rejects.jsonl"));
        assertThat(run.err()).contains("(the disk is full); the index keeps its last commit");
        CliRun search = CliRun.run("search", "--index", index.toString(), "--format", "jsonl", "bridge");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out().lines()).hasSize(1);
    }

    @Test
    void aFullDiskForTheOutputOfExtractIsAFailure() throws Exception {
        assertThat(CliRun.run("extract", dir.resolve("missing.html").toString()).err().lines()).hasSize(1);
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "skipped: needs Linux's /dev/full, a file whose disk is always full");
        CliRun export = CliRun.run("export", "--index", dir.resolve("none").toString(), "-o", full.toString());
        assertOneLine(export, 2, "verbatim export: no index at ");
        Path index = dir.resolve("idx");
        CliRun.run("ingest", "--index", index.toString(), page().toString());
        assertOneLine(CliRun.run("export", "--index", index.toString(), "-o", full.toString()), 1,
                "verbatim export: cannot write /dev/full");
    }

    @Test
    void usageMistakesAreOneLineWithWhereToReadMore() {
        assertOneLine(CliRun.run("search", "--limit", "many", "x"), 2, "verbatim search: ");
        assertThat(CliRun.run("search", "--limit", "many", "x").err()).contains("(see: verbatim search --help)");
        assertOneLine(CliRun.run("ingest", "--no-such-option", "x"), 2, "verbatim ingest: Unknown option");
    }
}
