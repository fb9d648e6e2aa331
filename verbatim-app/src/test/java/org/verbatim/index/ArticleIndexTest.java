package org.verbatim.index;

import org.verbatim.enrich.fingerprint.DocumentId;
import org.verbatim.enrich.fingerprint.Fingerprint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.enrich.fingerprint.MinHasher;
import org.verbatim.enrich.fingerprint.Syndication;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.Timestamp;
import org.verbatim.pipeline.ProcessedArticle;

class ArticleIndexTest {
    @TempDir
    Path dir;

    private final MinHasher hasher = new MinHasher();

    // Stories written for this test.
    static final String BRIDGE = "The harbour bridge will close to all traffic from Monday for six weeks while engineers "
            + "replace corroded steel cables beneath the main span, the city council announced on Thursday. Commuters "
            + "have been told to expect long delays on the ring road and on the two ferry routes that will carry extra "
            + "passengers during the closure.";
    static final String FERRY = "Two ferry companies said on Friday that they would double their sailings across the "
            + "harbour while the bridge is shut for repairs, adding late evening boats for hospital staff and night "
            + "workers who depend on the crossing.";
    static final String BRUECKE = "Die Brücke über den Hafen bleibt ab Montag sechs Wochen lang gesperrt, weil Ingenieure "
            + "die verrosteten Stahlseile unter dem Hauptfeld austauschen müssen, teilte die Stadtverwaltung mit.";

    private ProcessedArticle article(String url, String site, String lang, String day, String title, String text) {
        Article a = Article.builder().url(url).siteName(site).language(lang).title(title)
                .published(day == null ? null : Timestamp.parse(day)).blocks(List.of(Block.paragraph(text))).build();
        Fingerprint fp = hasher.fingerprint(a.title(), a.text());
        return new ProcessedArticle(DocumentId.of(url, fp.contentHash()), a, fp, "test", url);
    }

    /** Indexes the test stories; returns, for each, whether it was added. */
    private List<Boolean> fill(ExtraDocuments extra) throws Exception {
        List<Boolean> added = new ArrayList<>();
        try (ArticleIndex idx = ArticleIndex.open(dir, extra, 2)) {
            added.add(idx.upsert(article("https://courier.example/bridge", "Courier", "en", "2025-03-06",
                    "Harbour bridge to close", BRIDGE)));
            added.add(idx.upsert(article("https://wire.example/story/881?utm_source=rss", "Wire", "en-GB",
                    "2025-03-06T09:15", "Harbour bridge to close | Wire", "Advertisement. " + BRIDGE)));
            added.add(idx.upsert(article("https://courier.example/ferries", "Courier", "en", "2025-03-07",
                    "Ferries add sailings", FERRY)));
            added.add(idx.upsert(article("https://zeitung.example/bruecke", "Zeitung", "de-AT", "2025-04-01",
                    "Hafenbrücke gesperrt", BRUECKE)));
            // the same page again under the same URL (but for the fragment): nothing is added
            added.add(idx.upsert(article("https://courier.example/bridge#top", "Courier", "en", "2025-03-06",
                    "Harbour bridge to close", BRIDGE)));
        }
        return added;
    }

    /**
     * Threads upserting the same articles at once, in different orders, with commits in between: each id is added
     * exactly once, and each story's copies (distinct ids, near-identical text) end in one cluster.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 7, 2026})
    void concurrentUpsertsAddEachArticleOnceAndClusterCopiesTogether(long seed) throws Exception {
        String[] stories = {BRIDGE, FERRY, BRUECKE};
        List<ProcessedArticle> all = new ArrayList<>();
        for (int s = 0; s < stories.length; s++) {
            for (int copy = 0; copy < 6; copy++) {
                all.add(article("https://site" + copy + ".example/story" + s, "Site " + copy, "en", "2025-03-06",
                        "Story " + s, stories[s] + " Copy " + copy + " of this story."));
            }
        }
        int threads = 4;
        java.util.concurrent.atomic.AtomicInteger added = new java.util.concurrent.atomic.AtomicInteger();
        try (ArticleIndex idx = ArticleIndex.open(dir, ExtraDocuments.NONE, 3)) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<ProcessedArticle> mine = new ArrayList<>(all);
                java.util.Collections.shuffle(mine, new java.util.Random(seed * 31 + t));
                done.add(pool.submit(() -> {
                    for (ProcessedArticle a : mine) {
                        if (idx.upsert(a)) {
                            added.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
        }
        assertThat(added.get()).isEqualTo(all.size());
        try (ArticleSearch s = ArticleSearch.open(dir)) {
            assertThat(s.count(IndexFields.KIND_ARTICLE)).isEqualTo(all.size());
            assertThat(s.clusterCount()).isEqualTo(stories.length);
        }
    }

    /**
     * Whatever the order of the articles, the commit interval and the number of ingests they are spread over, the
     * clusters are the components of copies named by their earliest-published copy: exactly what the Spark job
     * computes ({@link Syndication#clusters}, the reference). Stories drift copy by copy, so a late copy can bridge two
     * clusters or be published before a cluster's name.
     */
    @ParameterizedTest
    @ValueSource(longs = {3, 11, 2026})
    void clustersAreComponentsOfCopiesNamedByTheEarliestPublishedWhateverTheOrder(long seed) throws Exception {
        Random rnd = new Random(seed);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            vocabulary.add("w" + Integer.toString(i * 7919 + 13, 36));
        }
        List<ProcessedArticle> all = new ArrayList<>();
        String[] days = {"2025-03-06", "2025-03-06T09:15", "2025-03-06T08:15+01:00", "2025-03-05", null};
        for (int story = 0; story < 12; story++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 60; w++) {
                words.add(vocabulary.get(rnd.nextInt(vocabulary.size())));
            }
            int copies = 1 + rnd.nextInt(5);
            for (int c = 0; c < copies; c++) {
                for (int w = 0; w < words.size(); w++) {
                    if (rnd.nextInt(100) < 6) { // each copy drifts from the one before
                        words.set(w, vocabulary.get(rnd.nextInt(vocabulary.size())));
                    }
                }
                String url = "https://site" + rnd.nextInt(4) + ".example/s" + story + "/c" + c;
                all.add(article(url, "Site", "en", days[rnd.nextInt(days.length)], "Story " + story,
                        String.join(" ", words) + "."));
            }
        }
        Collections.shuffle(all, rnd);
        int sessions = 1 + rnd.nextInt(3);
        int from = 0;
        for (int session = 0; session < sessions; session++) {
            int to = session == sessions - 1 ? all.size() : from + rnd.nextInt(all.size() - from + 1);
            try (ArticleIndex idx = ArticleIndex.open(dir, ExtraDocuments.NONE, 1 + rnd.nextInt(7))) {
                for (ProcessedArticle a : all.subList(from, to)) {
                    idx.upsert(a);
                }
            }
            from = to;
        }
        Map<String, String> expected = Syndication.clusters(all.stream().map(a -> new Syndication.Copy(a.id(),
                Syndication.publishedKey(a.article().published()), a.fingerprint())).toList());
        assertThat(new HashSet<>(expected.values()).size()).as("some stories cluster").isLessThan(all.size());
        Map<String, String> stored = new HashMap<>();
        try (ArticleSearch s = ArticleSearch.open(dir)) {
            s.forEachArticle(a -> stored.put(a.id(), a.cluster()));
            assertThat(s.clusterCount()).isEqualTo(new HashSet<>(expected.values()).size());
        }
        assertThat(stored).isEqualTo(expected);
    }

    @Test
    void copiesOfOneStoryAreOneHitWithTheirCountAndReingestAddsNothing() throws Exception {
        assertThat(fill(ExtraDocuments.NONE)).containsExactly(true, true, true, true, false);
        assertThat(fill(ExtraDocuments.NONE)).containsOnly(false); // re-ingest adds nothing
        try (ArticleSearch s = ArticleSearch.open(dir)) {
            assertThat(s.count(IndexFields.KIND_ARTICLE)).isEqualTo(4);
            assertThat(s.clusterCount()).isEqualTo(3);
            ArticleSearch.Result r = s.search(ArticleSearch.Request.of("bridge", 10), "[", "]", false);
            assertThat(r.totalHits()).isEqualTo(3); // two copies of the bridge story and the ferry story
            assertThat(r.hits()).hasSize(2);
            ArticleSearch.Hit top = r.hits().get(0);
            assertThat(top.copies()).isEqualTo(2);
            assertThat(top.snippet()).contains("[bridge]");
            assertThat(r.hits().get(1).copies()).isEqualTo(1);
        }
    }

    @Test
    void classicQuerySyntaxAndFiltersWork() throws Exception {
        fill(ExtraDocuments.NONE);
        try (ArticleSearch s = ArticleSearch.open(dir)) {
            assertThat(titles(s, "\"ferry routes\"")).containsExactly("Harbour bridge to close");
            assertThat(titles(s, "bridge -sailings")).containsExactly("Harbour bridge to close");
            assertThat(titles(s, "bridge NOT title:ferries")).containsExactly("Harbour bridge to close");
            assertThat(titles(s, "sailings OR Stahlseile")).containsExactlyInAnyOrder("Ferries add sailings",
                    "Hafenbrücke gesperrt");
            assertThat(titles(s, "site:zeitung")).containsExactly("Hafenbrücke gesperrt");
            assertThat(titles(s, "month:2025-03 AND ferry")).hasSize(2);
            ArticleSearch.Request byLang = new ArticleSearch.Request("*", null, null, null, "de", 10, false);
            assertThat(s.search(byLang, "", "", false).hits()).extracting(ArticleSearch.Hit::title)
                    .containsExactly("Hafenbrücke gesperrt");
            ArticleSearch.Request bySite = new ArticleSearch.Request("harbour", "wire.example", null, null, null, 10, false);
            assertThat(s.search(bySite, "", "", false).hits()).extracting(ArticleSearch.Hit::url)
                    .containsExactly("https://wire.example/story/881?utm_source=rss");
            ArticleSearch.Request byDate = new ArticleSearch.Request("*", null, LocalDate.parse("2025-03-07"),
                    LocalDate.parse("2025-03-31"), null, 10, false);
            assertThat(s.search(byDate, "", "", false).hits()).extracting(ArticleSearch.Hit::title)
                    .containsExactly("Ferries add sailings");
            assertThatThrownBy(() -> s.search(ArticleSearch.Request.of("title:(", 5), "", "", false))
                    .isInstanceOf(QueryException.class).hasMessageContaining("cannot parse the query");
        }
    }

    @Test
    void eachLanguageIsStemmedByItsOwnAnalyser() throws Exception {
        fill(ExtraDocuments.NONE);
        try (ArticleSearch s = ArticleSearch.open(dir)) {
            assertThat(titles(s, "Brücken")).containsExactly("Hafenbrücke gesperrt"); // German plural finds singular
            assertThat(titles(s, "closing")).containsExactly("Harbour bridge to close"); // English stem
            assertThat(titles(s, "text:closing")).isEmpty(); // the unstemmed field keeps exact forms
        }
    }

    @Test
    void facetsCountSitesLanguagesAndMonths() throws Exception {
        fill(ExtraDocuments.NONE);
        try (ArticleSearch s = ArticleSearch.open(dir)) {
            ArticleSearch.Request r = new ArticleSearch.Request("*", null, null, null, null, 10, true);
            var f = s.search(r, "", "", false).facets();
            assertThat(f.get("site")).containsEntry("Courier", 2L).containsEntry("Wire", 1L);
            assertThat(f.get("lang")).containsEntry("en", 3L).containsEntry("de", 1L);
            assertThat(f.get("month")).containsEntry("2025-03", 3L).containsEntry("2025-04", 1L);
        }
    }

    @Test
    void extraDocumentsAreStoredWithTheirArticleAndNotDuplicatedOnReingest() throws Exception {
        ExtraDocuments quotes = a -> {
            List<Document> docs = new ArrayList<>();
            Document q = new Document();
            q.add(new StringField(IndexFields.KIND, IndexFields.KIND_QUOTE, Field.Store.YES));
            q.add(new TextField("quote", "We know this is painful", Field.Store.YES));
            docs.add(q);
            return docs;
        };
        fill(quotes);
        assertThat(fill(quotes)).containsOnly(false);
        try (ArticleSearch s = ArticleSearch.open(dir)) {
            assertThat(s.count(IndexFields.KIND_QUOTE)).isEqualTo(4);
            assertThat(s.count(IndexFields.KIND_ARTICLE)).isEqualTo(4);
            // quote documents never show as article hits
            assertThat(s.search(ArticleSearch.Request.of("*", 10), "", "", false).totalHits()).isEqualTo(4);
        }
    }

    /**
     * Closing the searcher while another thread is reading stored articles (the server stopping under a request) does
     * not pull the files from under that read: it reads to its end, and only reads begun after the close fail.
     */
    @Test
    void closingUnderARunningReadLetsItFinish() throws Exception {
        fill(ExtraDocuments.NONE);
        ArticleSearch s = ArticleSearch.open(dir);
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        List<String> read = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CompletableFuture<Void> reader = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                s.forEachArticle(a -> {
                    reading.countDown();
                    try {
                        closed.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    read.add(a.json());
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        reading.await();
        s.close();
        closed.countDown();
        reader.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(read).hasSize(4).allSatisfy(json -> assertThat(json).contains("\"url\""));
        assertThatThrownBy(s::articleCount).isInstanceOf(org.apache.lucene.store.AlreadyClosedException.class);
    }

    private static List<String> titles(ArticleSearch s, String q) throws Exception {
        return s.search(ArticleSearch.Request.of(q, 10), "", "", false).hits().stream().map(ArticleSearch.Hit::title)
                .toList();
    }
}
