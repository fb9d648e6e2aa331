package org.verbatim.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.HtmlExtractor;
import org.verbatim.model.Article;
import org.verbatim.model.Page;

/** Body F1 on the shared fundus corpus; skipped when {@code ../shared} is absent. */
public class FundusCorpusTest {
    /** Floor below the measured figure (0.950 when written), so regressions fail the build. */
    static final double MIN_F1 = 0.94;

    public static Path shared() {
        String prop = System.getProperty("verbatim.shared");
        Path p = prop == null || prop.isBlank() || prop.contains("${") ? Path.of("..", "shared") : Path.of(prop);
        if (!Files.isDirectory(p)) {
            p = Path.of("..", "..", "shared");
        }
        return p;
    }

    @Test
    void fundusBodyF1AboveFloor() throws IOException {
        Path fundus = shared().resolve("corpora/fundus");
        Assumptions.assumeTrue(Files.isRegularFile(fundus.resolve("gold.jsonl")),
                "shared corpora not found at " + fundus.toAbsolutePath() + ": skipping the fundus corpus test");
        ObjectMapper m = new ObjectMapper();
        HtmlExtractor ex = new HtmlExtractor(Pages.CLOCK);
        BodyF1 f1 = new BodyF1();
        List<String> lines = Files.readAllLines(fundus.resolve("gold.jsonl"));
        for (String line : lines) {
            JsonNode g = m.readTree(line);
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(fundus.resolve(g.get("file").asText())))) {
                html = in.readAllBytes();
            }
            Article a = ex.extract(Page.html(g.get("id").asText(), g.get("url").asText(), html));
            f1.add(g.get("text").asText(), a.text());
        }
        assertThat(lines).hasSizeGreaterThan(200);
        assertThat(f1.f1()).isGreaterThanOrEqualTo(MIN_F1);
    }
}
