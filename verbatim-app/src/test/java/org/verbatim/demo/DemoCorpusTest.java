package org.verbatim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates the demo corpus itself (the golden pages under {@code org/verbatim/demo/corpus}): every folder has a page and
 * a well-formed gold file, every string the gold quotes from the page really occurs in the page's visible text, and the
 * set as a whole has the variety it promises (templates, languages, storylines, one syndicated pair).
 * It deliberately does not run any extractor.
 */
class DemoCorpusTest {
    static final String ROOT = "/org/verbatim/demo/corpus/";
    static final Set<String> KINDS = Set.of("direct", "indirect", "mixed", "block");
    static final List<String> REQUIRED = List.of("url", "site_template", "language", "title", "standfirst", "authors",
            "agencies", "published", "modified", "site_name", "body", "quotes", "speakers");
    static final int MIN_BYTES = 3 * 1024;
    static final int MAX_BYTES = 12 * 1024;
    /** How far (in characters of normalised text) a speaker mention or cue may sit from its quote. */
    static final int NEAR_CHARS = 300;
    static final ObjectMapper JSON = new ObjectMapper();

    static Path corpus() {
        URL url = DemoCorpusTest.class.getResource(ROOT);
        assertThat(url).as("corpus on the class path at " + ROOT).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> slugs() {
        try (Stream<Path> s = Files.list(corpus())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode gold(String slug) {
        try {
            return JSON.readTree(corpus().resolve(slug).resolve("expected.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Visible text as a reader sees it: entities decoded, no-break and narrow spaces as spaces, whitespace collapsed. */
    static String norm(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2007', ' ').replaceAll("\\s+", " ").trim();
    }

    static Document page(String slug) {
        try {
            // null charset: jsoup honours a BOM or the page's own <meta> charset, as a crawler would.
            return Jsoup.parse(corpus().resolve(slug).resolve("source.html").toFile(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String slug) {
        return norm(page(slug).text());
    }

    static Temporal parseDate(String s) {
        return s.length() == 10 ? LocalDate.parse(s) : OffsetDateTime.parse(s);
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void indexListsExactlyTheFolders() throws IOException {
        List<String> index = Files.readAllLines(corpus().resolve("pages.list"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(index).containsExactlyElementsOf(slugs());
    }

    @Test
    void corpusHasTheVarietyItPromises() {
        List<String> slugs = slugs();
        assertThat(slugs).hasSizeBetween(14, 16);
        Map<String, Integer> byLanguage = new TreeMap<>();
        Set<String> templates = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (String slug : slugs) {
            JsonNode g = gold(slug);
            byLanguage.merge(g.path("language").asText(), 1, Integer::sum);
            templates.add(g.path("site_template").asText());
            assertThat(urls.add(g.path("url").asText())).as("unique url in " + slug).isTrue();
        }
        assertThat(templates).as("site templates").hasSizeGreaterThanOrEqualTo(4);
        assertThat(byLanguage).as("languages").hasSizeGreaterThanOrEqualTo(3);
        assertThat(byLanguage.getOrDefault("de", 0)).as("German pages").isGreaterThanOrEqualTo(3);
        assertThat(byLanguage.getOrDefault("fr", 0) + byLanguage.getOrDefault("es", 0)).as("French or Spanish pages")
                .isGreaterThanOrEqualTo(1);
        assertThat(byLanguage.getOrDefault("en", 0) * 2).as("English majority").isGreaterThan(slugs.size());
    }

    @Test
    void storylinesShareSpeakersAcrossPagesAndMonths() {
        Map<String, Set<String>> pagesBySpeaker = new HashMap<>();
        Set<YearMonth> months = new HashSet<>();
        for (String slug : slugs()) {
            JsonNode g = gold(slug);
            g.path("speakers").forEach(s -> pagesBySpeaker.computeIfAbsent(s.path("name").asText(), k -> new HashSet<>())
                    .add(slug));
            months.add(YearMonth.from(parseDate(g.path("published").asText())));
        }
        long recurring = pagesBySpeaker.values().stream().filter(p -> p.size() >= 3).count();
        assertThat(recurring).as("speakers quoted on three or more pages").isGreaterThanOrEqualTo(3);
        assertThat(months).as("publication months").hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void exactlyOneSyndicatedPairWithTheSameBodyAndDifferentFurniture() {
        List<String> syndicated = slugs().stream().filter(s -> gold(s).hasNonNull("syndicated_with")).toList();
        assertThat(syndicated).hasSize(2);
        JsonNode a = gold(syndicated.get(0));
        JsonNode b = gold(syndicated.get(1));
        assertThat(a.path("syndicated_with").asText()).isEqualTo(syndicated.get(1));
        assertThat(b.path("syndicated_with").asText()).isEqualTo(syndicated.get(0));
        for (String field : List.of("paragraphs", "starts_with", "ends_with")) {
            assertThat(a.path("body").path(field)).as(field).isEqualTo(b.path("body").path(field));
        }
        assertThat(a.path("title").asText()).isNotEqualTo(b.path("title").asText());
        assertThat(a.path("site_name").asText()).isNotEqualTo(b.path("site_name").asText());
        assertThat(a.path("site_template").asText()).isNotEqualTo(b.path("site_template").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void pageHasBothFilesOfAReasonableSize(String slug) throws IOException {
        Path dir = corpus().resolve(slug);
        assertThat(slug).matches("\\d\\d-[a-z0-9-]+");
        assertThat(dir.resolve("expected.json")).isRegularFile();
        assertThat(Files.size(dir.resolve("source.html"))).isBetween((long) MIN_BYTES, (long) MAX_BYTES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void goldHasTheRequiredFieldsWithTheRightShapes(String slug) {
        JsonNode g = gold(slug);
        for (String field : REQUIRED) {
            assertThat(g.has(field)).as(slug + " has " + field).isTrue();
        }
        assertThat(g.path("url").asText()).matches("https?://[^ ]+");
        assertThat(g.path("language").asText()).matches("[a-z]{2}");
        assertThat(g.path("title").asText()).isNotBlank();
        assertThat(g.path("authors").isArray() && g.path("agencies").isArray()).isTrue();
        assertThat(g.path("authors").size() + g.path("agencies").size()).as("some byline").isPositive();
        Temporal published = parseDate(g.path("published").asText());
        if (g.hasNonNull("modified") && published instanceof OffsetDateTime p) {
            assertThat(OffsetDateTime.parse(g.path("modified").asText())).isAfterOrEqualTo(p);
        }
        JsonNode body = g.path("body");
        assertThat(body.path("paragraphs").isInt() && body.path("paragraphs").asInt() > 0).isTrue();
        assertThat(body.path("must_not_contain").size()).isGreaterThanOrEqualTo(3);
        assertThat(g.path("quotes").size()).isGreaterThanOrEqualTo(5);
        Set<String> speakers = new HashSet<>();
        g.path("speakers").forEach(s -> speakers.add(s.path("name").asText()));
        for (JsonNode q : g.path("quotes")) {
            assertThat(q.path("kind").asText()).isIn(KINDS);
            assertThat(q.path("speaker").asText()).as("speaker listed in speakers").isIn(speakers);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void everyStringTheGoldQuotesOccursInThePageText(String slug) {
        JsonNode g = gold(slug);
        String text = text(slug);
        List<String> needles = new ArrayList<>();
        needles.add(g.path("title").asText());
        if (g.hasNonNull("standfirst")) {
            needles.add(g.path("standfirst").asText());
        }
        needles.addAll(strings(g.path("authors")));
        needles.addAll(strings(g.path("body").path("must_not_contain")));
        for (JsonNode q : g.path("quotes")) {
            needles.add(q.path("contains").asText());
            if (q.hasNonNull("speaker_mention")) {
                needles.add(q.path("speaker_mention").asText());
            }
            if (q.hasNonNull("cue")) {
                needles.add(q.path("cue").asText());
            }
        }
        g.path("speakers").forEach(s -> needles.addAll(strings(s.path("mentions"))));
        for (String n : needles) {
            // A boolean assertion keeps the failure message to the missing string, not the whole page.
            assertThat(text.contains(norm(n))).as("%s: page text contains \"%s\"", slug, n).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void eachQuoteHasItsMentionAndCueNearby(String slug) {
        String text = text(slug);
        for (JsonNode q : gold(slug).path("quotes")) {
            String quote = norm(q.path("contains").asText());
            for (String field : List.of("speaker_mention", "cue")) {
                if (q.hasNonNull(field)) {
                    String near = norm(q.path(field).asText());
                    assertThat(nearby(text, quote, near, NEAR_CHARS))
                            .as("%s: %s \"%s\" within %d chars of \"%s\"", slug, field, near, NEAR_CHARS, quote).isTrue();
                }
            }
        }
    }

    /** Whether some occurrence of {@code b} starts or ends within {@code max} characters of some occurrence of {@code a}. */
    static boolean nearby(String text, String a, String b, int max) {
        for (int i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) {
            int from = Math.max(0, i - max - b.length());
            int to = Math.min(text.length(), i + a.length() + max + b.length());
            if (text.substring(from, to).contains(b)) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void goldTimestampsAreGroundedInThePage(String slug) throws IOException {
        // A date-time in the gold must be one the page states somewhere (meta, JSON-LD, <time>); date-only gold comes
        // from a visible date line in words and is checked by hand.
        String raw = Files.readString(corpus().resolve(slug).resolve("source.html"), StandardCharsets.UTF_8);
        JsonNode g = gold(slug);
        for (String field : List.of("published", "modified")) {
            String v = g.path(field).asText("");
            if (v.contains("T")) {
                assertThat(raw.contains(v)).as("%s: %s %s appears in the page", slug, field, v).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void bodyStartsBeforeItEnds(String slug) {
        JsonNode body = gold(slug).path("body");
        String text = text(slug);
        int start = text.indexOf(norm(body.path("starts_with").asText()));
        int end = text.lastIndexOf(norm(body.path("ends_with").asText()));
        assertThat(start).as("starts_with found").isNotNegative();
        assertThat(end).as("ends_with found after starts_with").isGreaterThan(start);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void declaredLanguageMatchesThePageWhenThePageDeclaresOne(String slug) {
        String lang = page(slug).select("html").attr("lang");
        if (!lang.isEmpty()) {
            assertThat(lang).startsWith(gold(slug).path("language").asText());
        }
    }
}
