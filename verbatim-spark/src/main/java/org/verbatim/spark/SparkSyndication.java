package org.verbatim.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.verbatim.enrich.fingerprint.Fingerprint;
import org.verbatim.enrich.fingerprint.Syndication;

/**
 * {@link Syndication}'s rule over a whole corpus in Spark SQL, with the project's own fingerprints and LSH band keys
 * (Spark ML's MinHashLSH hashes differently and could not match single-machine ingest):
 * <ol>
 *   <li>articles with one content hash are one node (exact copies share every key), labelled by its earliest
 *       (publication key, id);</li>
 *   <li>nodes that share a band key are candidate pairs (the nodes grouped by key, each group's pairs tested where
 *       the group is), kept when {@link Fingerprint#sameStory} says so: the edges;</li>
 *   <li>each connected component of nodes takes the smallest label among them: on the driver with a union-find when
 *       the edges are few (at most {@code driverEdges}: one pass over them), else by propagating labels along the
 *       edges in SQL until none changes (as many rounds as the widest component's diameter);</li>
 *   <li>a node in no edge is a cluster of its own, named by its own label.</li>
 * </ol>
 * Both ways give the same clusters; a test runs each.
 */
final class SparkSyndication {
    /** Edges that the driver takes in one piece (about 150 bytes each); more are settled in SQL. */
    static final long DRIVER_EDGES = 500_000;
    /** Far more rounds than any real component needs: a guard against a bug, not a limit that is ever reached. */
    static final int MAX_ROUNDS = 1000;

    /** The clusters of the nodes in some edge, and how many clusters those make. */
    record Components(Dataset<Row> clusters, long nodes, long count) {
    }

    /** A node's label: its earliest (publication key, id). */
    static final StructType LABEL = new StructType().add("published_key", DataTypes.LongType, true)
            .add("id", DataTypes.StringType, true);
    /** An edge: {@code u < v}, the two nodes' content hashes, and their labels {@code lu}, {@code lv}. */
    static final StructType EDGES = new StructType().add("u", DataTypes.StringType, false)
            .add("v", DataTypes.StringType, false).add("lu", LABEL, false).add("lv", LABEL, false);

    static final StructType CLUSTERS = new StructType().add("content_hash", DataTypes.StringType, false)
            .add("component", DataTypes.StringType, false);

    private SparkSyndication() {
    }

    /**
     * @param articles    {@code id, content_hash, signature, band_keys, published_key}, one row per id
     * @param driverEdges the most edges settled on the driver
     * @return {@code content_hash, component} (the cluster id) for every node that has an edge
     */
    static Components components(SparkSession spark, Dataset<Row> articles, long driverEdges) {
        Dataset<Row> nodes = articles.groupBy("content_hash").agg(first("signature").as("signature"),
                first("band_keys").as("band_keys"), min(struct(col("published_key"), col("id"))).as("label"));
        // the nodes of each band key together (one shuffle), every pair among them tested where it is: a pair that
        // shares several keys is tested once per key, and kept once
        Dataset<Row> buckets = nodes.select(explode(col("band_keys")).as("key"),
                        struct(col("content_hash"), col("signature"), col("label")).as("node"))
                .groupBy("key").agg(collect_list(col("node")).as("nodes"))
                .filter(size(col("nodes")).gt(1));
        Dataset<Row> edges = buckets.flatMap((FlatMapFunction<Row, Row>) SparkSyndication::sameStories,
                        Encoders.row(EDGES))
                .dropDuplicates("u", "v").persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // count, then collect from the cache: two jobs (a limit before collect scans the partitions in rounds)
            return edges.count() <= driverEdges ? onDriver(spark, edges.collectAsList()) : inSql(edges);
        } finally {
            edges.unpersist();
        }
    }

    /** The pairs of one band key's nodes that {@link Fingerprint#sameStory} calls one story, as edges. */
    private static Iterator<Row> sameStories(Row bucket) {
        List<Row> nodes = bucket.getList(1);
        Fingerprint[] prints = new Fingerprint[nodes.size()];
        for (int i = 0; i < prints.length; i++) {
            prints[i] = fingerprint(nodes.get(i).getList(1), nodes.get(i).getString(0));
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < prints.length; i++) {
            for (int j = i + 1; j < prints.length; j++) {
                if (prints[i].sameStory(prints[j])) {
                    Row a = nodes.get(i);
                    Row b = nodes.get(j);
                    boolean ab = a.getString(0).compareTo(b.getString(0)) < 0;
                    Row u = ab ? a : b;
                    Row v = ab ? b : a;
                    out.add(RowFactory.create(u.getString(0), v.getString(0), u.getStruct(2), v.getStruct(2)));
                }
            }
        }
        return out.iterator();
    }

    /** Union-find over the edges; each component named by its smallest label. */
    private static Components onDriver(SparkSession spark, List<Row> edges) {
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<Row> labels = new ArrayList<>();
        int[] parent = new int[2 * edges.size()];
        for (Row e : edges) {
            int u = node(e.getString(0), e.getStruct(2), index, names, labels, parent);
            int v = node(e.getString(1), e.getStruct(3), index, names, labels, parent);
            int ru = root(parent, u);
            int rv = root(parent, v);
            if (ru != rv) {
                parent[Math.max(ru, rv)] = Math.min(ru, rv);
            }
        }
        Map<Integer, Row> best = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            best.merge(root(parent, i), labels.get(i), (a, b) -> before(a, b) ? a : b);
        }
        List<Row> rows = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            rows.add(RowFactory.create(names.get(i), best.get(root(parent, i)).getString(1)));
        }
        return new Components(spark.createDataFrame(rows, CLUSTERS), names.size(), best.size());
    }

    private static int node(String name, Row label, Map<String, Integer> index, List<String> names,
            List<Row> labels, int[] parent) {
        Integer i = index.get(name);
        if (i == null) {
            i = names.size();
            index.put(name, i);
            names.add(name);
            labels.add(label);
            parent[i] = i;
        }
        return i;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** True when label {@code a} (publication key, id) names a cluster before {@code b}. */
    private static boolean before(Row a, Row b) {
        return Syndication.compare(a.getLong(0), a.getString(1), b.getLong(0), b.getString(1)) < 0;
    }

    /** Label propagation in SQL: each round, a node takes the smallest label among itself and its neighbours. */
    private static Components inSql(Dataset<Row> edges) {
        Dataset<Row> labels = edges.select(col("u").as("content_hash"), col("lu").as("label"))
                .union(edges.select(col("v").as("content_hash"), col("lv").as("label")))
                .groupBy("content_hash").agg(min("label").as("label"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> links = edges.select("u", "v").union(edges.select(col("v").as("u"), col("u").as("v")))
                .persist(StorageLevel.MEMORY_AND_DISK());
        for (int round = 0; ; round++) {
            if (round == MAX_ROUNDS) {
                throw new IllegalStateException("clusters did not settle in " + MAX_ROUNDS + " rounds");
            }
            Dataset<Row> next = links.join(labels.withColumnRenamed("content_hash", "v"), "v")
                    .select(col("u").as("content_hash"), col("label"))
                    .union(labels)
                    .groupBy("content_hash").agg(min("label").as("label"))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long changed = next.as("n").join(labels.as("o"), "content_hash")
                    .filter(col("n.label").notEqual(col("o.label"))).count();
            labels.unpersist();
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        links.unpersist();
        Dataset<Row> clusters = labels.select(col("content_hash"), col("label.id").as("component"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Row counts = clusters.selectExpr("count(*)", "count(distinct component)").first();
        return new Components(clusters, counts.getLong(0), counts.getLong(1));
    }

    private static Fingerprint fingerprint(List<Integer> signature, String hash) {
        int[] s = new int[signature.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = signature.get(i);
        }
        return new Fingerprint(s, hash);
    }
}
