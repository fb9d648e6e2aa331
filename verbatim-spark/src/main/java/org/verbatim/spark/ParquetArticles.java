package org.verbatim.spark;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the {@code articles/} Parquet of a job's output as JSON lines, for {@code verbatim index --from DIR}: the app
 * calls {@link #read} by name when the output is Parquet, so that it does not itself depend on Spark or Hadoop. Runs a
 * local Spark session (or uses the running one) and streams the rows (one partition at a time) to the consumer.
 */
public final class ParquetArticles {
    private ParquetArticles() {
    }

    /** Calls {@code line} with each article of {@code dir/articles} as one JSON object. */
    public static void read(Path dir, Consumer<String> line) {
        boolean own = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkMain.session("local[2]");
        try {
            Iterator<String> it = spark.read().parquet(dir.resolve("articles").toString()).toJSON().toLocalIterator();
            while (it.hasNext()) {
                line.accept(it.next());
            }
        } finally {
            if (own) {
                spark.stop(); // a session that was there before (a caller's, a test's) is left running
            }
        }
    }
}
