package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.SegmentInfos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills an ingest with kill -9 at a random commit and checks that a rerun ends exactly where a clean run does. */
class CrashRecoveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STORIES = 1000;
    private static final int COMMIT_EVERY = 50;

    @TempDir
    Path dir;

    @Test
    void aRerunAfterKillMinus9GivesTheCountsOfACleanRunWithoutDuplicates() throws Exception {
        Random rnd = new Random(20261129);
        Path warc = dir.resolve("stories.warc.gz");
        try (TestArchive a = new TestArchive(warc)) {
            a.randomStories(rnd, STORIES);
        }
        Path clean = dir.resolve("clean");
        JsonNode cleanReport = ingest(clean, warc);
        assertThat(cleanReport.get("articles").asLong()).isGreaterThan(STORIES / 2);

        Path crashed = dir.resolve("crashed");
        long killAtCommit = 3 + rnd.nextInt(STORIES / COMMIT_EVERY / 3);
        Process child = new ProcessBuilder(javaBin(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.verbatim.cli.Main", "ingest", "--index", crashed.toString(), "--commit-every",
                String.valueOf(COMMIT_EVERY), warc.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lastCommit(crashed) < killAtCommit && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(child.isAlive()).as("the ingest was still running when killed").isTrue();
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no final commit
        child.waitFor();
        assertThat(lastCommit(crashed)).isGreaterThanOrEqualTo(killAtCommit);

        JsonNode partial = count(crashed);
        assertThat(partial.get("articles").asLong()).isLessThan(cleanReport.get("articles").asLong());

        JsonNode rerun = ingest(crashed, warc);
        assertThat(rerun.get("articles").asLong()).isEqualTo(cleanReport.get("articles").asLong());
        assertThat(rerun.get("clusters").asLong()).isEqualTo(cleanReport.get("clusters").asLong());
        assertThat(rerun.get("duplicates").asLong()).isEqualTo(partial.get("articles").asLong());
        assertThat(ids(crashed)).isEqualTo(ids(clean));
    }

    private JsonNode ingest(Path index, Path warc) throws Exception {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.run("ingest", "--index", index.toString(), "--report", report.toString(),
                "--commit-every", String.valueOf(COMMIT_EVERY), warc.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode r = JSON.readTree(report.toFile());
        assertThat(r.get("read").asLong()).isEqualTo(2L * STORIES);
        return r;
    }

    /** The articles in the index, through an export. */
    private static JsonNode count(Path index) throws Exception {
        CliRun run = CliRun.run("export", "--index", index.toString());
        return JSON.createObjectNode().put("articles", run.out().lines().count());
    }

    /** Exported ids; the list has no repeats. */
    private static Set<String> ids(Path index) throws Exception {
        List<String> lines = CliRun.run("export", "--index", index.toString()).out().lines().toList();
        Set<String> ids = new HashSet<>();
        for (String l : lines) {
            ids.add(JSON.readTree(l).get("id").asText());
        }
        assertThat(ids).hasSize(lines.size());
        return ids;
    }

    private static long lastCommit(Path index) {
        String[] files = index.toFile().list();
        return files == null ? -1 : SegmentInfos.getLastCommitGeneration(files);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
