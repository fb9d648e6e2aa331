package org.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.enrich.fingerprint.Fingerprint;
import org.verbatim.enrich.fingerprint.MinHasher;
import org.verbatim.enrich.fingerprint.Syndication;

/**
 * The Spark SQL clusters equal the reference ({@link Syndication#clusters}) on random fingerprints that drift copy by
 * copy (so copies of copies bridge clusters), with exact copies, shared publication times and undated copies, whether
 * the components are settled on the driver or in SQL.
 */
class SparkSyndicationTest {
    private static final StructType ROWS = new StructType().add("id", DataTypes.StringType)
            .add("content_hash", DataTypes.StringType)
            .add("signature", DataTypes.createArrayType(DataTypes.IntegerType, false))
            .add("band_keys", DataTypes.createArrayType(DataTypes.StringType, false))
            .add("published_key", DataTypes.LongType);

    @ParameterizedTest
    @ValueSource(longs = {2026})
    void sparkClustersEqualTheReferenceOnTheDriverAndInSql(long seed) {
        Random rnd = new Random(seed);
        List<Syndication.Copy> copies = new ArrayList<>();
        long[] times = {1_000, 2_000, 2_000, Syndication.UNDATED};
        for (int story = 0; story < 12; story++) {
            int[] sig = new int[MinHasher.HASHES];
            for (int i = 0; i < sig.length; i++) {
                sig[i] = rnd.nextInt();
            }
            int n = 1 + rnd.nextInt(5);
            for (int c = 0; c < n; c++) {
                for (int i = 0; i < sig.length; i++) {
                    if (rnd.nextInt(100) < 22) { // drift: about 0.78 of the values survive each copy
                        sig[i] = rnd.nextInt();
                    }
                }
                String hash = "h" + story + "-" + c;
                copies.add(new Syndication.Copy("id" + story + "-" + c, times[rnd.nextInt(times.length)],
                        new Fingerprint(sig, hash)));
                if (rnd.nextInt(4) == 0) { // an exact copy under another id
                    copies.add(new Syndication.Copy("dup" + story + "-" + c, times[rnd.nextInt(times.length)],
                            new Fingerprint(sig, hash)));
                }
            }
        }
        Map<String, String> expected = Syndication.clusters(copies);
        assertThat(new HashSet<>(expected.values()).size()).as("stories bridge and cluster")
                .isLessThan(copies.size() - 10);

        SparkSession spark = SparkTests.session();
        List<Row> rows = new ArrayList<>();
        for (Syndication.Copy c : copies) {
            Integer[] sig = java.util.Arrays.stream(c.fingerprint().signature()).boxed().toArray(Integer[]::new);
            String[] bands = c.fingerprint().bandKeys().stream().filter(k -> !k.startsWith("c")).toArray(String[]::new);
            rows.add(RowFactory.create(c.id(), c.fingerprint().contentHash(), sig, bands, c.published()));
        }
        Dataset<Row> articles = spark.createDataFrame(rows, ROWS);
        for (long driverEdges : new long[] {SparkSyndication.DRIVER_EDGES, 0}) {
            SparkSyndication.Components comp = SparkSyndication.components(spark, articles, driverEdges);
            Map<String, String> byHash = new HashMap<>();
            for (Row r : comp.clusters().collectAsList()) {
                byHash.put(r.getString(0), r.getString(1));
            }
            Map<String, String> actual = new HashMap<>();
            for (Syndication.Copy c : copies) {
                String own = copies.stream().filter(o -> o.fingerprint().contentHash()
                                .equals(c.fingerprint().contentHash()))
                        .min((a, b) -> Syndication.compare(a.published(), a.id(), b.published(), b.id()))
                        .orElseThrow().id();
                actual.put(c.id(), byHash.getOrDefault(c.fingerprint().contentHash(), own));
            }
            assertThat(actual).as("driver edges " + driverEdges).isEqualTo(expected);
            long hashes = copies.stream().map(c -> c.fingerprint().contentHash()).distinct().count();
            assertThat(hashes - comp.nodes() + comp.count()).isEqualTo(new HashSet<>(expected.values()).size());
        }
    }
}
