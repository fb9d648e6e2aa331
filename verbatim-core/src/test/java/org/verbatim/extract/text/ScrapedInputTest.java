package org.verbatim.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScrapedInputTest {
    private static final long SEED = Long.getLong("verbatim.seed", 20261205L);

    @Test
    void cleaningALineGivesWhatTheTwoRegexPassesGive() {
        Pattern spaces = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u3000]+");
        Pattern invisible = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
        String[] pieces = {"word", "Ünïcode", " ", " ", "\t", "\u000B", "\f", "\u00A0", "\u2003", "\u200A", "\u200B",
            "\u200D", "\u202F", "\u3000", "\u2060", "\uFEFF", "\u00AD", "\u2028", "\u0085", "东京", "-", "\u1680"};
        Random rnd = new Random(SEED);
        for (int round = 0; round < 20000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(12); k > 0; k--) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String line = sb.toString();
            String expected = spaces.matcher(invisible.matcher(line).replaceAll("")).replaceAll(" ").strip();
            assertThat(ScrapedInput.clean(line)).as("seed " + SEED + " line [" + line + "]").isEqualTo(expected);
        }
    }

    @Test
    void aWetRecordsHeaderGivesTheUrlAndTheCrawlDay() {
        ScrapedInput in = ScrapedInput.of("WARC/1.0\nWARC-Target-URI: https://example.org/a\nWARC-Date: "
                + "2024-03-05T10:00:00Z\n\nHeadline\n\n  Body  text\u200B here.  \n");
        assertThat(in.url()).isEqualTo("https://example.org/a");
        assertThat(in.crawlDate()).hasToString("2024-03-05");
        assertThat(in.units()).containsExactly("Headline", "Body text here.");
    }
}
