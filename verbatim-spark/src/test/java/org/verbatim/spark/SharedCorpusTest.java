package org.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on real archives of ../shared (skipped, with a message, when it is absent): the fundus news WARC (258 pages)
 * and the 34 edge-case archives (truncated records, bad chunking, brotli, old WARC versions, ARC files...) give the
 * counts, article ids, quote counts and clusters that single-machine {@code ingest} gives on the same files.
 */
class SharedCorpusTest {
    @TempDir
    Path dir;

    @Test
    void fundusAndTheEdgeCaseArchivesGiveWhatIngestGives() throws Exception {
        Path warc = SparkTests.shared("corpora/warc");
        Assumptions.assumeTrue(warc != null, "../shared is absent");
        List<String> inputs = List.of(warc.resolve("fundus-news.warc.gz").toString(),
                warc.resolve("edge-cases").toString());
        Reference ingest = Reference.ingest(dir.resolve("index"), expand(inputs), true);
        Path out = dir.resolve("out");
        SparkJob.Report report = SparkJob.run(SparkTests.session(), new SparkJob.Options(inputs, out.toString(),
                SparkJob.Format.PARQUET));
        Reference spark = Reference.spark(SparkTests.session(), report, out, SparkJob.Format.PARQUET);

        assertThat(report.addsUp()).isTrue();
        assertThat(report.read()).isEqualTo(ingest.read()).isGreaterThan(300);
        assertThat(report.ok()).isEqualTo(ingest.ok()).isGreaterThan(250);
        assertThat(report.skipped()).isEqualTo(ingest.skipped());
        assertThat(report.failed()).isEqualTo(ingest.failed()).isPositive(); // the edge cases break some records
        assertThat(report.duplicates()).isEqualTo(ingest.duplicates());
        assertThat(spark.clusters().keySet()).isEqualTo(ingest.clusters().keySet());
        assertThat(spark.quotes()).isEqualTo(ingest.quotes());
        assertThat(spark.quotes().values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(500);
        assertThat(spark.clusters()).isEqualTo(ingest.clusters());
        assertThat(report.clusters()).isEqualTo(new HashSet<>(spark.clusters().values()).size());
    }

    /** The archives ingest reads from the inputs, as the job finds them (ingest walks folders the same way). */
    private static List<String> expand(List<String> inputs) throws java.io.IOException {
        return Inputs.expand(inputs, new org.apache.hadoop.conf.Configuration()).stream()
                .map(p -> p.startsWith("file:") ? Path.of(java.net.URI.create(p)).toString() : p).toList();
    }
}
