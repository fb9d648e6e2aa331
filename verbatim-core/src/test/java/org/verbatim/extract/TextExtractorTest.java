package org.verbatim.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.verbatim.Verbatim;
import org.verbatim.language.LanguageDetector;
import org.verbatim.extract.text.ScrapedTextParser;
import org.verbatim.model.Article;
import org.verbatim.model.Page;

/** The text extractor end to end: bytes in any charset to an article with a language. */
class TextExtractorTest {
    private final TextExtractor extractor = new TextExtractor(new ScrapedTextParser(LocalDate.of(2024, 6, 1)),
            LanguageDetector.standard());

    private static String fixture(String name) throws IOException {
        try (InputStream in = TextExtractorTest.class.getResourceAsStream("text/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void legacyEncodedTextIsDecodedAndItsLanguageFound() throws IOException {
        byte[] latin1 = fixture("german.txt").getBytes(Charset.forName("windows-1252"));
        Article a = extractor.extract(new Page("german.txt", "https://example.de/a", latin1, null, Page.Kind.TEXT));
        assertThat(a.title()).isEqualTo("Stadtrat beschließt neues Verkehrskonzept für die Innenstadt");
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.url()).isEqualTo("https://example.de/a");
        assertThat(a.source()).isEqualTo("german.txt");
        assertThat(a.warnings()).anyMatch(w -> w.contains("windows-1252"));
    }

    @Test
    void wetRecordUrlIsUsedWhenThePageHasNone() throws IOException {
        Article a = extractor.extract(Page.text("wet", null, fixture("wet-record.txt").getBytes(StandardCharsets.UTF_8)));
        assertThat(a.url()).isEqualTo("https://news.example.com/world/2024/03/03/harbour-reopens");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.authors()).containsExactly("Jane Doe");
    }

    @Test
    void libraryEntryPointUsesTheTextExtractor() throws IOException {
        Article a = Verbatim.extractText(fixture("french.txt"), null);
        assertThat(a.title()).isEqualTo("Les pêcheurs bretons inquiets face à la hausse du prix du carburant");
        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.blocks()).extracting(org.verbatim.model.Block::text)
                .anyMatch(t -> t.startsWith("Le prix du gazole"))
                .noneMatch(t -> t.startsWith("Publié le") || t.startsWith("Mis à jour") || t.equals("Lire aussi"));
        assertThat(a.pageType()).as("the text classifier's view").isNotNull();
    }
}
