package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.model.Annotation;
import org.verbatim.model.Mention;
import org.verbatim.model.Quote;
import org.verbatim.model.Speaker;
import org.verbatim.model.TimeExpression;
import org.verbatim.model.Where;

/** Invariants over random texts built from news-like pieces, with seeded randomness. */
class AnnotatorPropertiesTest {
    private static final String[] PIECES = {"“We will win,”", "Senator Ada Kerr", "said", "told CBS News", "that",
            "the plan", "failed", ".", ",", "According to", "the minister", "he", "she", "on Monday", "last month",
            "„Wir gehen“", "sagte", "so", "Hahn", "«", "»", "‘", "’", "''", "\"", "\n\n", "–", "Lavrov", ":", "We",
            "insisting", "in February 2022", "the early 1990s", "(", ")", "Mr.", "U.S.", "…", "\u00a0"};

    private static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 20 + r.nextInt(120);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(6) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 22, 33, 44, 55, 66, 77, 88})
    void offsetsAlwaysPointAtTheReportedText(long seed) {
        Random r = new Random(seed);
        Annotator a = new Annotator();
        for (int k = 0; k < 25; k++) {
            String text = randomText(r);
            String title = r.nextBoolean() ? randomText(r) : null;
            Annotation an = a.annotate(text, title, r.nextBoolean() ? LocalDate.of(2024, 1, 24) : null);
            for (Quote q : an.quotes()) {
                String base = q.where() == Where.TITLE ? title : text;
                assertThat(q.span().of(base)).isEqualTo(q.text());
                if (q.cueSpan() != null) {
                    assertThat(q.cueSpan().of(base)).isEqualTo(q.cue());
                }
                if (q.speakerMention() != null) {
                    assertThat(q.speakerMention().span().of(base)).isEqualTo(q.speakerMention().text());
                }
            }
            for (Speaker s : an.speakers()) {
                for (Mention m : s.mentions()) {
                    assertThat(m.span().of(text)).isEqualTo(m.text());
                }
            }
            for (TimeExpression t : an.timeExpressions()) {
                assertThat(t.span().of(text)).isEqualTo(t.text());
            }
        }
    }

    @Test
    void oneAnnotatorServesManyThreadsWithTheSameResults() throws Exception {
        Random r = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add(randomText(r));
        }
        Annotator a = new Annotator();
        List<Annotation> sequential = texts.stream().map(t -> a.annotate(t, null, LocalDate.of(2024, 1, 24)))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Annotation>> futures = new ArrayList<>();
            for (String t : texts) {
                futures.add(pool.submit(() -> a.annotate(t, null, LocalDate.of(2024, 1, 24))));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
