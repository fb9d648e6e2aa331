package org.verbatim.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the module's tests: {@code local[2,2]}, two cores and two attempts per task, so that the
 * retry test can fail a task's first attempt (plain {@code local[N]} never retries). Starting Spark costs seconds, so
 * the test classes share it; it stops when the JVM ends.
 */
final class SparkTests {
    private static SparkSession spark;

    private SparkTests() {
    }

    static synchronized SparkSession session() {
        if (spark == null) {
            spark = SparkSession.builder().appName("verbatim-tests").master("local[2,2]")
                    .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
        }
        return spark;
    }

    /** The shared corpora folder, or {@code null} (with a message) when it is absent. */
    static Path shared(String sub) {
        Path root = Path.of(System.getProperty("verbatim.shared", "../../shared"));
        Path p = root.resolve(sub);
        if (!Files.exists(p)) {
            System.err.println("skipped: " + p + " is absent (the shared corpora are not beside this checkout)");
            return null;
        }
        return p;
    }
}
