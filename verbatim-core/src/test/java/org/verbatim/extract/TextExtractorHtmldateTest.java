package org.verbatim.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.decode.CharsetDetector;
import org.verbatim.model.Article;
import org.verbatim.model.Page;
import org.verbatim.testsupport.text.SavedAsText;
import org.verbatim.testsupport.text.SharedFiles;

/**
 * Publication dates from visible text only: the htmldate pages "saved as text" through the text extractor, scored with
 * htmldate's accuracy (a right day or a right "no date" counts; day precision). A floor for the dateline rules and the
 * date parser, not a target: the HTML extractor will also read the markup's metadata.
 */
class TextExtractorHtmldateTest {
    @Test
    void visibleDatesOnHtmldatePages() throws IOException {
        Path dir = SharedFiles.require("corpora/htmldate");
        ObjectMapper json = new ObjectMapper();
        TextExtractor extractor = new TextExtractor(java.time.Clock.systemUTC());
        int pages = 0;
        int correct = 0;
        int found = 0;
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"))) {
            JsonNode g = json.readTree(line);
            String html = CharsetDetector.decode(SharedFiles.read(dir.resolve(g.get("file").asText())), null).text();
            if (g.get("id").asText().equals(System.getenv("VERBATIM_DUMP"))) {
                Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "verbatim-dump.txt"),
                        SavedAsText.of(html));
            }
            Article a = extractor.extract(Page.text(g.get("id").asText(), g.get("url").asText(),
                    SavedAsText.of(html).getBytes(StandardCharsets.UTF_8)));
            String gold = g.path("published").isNull() ? null : g.get("published").asText();
            String got = a.published() == null ? null : a.published().date().toString();
            pages++;
            found += got == null ? 0 : 1;
            boolean ok = gold == null ? got == null : gold.equals(got);
            correct += ok ? 1 : 0;
            if (!ok && System.getenv("VERBATIM_TRACE") != null) {
                System.out.println("  " + g.get("id").asText() + " got " + got + " gold " + gold);
            }
        }
        System.out.printf("htmldate, visible text only: %d pages, date given for %d, accuracy %.3f%n", pages, found,
                (double) correct / pages);
        assertThat((double) correct / pages).isGreaterThan(0.65);
    }
}
