package org.verbatim.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.model.Block;
import org.verbatim.model.BlockType;

/**
 * The rules of the text path ({@link LineModels#NONE}: no line scorer) on synthetic scraped texts of different shapes
 * (fixtures written for these tests, beside this class). {@link ScrapedTextModelPathTest} runs the shipped models.
 */
class ScrapedTextParserTest {
    private final ScrapedTextParser parser = new ScrapedTextParser(LocalDate.of(2024, 6, 1), LineModels.NONE);

    private static String fixture(String name) throws IOException {
        try (InputStream in = ScrapedTextParserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String body(ScrapedArticle a) {
        return String.join("\n\n", a.blocks().stream().map(Block::text).toList());
    }

    @Test
    void germanWithNavigationBylineAndRelatedLinks() throws IOException {
        ScrapedArticle a = parser.parse(fixture("german.txt"));
        assertThat(a.title()).isEqualTo("Stadtrat beschließt neues Verkehrskonzept für die Innenstadt");
        assertThat(a.standfirst()).startsWith("Nach monatelangem Streit").endsWith("verbannt.");
        assertThat(a.authors()).containsExactly("Anna Müller", "Jonas Weber");
        assertThat(a.published()).hasToString("2024-03-03T14:05");
        assertThat(a.blocks()).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.PARAGRAPH,
                BlockType.HEADING, BlockType.PARAGRAPH, BlockType.PARAGRAPH);
        assertThat(a.blocks().get(2).text()).isEqualTo("Was sich für Pendler ändert");
        assertThat(body(a)).startsWith("Der Stadtrat hat am Sonntagabend").endsWith("im Sommer gesperrt werden.")
                .doesNotContain("icon", "Parkgebühren", "Artikel teilen", "Foto:", "©", "Impressum", "Startseite");
    }

    @Test
    void wetRecordWithNavigationAtTopAndFooterAtBottom() throws IOException {
        ScrapedArticle a = parser.parse(fixture("wet-record.txt"));
        assertThat(a.url()).isEqualTo("https://news.example.com/world/2024/03/03/harbour-reopens");
        assertThat(a.title()).isEqualTo("Harbour reopens to ships three weeks after storm damage");
        assertThat(a.authors()).containsExactly("Jane Doe");
        assertThat(a.published()).hasToString("2024-03-03T14:05-05:00");
        assertThat(a.standfirst()).isNull();
        assertThat(a.blocks()).hasSize(4);
        assertThat(body(a)).startsWith("The city's main harbour").endsWith("winter income.")
                .doesNotContain("WARC", "Subscribe", "Share this", "Related", "Fishermen", "©", "Privacy");
    }

    @Test
    void textWithoutDatelineHasNoDate() throws IOException {
        ScrapedArticle a = parser.parse(fixture("no-dateline.txt"));
        assertThat(a.title()).isEqualTo("Researchers map the deep ocean floor with autonomous drones");
        assertThat(a.standfirst()).isEqualTo(
                "A fleet of small underwater vehicles has charted an area the size of a small country in less than a year");
        assertThat(a.published()).isNull();
        assertThat(a.authors()).isEmpty();
        assertThat(a.blocks()).hasSize(3);
    }

    @Test
    void bylineWithAgencyListsAndUpdateDate() throws IOException {
        ScrapedArticle a = parser.parse(fixture("bylines.txt"));
        assertThat(a.title()).isEqualTo("Central bank holds rates steady as inflation cools");
        assertThat(a.authors()).containsExactly("Maria Gonzalez", "Peter van der Berg");
        assertThat(a.published()).hasToString("2024-03-04");
        assertThat(a.modified()).hasToString("2024-03-05T09:30Z");
        assertThat(a.blocks()).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.LIST,
                BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.PARAGRAPH);
        assertThat(a.blocks().get(1).text()).isEqualTo("Rates held at 4.5 percent\nTwo members voted for a cut\n"
                + "Next meeting in April");
        assertThat(body(a)).endsWith("alongside the decision.").doesNotContain("Read more", "Advertisement", "Tags");
    }

    @Test
    void hardWrappedTextIsJoinedIntoParagraphs() throws IOException {
        ScrapedArticle a = parser.parse(fixture("wrapped.txt"));
        assertThat(a.title()).isEqualTo("Village school wins national reading prize");
        assertThat(a.blocks()).hasSize(3);
        assertThat(a.blocks().get(0).text()).startsWith("A small village school").contains("after its pupils")
                .endsWith("on Friday.");
    }

    @Test
    void frenchWithInlineReadAlso() throws IOException {
        ScrapedArticle a = parser.parse(fixture("french.txt"));
        assertThat(a.title()).isEqualTo("Les pêcheurs bretons inquiets face à la hausse du prix du carburant");
        assertThat(a.authors()).containsExactly("Marie Dupont");
        assertThat(a.published()).hasToString("2024-01-24T07:41");
        assertThat(a.modified()).hasToString("2024-01-24T10:15");
        assertThat(a.blocks()).hasSize(3);
        assertThat(body(a)).startsWith("Le prix du gazole").doesNotContain("Lire aussi", "Les ports", "Partager");
    }

    @Test
    void textWithoutProseKeepsItsSentencesAsBody() {
        ScrapedArticle a = parser.parse("Share\nStorm warning for the coast tonight\n"
                + "Winds of up to 120 kilometres an hour are expected along the northern coast tonight\n"
                + "Residents are asked to stay indoors and to keep away from the harbour walls\nFollow us");
        assertThat(a.title()).isEqualTo("Storm warning for the coast tonight");
        assertThat(a.blocks()).extracting(Block::text).containsExactly(
                "Winds of up to 120 kilometres an hour are expected along the northern coast tonight",
                "Residents are asked to stay indoors and to keep away from the harbour walls");
        assertThat(a.warnings()).contains("no prose found");
    }

    @Test
    void emptyAndBlankInputGiveEmptyArticles() {
        assertThat(parser.parse("").blocks()).isEmpty();
        assertThat(parser.parse(" \n\n \t").title()).isNull();
        assertThat(parser.parse(null).blocks()).isEmpty();
    }

    /** Property: junk lines inserted anywhere around a fixed article never change its body. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void junkAroundTheArticleIsIgnored(long seed) throws IOException {
        String[] junk = {"Share", "Follow us", "Subscribe", "Home | News | Sport | Weather", "Advertisement",
            "icon close icon search icon menu icon user", "Sign in", "Read more"};
        String article = fixture("no-dateline.txt");
        ScrapedArticle clean = parser.parse(article);
        Random r = new Random(seed);
        StringBuilder top = new StringBuilder();
        StringBuilder bottom = new StringBuilder();
        for (int i = 0; i < 1 + r.nextInt(6); i++) {
            top.append(junk[r.nextInt(junk.length)]).append('\n');
            bottom.append(junk[r.nextInt(junk.length)]).append('\n');
        }
        ScrapedArticle noisy = parser.parse(top + article + bottom);
        assertThat(noisy.title()).isEqualTo(clean.title());
        assertThat(noisy.blocks()).isEqualTo(clean.blocks());
    }
}
