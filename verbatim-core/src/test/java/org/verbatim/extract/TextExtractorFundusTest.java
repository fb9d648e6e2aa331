package org.verbatim.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.verbatim.language.LanguageDetector;
import org.verbatim.extract.text.ScrapedTextParser;
import org.verbatim.extract.decode.CharsetDetector;
import org.verbatim.model.Article;
import org.verbatim.model.Page;
import org.verbatim.testsupport.text.SavedAsText;
import org.verbatim.testsupport.text.SharedFiles;

/**
 * The fundus pages "saved as text" (every block element's text on its own line, navigation and footers included), run
 * through the text extractor and scored against the gold: a test of the general rules on real page layouts.
 */
class TextExtractorFundusTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    @Test
    void fundusPagesAsScrapedText() throws IOException {
        Path dir = SharedFiles.require("corpora/fundus");
        ObjectMapper json = new ObjectMapper();
        TextExtractor extractor = new TextExtractor(new ScrapedTextParser(java.time.Clock.systemUTC()),
                LanguageDetector.standard());
        int pages = 0;
        int titles = 0;
        int dates = 0;
        int datesGold = 0;
        int languages = 0;
        int standfirsts = 0;
        int standfirstsGold = 0;
        int authorPages = 0;
        int authorsGold = 0;
        double precision = 0;
        double recall = 0;
        boolean verbose = System.getenv("VERBATIM_TRACE") != null;
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"))) {
            JsonNode g = json.readTree(line);
            String html = CharsetDetector.decode(SharedFiles.read(dir.resolve(g.get("file").asText())), null).text();
            String text = SavedAsText.of(html);
            if (g.get("id").asText().equals(System.getenv("VERBATIM_DUMP"))) {
                Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "verbatim-dump.txt"), text);
            }
            Article a = extractor.extract(Page.text(g.get("id").asText(), g.get("url").asText(),
                    text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            pages++;
            boolean titleOk = norm(g.path("title").asText()).equals(norm(a.title() == null ? "" : a.title()));
            titles += titleOk ? 1 : 0;
            String goldDate = g.path("published").asText("");
            if (goldDate.length() >= 10) {
                datesGold++;
                dates += a.published() != null && a.published().date().toString().equals(goldDate.substring(0, 10))
                        ? 1 : 0;
            }
            String goldSf = g.path("standfirst").asText("");
            if (!goldSf.isBlank()) {
                standfirstsGold++;
                standfirsts += norm(goldSf).equals(norm(a.standfirst() == null ? "" : a.standfirst())) ? 1 : 0;
            }
            if (g.path("authors").size() > 0) {
                authorsGold++;
                authorPages += a.authors().isEmpty() ? 0 : g.path("authors").get(0).asText().equals(a.authors().get(0))
                        ? 1 : 0;
            }
            String lang = g.path("lang").isNull() ? null : g.get("lang").asText().split("-")[0];
            languages += lang != null && lang.equals(a.language()) ? 1 : 0;
            double[] pr = shinglePr(g.path("text").asText(), a.text());
            precision += pr[0];
            recall += pr[1];
            if (verbose) {
                System.out.printf("%s title=%s p=%.2f r=%.2f date=%s/%s authors=%s sf=[%s] got[%s] gold[%s]%n", g.get("id").asText(),
                        titleOk, pr[0], pr[1], a.published(), goldDate, a.authors(), a.standfirst(), a.title(),
                        g.path("title").asText());
            }
        }
        double p = precision / pages;
        double r = recall / pages;
        double f1 = 2 * p * r / (p + r);
        System.out.printf("fundus as scraped text: %d pages; title exact %d (%.1f%%); standfirst exact %d/%d; "
                + "first author %d/%d; published day %d/%d; language %d; body P=%.3f R=%.3f F1=%.3f%n", pages, titles,
                100.0 * titles / pages, standfirsts, standfirstsGold, authorPages, authorsGold, dates, datesGold,
                languages, p, r, f1);
        // Floors a little under the figures measured when the rules were written (F1 0.880, titles 50.8%, days 198).
        assertThat(f1).isGreaterThan(0.85);
        assertThat((double) titles / pages).isGreaterThan(0.45);
        assertThat((double) dates / datesGold).isGreaterThan(0.70);
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s\\u00A0\\u2000-\\u200B\\u3000]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The benchmark's body metric for one page: precision and recall of 4-token shingle multisets. */
    static double[] shinglePr(String gold, String predicted) {
        Map<String, Integer> g = shingles(gold);
        Map<String, Integer> p = shingles(predicted);
        int tp = 0;
        int np = 0;
        int ng = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            tp += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
            np += e.getValue();
        }
        for (int v : g.values()) {
            ng += v;
        }
        return new double[] {np == 0 ? 0 : (double) tp / np, ng == 0 ? 0 : (double) tp / ng};
    }

    private static Map<String, Integer> shingles(String s) {
        List<String> tokens = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(s == null ? "" : s);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < 4) {
            out.merge(String.join(" ", tokens), 1, Integer::sum);
            return out;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + 4)), 1, Integer::sum);
        }
        return out;
    }
}
