package org.verbatim.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.verbatim.language.LanguageDetector;
import org.verbatim.extract.text.ScrapedTextParser;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.Page;
import org.verbatim.testsupport.text.SharedFiles;

/** The shared seed scrape against its gold answer (skipped when the shared folder is absent). */
class TextExtractorSeedTest {
    @Test
    void seedArticleMatchesGold() throws IOException {
        Path dir = SharedFiles.require("fixtures/seed");
        byte[] text = Files.readAllBytes(dir.resolve("article.txt"));
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("expected.json").toFile()).get("article");
        TextExtractor extractor = new TextExtractor(new ScrapedTextParser(LocalDate.of(2024, 2, 1)),
                LanguageDetector.standard());
        Article a = extractor.extract(Page.text("article.txt", null, text));

        assertThat(a.title()).isEqualTo(gold.get("title").asText());
        assertThat(a.standfirst()).isEqualTo(gold.get("standfirst").asText());
        assertThat(a.published()).isNotNull();
        assertThat(a.published().toString()).isEqualTo(gold.get("published").asText());
        assertThat(a.published().value()).isInstanceOf(java.time.LocalDateTime.class);
        assertThat(a.blocks()).hasSize(gold.get("body_paragraphs").asInt());
        assertThat(a.blocks()).allMatch(b -> b.type() == org.verbatim.model.BlockType.PARAGRAPH);
        assertThat(a.text()).startsWith(gold.get("body_starts_with").asText())
                .endsWith(gold.get("body_ends_with").asText());
        for (JsonNode junk : gold.get("body_must_not_contain")) {
            assertThat(a.text()).doesNotContain(junk.asText());
        }
        assertThat(a.blocks()).extracting(Block::text).doesNotContain(a.title());
        assertThat(a.language()).isEqualTo(gold.get("language").asText());
    }
}
