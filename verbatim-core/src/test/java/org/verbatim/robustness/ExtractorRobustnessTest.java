package org.verbatim.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;
import org.verbatim.Verbatim;
import org.verbatim.json.ArticleJson;
import org.verbatim.model.Article;
import org.verbatim.robustness.ArticleChecks.Violation;

/**
 * Seeded random malformed inputs through the extractors (HTML and scraped text): none may throw, take over a second
 * of CPU time (the 10 MB pages: {@link #HUGE_LIMIT}; a hang is stopped by a wall-clock guard), or yield an article with an invisible block, a NUL or an unpaired
 * surrogate, or whose JSON line does not read back; an all-ASCII page under a lying charset label must stay ASCII.
 *
 * <p>Reproduce a failure with the seed and case it prints: {@code -Dverbatim.seed=S -Dverbatim.case=I}. Change the
 * number of cases with {@code -Dverbatim.robustness.cases=N} (default 10,000).
 */
class ExtractorRobustnessTest {
    /** The seed used when {@code verbatim.seed} is not given. */
    static final long DEFAULT_SEED = 20_240_124L;
    static final long SEED = Long.getLong("verbatim.seed", DEFAULT_SEED);
    static final int CASES = Integer.getInteger("verbatim.robustness.cases", 10_000);
    /** The limit for one input, measured around the extraction call only. */
    static final Duration LIMIT = Duration.ofSeconds(1);
    /**
     * The limit for a 10 MB page ({@code -Dverbatim.robustness.hugeLimitMs}, default 5,000): ten times the input of
     * the largest ordinary case, on two cores shared with other builds, so it guards against super-linear work (which
     * would take minutes at this size) rather than timing linear work.
     */
    static final Duration HUGE_LIMIT = Duration.ofMillis(Long.getLong("verbatim.robustness.hugeLimitMs", 5_000));

    /**
     * The wall-clock guard is this many times the limit: the limit itself is checked on the extraction thread's CPU
     * time, which other processes holding both cores cannot inflate, while the guard still stops a hang.
     */
    static final int WALL_FACTOR = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Marks the failure message of a timeout, so that only timeouts are retried. */
    private static final String TIMED_OUT = ": took over ";

    /** Runs the extractors until the JIT has compiled their hot paths, so the time limit measures work, not warm-up. */
    @BeforeAll
    static void warmUp() {
        Random r = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            ArticleJson.toLine(Verbatim.extract(MalformedInputs.utf8(SamplePages.page(r)), MalformedCase.URL));
            ArticleJson.toLine(Verbatim.extractText(MalformedInputs.scrapedText(r), MalformedCase.URL));
        }
    }

    static IntStream cases() {
        Integer only = Integer.getInteger("verbatim.case");
        return only != null ? IntStream.of(only) : IntStream.range(0, CASES);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void malformedInputKeepsTheContract(int index) {
        MalformedCase c = MalformedInputs.generate(SEED, index);
        assertContract(c, context(index, c), LIMIT);
    }

    /** Pages of about 10 MB: few, because each one is slow; their limit is {@link #HUGE_LIMIT}. */
    @ParameterizedTest(name = "10 MB page {0}")
    @MethodSource("tenMegabyteIndexes")
    void tenMegabytePagesKeepTheContract(int index) {
        MalformedCase c = HugePages.generate(SEED, index);
        assertContract(c, "seed=" + SEED + " 10 MB page " + index + ": " + c.describe(), HUGE_LIMIT);
    }

    static IntStream tenMegabyteIndexes() {
        return IntStream.range(0, HugePages.COUNT);
    }

    @Test
    void everyFamilyIsScheduledWithinOnePeriod() {
        List<String> seen = IntStream.range(0, MalformedInputs.period())
                .mapToObj(i -> MalformedInputs.generate(SEED, i).family()).distinct().toList();
        assertEquals(MalformedInputs.familyNames().stream().sorted().toList(), seen.stream().sorted().toList());
    }

    @Test
    void aCaseIsTheSameInputEveryTime() {
        for (int i = 0; i < 50; i++) {
            MalformedCase first = MalformedInputs.generate(SEED, i);
            MalformedCase again = MalformedInputs.generate(SEED, i);
            assertTrue(Arrays.equals(first.bytes(), again.bytes()), "case " + i + " is not reproducible");
        }
    }

    @Test
    void anInputOverTheLimitFailsAfterASecondTry() {
        MalformedCase big = MalformedCase.text("test", "1 MB line", "word ".repeat(200_000));
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> extractWithinLimit(big, "limit check", Duration.ofNanos(1)));
        assertThat(e.getMessage()).contains("limit check (second try)" + TIMED_OUT);
    }

    static void assertContract(MalformedCase c, String context, Duration limit) {
        Article a = extractWithinLimit(c, context, limit);
        List<Violation> all = new ArrayList<>(ArticleChecks.violations(a));
        if (c.asciiSource() && a != null) {
            all.addAll(ArticleChecks.asciiViolations(a));
        }
        if (!all.isEmpty()) {
            fail(context + ":\n  " + all.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /**
     * Runs the extraction in its own thread; it fails when that thread used more than {@code limit} of CPU time, and
     * is stopped after {@code WALL_FACTOR * limit} of wall time (a hang). An exception or error out of the
     * extractor (a stack overflow included) fails with {@code context}. An input that runs out of time is tried once
     * more, so that a moment when other processes hold both cores does not fail the build; one that is slow twice
     * fails.
     */
    static Article extractWithinLimit(MalformedCase c, String context, Duration limit) {
        try {
            return attempt(c, context, limit);
        } catch (AssertionFailedError e) {
            if (e.getMessage() == null || !e.getMessage().contains(TIMED_OUT)) {
                throw e;
            }
            System.out.println("robustness: " + context + " ran out of time once; trying again");
            return attempt(c, context + " (second try)", limit);
        }
    }

    private static Article attempt(MalformedCase c, String context, Duration limit) {
        try {
            Duration wall = limit.multipliedBy(WALL_FACTOR);
            long[] cpu = new long[1];
            Article a = assertTimeoutPreemptively(wall, () -> {
                long start = THREADS.getCurrentThreadCpuTime();
                Article out = c.extract();
                cpu[0] = THREADS.getCurrentThreadCpuTime() - start;
                return out;
            }, () -> context + TIMED_OUT + wall.toMillis() + " ms of wall time");
            if (cpu[0] > limit.toNanos()) {
                throw new AssertionFailedError(context + TIMED_OUT + limit.toMillis() + " ms of CPU time ("
                        + cpu[0] / 1_000_000 + " ms)");
            }
            return a;
        } catch (AssertionFailedError e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionFailedError(context + ": extractor threw " + t, t);
        }
    }

    static String context(int index, MalformedCase c) {
        return "seed=" + SEED + " case=" + index + " (rerun with -Dverbatim.seed=" + SEED + " -Dverbatim.case="
                + index + ") " + c.describe();
    }
}
