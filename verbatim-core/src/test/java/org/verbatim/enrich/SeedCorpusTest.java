package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Mention;
import org.verbatim.model.Quote;
import org.verbatim.model.Speaker;
import org.verbatim.model.TimeExpression;
import org.verbatim.model.Where;

/** The seed scrape against its gold answer (read from shared/, skipped when absent). */
class SeedCorpusTest {
    private static Path seed;

    @BeforeAll
    static void locate() {
        String shared = System.getProperty("verbatim.shared", "../shared");
        seed = Path.of(shared, "fixtures", "seed");
        if (!Files.isDirectory(seed)) {
            seed = Path.of("..", "..", "shared", "fixtures", "seed");
        }
    }

    private static Annotation annotate(JsonNode expected) throws IOException {
        assumeTrue(Files.isRegularFile(seed.resolve("article.txt")), "shared/fixtures/seed absent: skipped");
        String text = Files.readString(seed.resolve("article.txt"));
        return new Annotator().annotate(text, expected.at("/article/title").asText(), LocalDate.of(2024, 1, 24));
    }

    private static JsonNode expected() throws IOException {
        assumeTrue(Files.isRegularFile(seed.resolve("expected.json")), "shared/fixtures/seed absent: skipped");
        return new ObjectMapper().readTree(seed.resolve("expected.json").toFile());
    }

    @Test
    void allGoldQuotesWithSpeakerKindAndCue() throws IOException {
        JsonNode exp = expected();
        Annotation a = annotate(exp);
        List<String> problems = new ArrayList<>();
        for (JsonNode g : exp.get("quotes")) {
            String contains = g.get("contains").asText();
            Quote q = a.quotes().stream().filter(x -> x.where() == Where.TEXT && x.text().contains(contains))
                    .findFirst().orElse(null);
            if (q == null) {
                problems.add("missing: " + contains);
                continue;
            }
            if (q.speaker() == null || !q.speaker().name().equals(g.get("speaker").asText())) {
                problems.add("speaker of " + contains + ": " + (q.speaker() == null ? null : q.speaker().name()));
            }
            if (!q.kind().id().equals(g.get("kind").asText())) {
                problems.add("kind of " + contains + ": " + q.kind().id());
            }
            if (!g.get("cue").isNull() && !g.get("cue").asText().equals(q.cue())) {
                problems.add("cue of " + contains + ": " + q.cue());
            }
            if (g.has("speaker_mention") && (q.speakerMention() == null
                    || !q.speakerMention().text().equals(g.get("speaker_mention").asText()))) {
                problems.add("mention of " + contains + ": " + q.speakerMention());
            }
            if (g.has("when") && !g.get("when").asText().equals(q.saidOn())) {
                problems.add("said_on of " + contains + ": " + q.saidOn());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void headlineAttribution() throws IOException {
        JsonNode exp = expected();
        Annotation a = annotate(exp);
        Quote q = a.quotes().stream().filter(x -> x.where() == Where.TITLE).findFirst().orElseThrow();
        assertThat(q.text()).isEqualTo(exp.at("/headline_attribution/text").asText());
        assertThat(q.speaker().name()).isEqualTo(exp.at("/headline_attribution/speaker").asText());
    }

    @Test
    void speakersWithTitlesAndMentions() throws IOException {
        JsonNode exp = expected();
        Annotation a = annotate(exp);
        for (JsonNode g : exp.get("speakers")) {
            Speaker s = a.speakers().stream().filter(x -> x.name().equals(g.get("name").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no speaker " + g.get("name")));
            assertThat(s.title()).isEqualTo(g.get("title").asText());
            List<String> mentions = s.mentions().stream().map(Mention::text).toList();
            for (JsonNode m : g.get("mentions")) {
                assertThat(mentions).as(s.name()).contains(m.asText());
            }
        }
    }

    @Test
    void timeExpressionsNormalised() throws IOException {
        JsonNode exp = expected();
        Annotation a = annotate(exp);
        List<String> got = a.timeExpressions().stream().map(t -> t.text() + "=" + t.value()).toList();
        for (JsonNode g : exp.get("time_expressions")) {
            assertThat(got).contains(g.get("text").asText() + "=" + g.get("value").asText());
        }
        assertThat(a.timeExpressions()).extracting(TimeExpression::text).doesNotContainNull();
    }

    @Test
    void goldEntitiesAreFoundWithTheirTypes() throws IOException {
        JsonNode exp = expected();
        Annotation a = annotate(exp);
        List<String> got = a.entities().stream().map(e -> e.type().id() + ":" + e.name()).toList();
        exp.at("/entities/PERSON").forEach(n -> assertThat(got).contains("person:" + n.asText()));
        exp.at("/entities/ORG").forEach(n -> assertThat(got).contains("organisation:" + n.asText()));
        exp.at("/entities/LOC").forEach(n -> assertThat(got).contains("place:" + n.asText()));
    }
}
