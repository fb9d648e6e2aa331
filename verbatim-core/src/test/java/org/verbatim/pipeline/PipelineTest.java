package org.verbatim.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.model.Page;
import org.verbatim.ingest.SourceRecord;
import org.verbatim.ingest.RecordSource;
import org.verbatim.ingest.Outcome;

class PipelineTest {
    @TempDir
    Path dir;

    /**
     * Random mixes of pages, early verdicts, stage failures and store failures always add up, whether the calling
     * thread writes or the workers do.
     */
    @ParameterizedTest
    @CsvSource({"1,false", "2,false", "3,false", "42,false", "1234,false", "1,true", "2,true", "42,true"})
    void everyRecordGetsOneVerdictAndFailuresAreRejected(long seed, boolean concurrent) throws Exception {
        Random rnd = new Random(seed);
        int n = 200 + rnd.nextInt(300);
        List<SourceRecord> records = new ArrayList<>();
        int[] expected = new int[4]; // ok, skipped, failed, duplicates
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(6);
            String body = switch (kind) {
                case 0 -> "boom";   // the stage throws
                case 1 -> "reject"; // the writer throws
                case 2 -> "dup";    // already stored
                default -> "fine";
            };
            if (kind == 3 && rnd.nextBoolean()) {
                records.add(SourceRecord.skipped("in", "@" + i, "warc type: request"));
                expected[1]++;
            } else if (kind == 4 && rnd.nextInt(3) == 0) {
                records.add(SourceRecord.failed("in", "@" + i, "at byte " + i + ": corrupt record"));
                expected[2]++;
            } else {
                records.add(SourceRecord.page("in", "@" + i, Page.html("in", "u" + i, body.getBytes(StandardCharsets.UTF_8))));
                expected[kind <= 1 ? 2 : 0]++;
                expected[3] += kind == 2 ? 1 : 0;
            }
        }
        Stage<String> stage = r -> {
            String body = new String(r.page().content(), StandardCharsets.UTF_8);
            if (body.equals("boom")) {
                throw new IllegalStateException("boom");
            }
            return Processed.ok(r, body);
        };
        Set<String> written = ConcurrentHashMap.newKeySet();
        Set<String> writerThreads = ConcurrentHashMap.newKeySet();
        Writer<String> writer = p -> {
            if (p.value().equals("reject")) {
                throw new java.io.IOException("disk full");
            }
            written.add(p.record().recordId());
            writerThreads.add(Thread.currentThread().getName());
            return p.value().equals("dup") ? Writer.Written.DUPLICATE : Writer.Written.ADDED;
        };
        Path rejectsFile = dir.resolve("rejects.jsonl");
        AtomicInteger progressCalls = new AtomicInteger();
        Counters.Snapshot s;
        try (RejectsWriter rejects = new RejectsWriter(rejectsFile)) {
            Pipeline<String> pipeline = concurrent ? Pipeline.concurrent(stage, writer, 2, 4)
                    : new Pipeline<>(stage, writer, 2, 4);
            s = pipeline.run(List.of(sink -> {
                for (SourceRecord r : records) {
                    sink.accept(r);
                }
            }), rejects, c -> progressCalls.incrementAndGet());
        }
        assertThat(s.read()).isEqualTo(n);
        assertThat(s.addsUp()).isTrue();
        assertThat(new long[] {s.ok(), s.skipped(), s.failed(), s.duplicates()})
                .containsExactly(expected[0], expected[1], expected[2], expected[3]);
        assertThat(written).hasSize(expected[0]);
        String caller = Thread.currentThread().getName();
        if (concurrent) {
            assertThat(writerThreads).isNotEmpty().allMatch(t -> t.startsWith("verbatim-work-"));
        } else {
            assertThat(writerThreads).containsExactly(caller);
        }
        assertThat(progressCalls.get()).isEqualTo(n);
        List<String> lines = Files.readAllLines(rejectsFile);
        assertThat(lines).hasSize(expected[2]);
        ObjectMapper m = new ObjectMapper();
        for (String line : lines) {
            JsonNode j = m.readTree(line);
            assertThat(j.get("source").asText()).isEqualTo("in");
            assertThat(j.get("record").asText()).startsWith("@");
            assertThat(j.get("reason").asText()).containsAnyOf("corrupt", "boom", "disk full");
        }
        assertThat(s.skipReasons()).containsEntry("warc type", (long) expected[1]);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aReaderThatThrowsEndsThatInputWithAFailureAndTheRestStillRuns(int workers) throws Exception {
        RecordSource broken = sink -> {
            sink.accept(SourceRecord.page("a", "1", Page.html("a", "u", new byte[0])));
            throw new IllegalStateException("reader bug");
        };
        RecordSource fine = sink -> sink.accept(SourceRecord.page("b", "2", Page.html("b", "u", new byte[0])));
        Counters.Snapshot s = new Pipeline<String>(r -> Processed.ok(r, "x"), p -> Writer.Written.ADDED, workers, 1)
                .run(List.of(broken, fine), null, null);
        assertThat(s.read()).isEqualTo(3);
        assertThat(s.ok()).isEqualTo(2);
        assertThat(s.failed()).isEqualTo(1);
    }

    private static SourceRecord page(int i, String body) {
        return SourceRecord.page("in", "@" + i, Page.html("in", "u" + i, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static RecordSource records(List<SourceRecord> rs) {
        return sink -> {
            for (SourceRecord r : rs) {
                sink.accept(r);
            }
        };
    }

    private static List<SourceRecord> pages(String... bodies) {
        List<SourceRecord> out = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            out.add(page(i, bodies[i]));
        }
        return out;
    }

    private static String body(Processed<?> p) {
        return new String(p.record().page().content(), StandardCharsets.UTF_8);
    }

    private List<JsonNode> rejects() throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("rejects.jsonl"))) {
            out.add(m.readTree(line));
        }
        return out;
    }

    /** The issue's hang: a worker killed in the middle of a record (here by Thread.stop) once parked the run forever. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    @SuppressWarnings({"deprecation", "removal"})
    void aWorkerKilledMidRecordFailsThatRecordAndIsReplaced(boolean concurrent) throws Exception {
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Thread> victim = new java.util.concurrent.atomic.AtomicReference<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Stage<String> stage = r -> {
            String body = body(Processed.notOk(r, Outcome.skipped("x")));
            if (body.equals("victim")) {
                victim.set(Thread.currentThread());
                inside.countDown();
                while (true) { // mid-record, until killed
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }
            }
            threads.add(Thread.currentThread().getName());
            return Processed.ok(r, body);
        };
        Thread killer = new Thread(() -> {
            try {
                inside.await();
                victim.get().stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.start();
        List<SourceRecord> rs = pages("a", "b", "victim", "c", "d", "e", "f", "g");
        Writer<String> writer = p -> Writer.Written.ADDED;
        Counters.Snapshot s;
        try (RejectsWriter rejects = new RejectsWriter(dir.resolve("rejects.jsonl"))) {
            Pipeline<String> p = concurrent ? Pipeline.concurrent(stage, writer, 1, 2) : new Pipeline<>(stage, writer, 1, 2);
            s = p.run(List.of(records(rs)), rejects, null);
        }
        killer.join();
        assertThat(s.read()).isEqualTo(8);
        assertThat(new long[] {s.ok(), s.skipped(), s.failed()}).containsExactly(7, 0, 1);
        assertThat(rejects()).singleElement().satisfies(j -> {
            assertThat(j.get("record").asText()).isEqualTo("@2");
            assertThat(j.get("reason").asText()).contains("internal error").contains("ThreadDeath");
        });
        assertThat(threads).contains("verbatim-work-0").anyMatch(t -> t.startsWith("verbatim-work-0."));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anOutOfMemoryErrorInTheStageOrTheWriterFailsOnlyItsRecord(boolean concurrent) throws Exception {
        Stage<String> stage = r -> {
            String body = body(Processed.notOk(r, Outcome.skipped("x")));
            if (body.equals("huge")) {
                long[] impossible = new long[Integer.MAX_VALUE]; // a real OutOfMemoryError, without filling the heap
                return Processed.ok(r, body + impossible.length);
            }
            return Processed.ok(r, body);
        };
        Writer<String> writer = p -> {
            if (p.value().equals("store-huge")) {
                throw new OutOfMemoryError("Java heap space (test)");
            }
            return Writer.Written.ADDED;
        };
        List<SourceRecord> rs = pages("a", "huge", "b", "store-huge", "c", "huge", "d");
        Counters.Snapshot s;
        try (RejectsWriter rejects = new RejectsWriter(dir.resolve("rejects.jsonl"))) {
            Pipeline<String> p = concurrent ? Pipeline.concurrent(stage, writer, 2, 2) : new Pipeline<>(stage, writer, 2, 2);
            s = p.run(List.of(records(rs)), rejects, null);
        }
        assertThat(new long[] {s.read(), s.ok(), s.failed()}).containsExactly(7, 4, 3);
        assertThat(s.addsUp()).isTrue();
        assertThat(rejects()).extracting(j -> j.get("record").asText()).containsExactlyInAnyOrder("@1", "@3", "@5");
        assertThat(rejects()).allSatisfy(j -> assertThat(j.get("reason").asText()).contains("OutOfMemoryError"));
    }

    @Test
    void aRecordOverTheTimeoutIsFailedAndCountedAsATimeoutAndTheRunEnds() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean release = new java.util.concurrent.atomic.AtomicBoolean();
        Set<String> written = ConcurrentHashMap.newKeySet();
        Stage<String> stage = r -> {
            String body = body(Processed.notOk(r, Outcome.skipped("x")));
            while (body.equals("endless") && !release.get()) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // a bug that ignores interrupts
            }
            return Processed.ok(r, body);
        };
        Writer<String> writer = p -> {
            written.add(p.value());
            return Writer.Written.ADDED;
        };
        List<SourceRecord> rs = pages("a", "endless", "b", "c");
        Counters.Snapshot s;
        try (RejectsWriter rejects = new RejectsWriter(dir.resolve("rejects.jsonl"))) {
            s = Pipeline.concurrent(stage, writer, 1, 2).withRecordTimeout(java.time.Duration.ofMillis(300))
                    .run(List.of(records(rs)), rejects, null);
        } finally {
            release.set(true);
        }
        assertThat(new long[] {s.read(), s.ok(), s.failed(), s.timeouts()}).containsExactly(4, 3, 1, 1);
        assertThat(rejects()).singleElement().satisfies(j -> {
            assertThat(j.get("record").asText()).isEqualTo("@1");
            assertThat(j.get("reason").asText()).startsWith("timeout: stopped after 300 ms");
        });
        Thread.sleep(100); // the abandoned worker wakes up: its late result must not be written
        assertThat(written).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void gapsAreWrittenAndCountedButAreNoRecords() throws Exception {
        RecordSource withGap = sink -> {
            sink.accept(page(0, "a"));
            sink.gap("in.warc.gz", 1234, 300);
            sink.accept(page(1, "b"));
        };
        Counters.Snapshot s;
        try (RejectsWriter rejects = new RejectsWriter(dir.resolve("rejects.jsonl"))) {
            s = new Pipeline<String>(r -> Processed.ok(r, "x"), p -> Writer.Written.ADDED, 2, 1)
                    .run(List.of(withGap), rejects, null);
        }
        assertThat(new long[] {s.read(), s.ok(), s.failed(), s.gaps(), s.gapBytes()}).containsExactly(2, 2, 0, 1, 300);
        assertThat(rejects()).singleElement().satisfies(j -> {
            assertThat(j.get("status").asText()).isEqualTo("gap");
            assertThat(j.get("record").asText()).isEqualTo("@1234");
            assertThat(j.get("reason").asText()).isEqualTo("skipped 300 bytes that hold no record, at byte 1234");
        });
    }

    @Test
    void aReaderThatThrowsAnErrorStillEndsTheRun() throws Exception {
        RecordSource broken = sink -> {
            sink.accept(page(0, "a"));
            throw new OutOfMemoryError("reader (test)");
        };
        Counters.Snapshot s = new Pipeline<String>(r -> Processed.ok(r, "x"), p -> Writer.Written.ADDED, 2, 1)
                .run(List.of(broken, records(pages("b"))), null, null);
        assertThat(new long[] {s.read(), s.ok(), s.failed()}).containsExactly(3, 2, 1);
    }
}
