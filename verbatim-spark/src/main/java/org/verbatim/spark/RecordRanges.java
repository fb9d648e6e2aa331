package org.verbatim.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Record ranges from a Parquet file: rows of (warc path, offset, length), under the names this project writes
 * ({@code warc_path, offset, length}) or Common Crawl's columnar URL index ({@code warc_filename,
 * warc_record_offset, warc_record_length}, paths relative to the crawl's bucket: give {@code --records-base
 * s3a://commoncrawl/}). The ranges are grouped by file, one task per file, in offset order, so each file is opened
 * once per task and read forward.
 */
final class RecordRanges {
    private static final List<List<String>> NAMES = List.of(List.of("warc_path", "offset", "length"),
            List.of("warc_filename", "warc_record_offset", "warc_record_length"));

    private RecordRanges() {
    }

    static JavaRDD<Split> splits(SparkSession spark, String records, String base) {
        Dataset<Row> rows = spark.read().parquet(records);
        List<String> cols = Arrays.asList(rows.columns());
        List<String> names = NAMES.stream().filter(cols::containsAll).findFirst().orElseThrow(() ->
                new SparkJob.UsageException("--records " + records + " needs the columns warc_path, offset, length "
                        + "(or warc_filename, warc_record_offset, warc_record_length); it has " + cols));
        Dataset<Row> ranges = rows.select(col(names.get(0)).as("path"), col(names.get(1)).cast("long").as("offset"),
                col(names.get(2)).cast("long").as("length")).filter(col("path").isNotNull()
                        .and(col("offset").geq(0)).and(col("length").gt(0)));
        long files = ranges.select("path").distinct().count();
        if (files == 0) {
            throw new SparkJob.UsageException("--records " + records + " holds no record range");
        }
        String prefix = base == null ? "" : base.endsWith("/") ? base : base + "/";
        return ranges.repartition((int) Math.min(files, 100_000), col("path"))
                .sortWithinPartitions("path", "offset")
                .javaRDD().map(r -> new Split(prefix + r.getString(0), r.getLong(1), r.getLong(2)));
    }
}
