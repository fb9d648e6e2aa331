package org.verbatim.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.common.TextKey;

/** The hand-written scans of the text path against the plain forms they replace, on seeded random lines. */
class TextScansTest {
    private static final long SEED = Long.getLong("verbatim.seed", 20261205L);
    private static final String[] PIECES = {"Harbour", "reopens", "İSTANBUL", "straße", "東京都", "ソウル", "Ⅻ", "½", "٣",
        "don't", "e-mail", "x1y2", "2024", "www.example.com", "http://a.b/c", "HTTPS://X.DE/", "me@example.org",
        "@handle", "#tag", "a.b", "Hi", "h", "page.html", "news.php", "ab.c", "\uD83D\uDE00", "\uD800", "ǅungla",
        "·", " ", "  ", ",", "—", "."};

    private static String randomLine(Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int k = rnd.nextInt(15); k > 0; k--) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            if (rnd.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    @Test
    void contentWordsAreTheRegexSplitsLongWords() {
        Random rnd = new Random(SEED);
        for (int round = 0; round < 10000; round++) {
            String line = randomLine(rnd);
            Set<String> expected = new HashSet<>();
            for (String w : TextKey.NON_WORD.split(line.toLowerCase(Locale.ROOT))) {
                if (w.length() >= ArticleLayout.CONTENT_WORD_MIN || (!w.isEmpty() && Texts.isDense(w.charAt(0)))) {
                    expected.add(w);
                }
            }
            assertThat(ArticleLayout.contentWords(line)).as("seed " + SEED + " [" + line + "]").isEqualTo(expected);
        }
    }

    @Test
    void aLineCountsTheLinksTheTokenTestFinds() {
        Random rnd = new Random(SEED + 1);
        for (int round = 0; round < 10000; round++) {
            String line = randomLine(rnd);
            int links = 0;
            for (String token : line.trim().split("\\s+")) {
                links += !token.isEmpty() && slowIsLink(token) ? 1 : 0;
            }
            assertThat(new LineStats(line).linkTokens).as("seed " + SEED + " [" + line + "]").isEqualTo(links);
        }
    }

    /** The test as first written: every token lower-cased. */
    private static boolean slowIsLink(String t) {
        if (t.length() < 2) {
            return false;
        }
        char c = t.charAt(0);
        if ((c == '@' || c == '#') && Character.isLetterOrDigit(t.charAt(1))) {
            return true;
        }
        String l = t.toLowerCase(Locale.ROOT);
        if (l.startsWith("http") || l.startsWith("www.") || (l.contains("@") && l.indexOf('.', l.indexOf('@')) > 0)) {
            return true;
        }
        int dot = l.lastIndexOf('.');
        return dot > 0 && dot < l.length() - 2 && (l.endsWith(".com") || l.endsWith(".org") || l.endsWith(".net")
                || l.endsWith(".html") || l.endsWith(".php") || l.contains(".com/") || l.contains(".de/"));
    }
}
