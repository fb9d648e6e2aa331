package org.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.verbatim.testsupport.text.SharedFiles;
import org.verbatim.extract.decode.DecodedText;
import org.verbatim.extract.decode.CharsetDetector;

/** Decodes the shared corpora (skipped when absent): no mojibake, and the gold titles are found in the text. */
class CharsetCorpusTest {
    /** Sequences that UTF-8 read as windows-1252/Latin-1 produces, and the replacement character. */
    private static final List<String> MOJIBAKE = List.of("Ã¤", "Ã¶", "Ã¼", "Ã©", "Ã¨", "Ã¡", "Ã³", "Ã±", "ÃŸ",
            "â€", "Ã„", "Ã–", "Ãœ", "Ã§", "Ã­", "Ã ", "\uFFFD");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");

    @Test
    void fundusPagesDecodeWithoutMojibakeAndContainTheirTitles() throws IOException {
        Path dir = SharedFiles.require("corpora/fundus");
        ObjectMapper json = new ObjectMapper();
        int pages = 0;
        int titleFound = 0;
        List<String> mojibake = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"))) {
            JsonNode gold = json.readTree(line);
            byte[] raw = SharedFiles.read(dir.resolve(gold.get("file").asText()));
            DecodedText d = CharsetDetector.decode(raw, null);
            pages++;
            String marker = firstIntroducedMojibake(d.text(), raw);
            if (marker != null) {
                mojibake.add(gold.get("id").asText() + " " + marker + " " + d.charset() + " " + d.how());
            }
            String title = normalise(gold.path("title").asText(""));
            if (title.isEmpty() || normalise(Parser.unescapeEntities(d.text(), false)).contains(title)) {
                titleFound++;
            } else {
                missing.add(gold.get("id").asText() + " [" + title + "] " + d.charset() + " " + d.how());
            }
        }
        System.out.printf("fundus: %d pages, %d without mojibake, title found in %d (%.1f%%)%n", pages,
                pages - mojibake.size(), titleFound, 100.0 * titleFound / pages);
        mojibake.forEach(m -> System.out.println("  mojibake: " + m));
        missing.forEach(m -> System.out.println("  title missing: " + m));
        assertThat(mojibake).isEmpty();
        assertThat((double) titleFound / pages).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void htmldateAndReadabilityPagesDecodeSanely() throws IOException {
        Path htmldate = SharedFiles.require("corpora/htmldate/pages");
        Path readability = SharedFiles.require("corpora/readability/test-pages");
        int[] htmldateCounts = count(list(htmldate, ".html.gz"), "htmldate");
        int[] readabilityCounts = count(list(readability, "source.html"), "readability");
        // Sanity bounds, not targets: a handful of these pages carry real U+FFFD or broken bytes in their source.
        assertThat(htmldateCounts[1]).isLessThanOrEqualTo(htmldateCounts[0] / 50);
        assertThat(readabilityCounts[1]).isLessThanOrEqualTo(readabilityCounts[0] / 20);
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Returns {pages, pages with mojibake}; prints the counts and which charsets were chosen how. */
    private static int[] count(List<Path> files, String name) throws IOException {
        int bad = 0;
        java.util.Map<String, Integer> how = new java.util.TreeMap<>();
        for (Path p : files) {
            byte[] raw = SharedFiles.read(p);
            DecodedText d = CharsetDetector.decode(raw, null);
            how.merge(d.charset().name() + "/" + d.how(), 1, Integer::sum);
            String marker = firstIntroducedMojibake(d.text(), raw);
            if (marker != null) {
                bad++;
                System.out.println("  " + name + " mojibake: " + p.getFileName() + " " + p.getParent().getFileName()
                        + " " + marker + " " + d.charset() + " " + d.how() + " " + d.warnings());
            }
        }
        System.out.printf("%s: %d pages, %d with mojibake markers not in the source; %s%n", name, files.size(), bad, how);
        return new int[] {files.size(), bad};
    }

    /**
     * The first marker in the decoded text that the source does not literally contain as UTF-8: a page that itself
     * carries a U+FFFD or a publisher's own mojibake is not the decoder's fault.
     */
    private static String firstIntroducedMojibake(String text, byte[] raw) {
        for (String m : MOJIBAKE) {
            if (text.contains(m) && !contains(raw, m.getBytes(StandardCharsets.UTF_8))) {
                return m.equals("\uFFFD") ? "U+FFFD" : m;
            }
        }
        return null;
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String normalise(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
