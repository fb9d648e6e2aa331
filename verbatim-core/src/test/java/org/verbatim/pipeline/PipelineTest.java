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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.model.Page;

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
}
