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
    void aLineCountsTheLinksTheTokenTestFindsDespiteItsQuickRefusal() {
        Random rnd = new Random(SEED + 1);
        for (int round = 0; round < 10000; round++) {
            String line = randomLine(rnd);
            int links = 0;
            for (String token : line.trim().split("\\s+")) {
                links += !token.isEmpty() && LineStats.isLink(token) ? 1 : 0;
            }
            assertThat(new LineStats(line).linkTokens).as("seed " + SEED + " [" + line + "]").isEqualTo(links);
        }
    }

    private static final String[] NAME_PIECES = {"Jane", "DOE", "Doe", "von", "van der", "and", "und", "&", "O'Brien",
        "Jean-Luc", "J.", "AP", "Ab", "SMITH,", "Smith;", "Home", "share", "Share", "facebook", "Teilen", "WhatsApp",
        "e-mail", "x", "·", "|", "•", "–", "—", "-", "2024", "İLKER", "Ærø", "\uD835\uDC00bc", ":", "By"};

    @Test
    void bareNamesAreFoundAsBeforeTheQuickPaths() {
        LineClassifier c = new LineClassifier(TextVocabulary.load(),
                org.verbatim.extract.date.DateParser.of(java.time.LocalDate.of(2024, 6, 1)));
        TextVocabulary vocab = TextVocabulary.load();
        Random rnd = new Random(SEED + 2);
        for (int round = 0; round < 20000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + rnd.nextInt(6); k > 0; k--) {
                sb.append(NAME_PIECES[rnd.nextInt(NAME_PIECES.length)]).append(rnd.nextInt(6) == 0 ? "  " : " ");
            }
            String line = sb.toString().strip();
            assertThat(c.bareNames(line)).as("seed " + SEED + " [" + line + "]")
                    .isEqualTo(slowBareNames(c, vocab, line));
        }
    }

    /** {@code bareNames} as first written. */
    private static java.util.List<String> slowBareNames(LineClassifier c, TextVocabulary vocab, String text) {
        String head = text.split("\\s*[·|•–—]\\s*", 2)[0].strip();
        if (head.isEmpty() || head.length() > LineClassifier.MAX_BARE_NAMES) {
            return java.util.List.of();
        }
        String[] tokens = head.split("\\s+");
        boolean allCaps = head.equals(head.toUpperCase(Locale.ROOT));
        for (String raw : tokens) {
            String t = raw.replaceAll("[,;]+$", "");
            String lower = t.toLowerCase(Locale.ROOT);
            if (vocab.uiWords.contains(lower) || vocab.boilerplateExact.contains(lower)) {
                return java.util.List.of();
            }
            boolean nameToken = !t.isEmpty() && Character.isUpperCase(t.codePointAt(0))
                    && (allCaps || !t.substring(1).equals(t.substring(1).toUpperCase(Locale.ROOT)) || t.length() <= 2)
                    && t.codePoints().allMatch(x -> Character.isLetter(x) || x == '-' || x == '.' || x == '\'');
            if (!nameToken && !vocab.nameParticles.contains(lower) && !vocab.nameJoiners.contains(lower)) {
                return java.util.List.of();
            }
        }
        String last = tokens[tokens.length - 1].toLowerCase(Locale.ROOT);
        if (vocab.nameParticles.contains(last) || vocab.nameJoiners.contains(last)) {
            return java.util.List.of();
        }
        return c.names(head);
    }

    @Test
    void shareButtonsAreClassifiedAsBeforeTheHandWrittenSplit() {
        LineClassifier c = new LineClassifier(TextVocabulary.load(),
                org.verbatim.extract.date.DateParser.of(java.time.LocalDate.of(2024, 6, 1)));
        TextVocabulary vocab = TextVocabulary.load();
        Random rnd = new Random(SEED + 3);
        for (int round = 0; round < 20000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + rnd.nextInt(10); k > 0; k--) {
                sb.append(NAME_PIECES[rnd.nextInt(NAME_PIECES.length)]).append(rnd.nextInt(4) == 0 ? "/" : " ");
            }
            String key = Texts.key(sb.toString());
            int words = Texts.words(key);
            boolean verb = false;
            int networks = 0;
            for (String w : key.split("[^\\p{L}-]+")) {
                verb |= vocab.shareVerbs.contains(w);
                networks += vocab.socialNetworks.contains(w) ? 1 : 0;
            }
            boolean expected = verb && networks > 0 && (words <= LineClassifier.SHARE_BUTTON_MAX_WORDS || networks >= 2);
            assertThat(c.isShareButton(key, words)).as("seed " + SEED + " [" + key + "]").isEqualTo(expected);
        }
    }

    @Test
    void characterClassesAreCountedAsTheUnicodeTestsCountThem() {
        Random rnd = new Random(SEED + 4);
        for (int round = 0; round < 10000; round++) {
            String line = randomLine(rnd) + (rnd.nextBoolean() ? "\t\u00a0\u2003x" : "");
            int letters = 0;
            int upper = 0;
            int digits = 0;
            int punct = 0;
            int dense = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (Texts.isDense(c)) {
                    dense++;
                    letters++;
                } else if (Character.isLetter(c)) {
                    letters++;
                    upper += Character.isUpperCase(c) ? 1 : 0;
                } else if (Character.isDigit(c)) {
                    digits++;
                } else if (!Character.isWhitespace(c)) {
                    punct++;
                }
            }
            LineStats st = new LineStats(line);
            String at = "seed " + SEED + " [" + line + "]";
            assertThat(new int[] {st.letters, st.upper, st.digits, st.punct, st.dense}).as(at)
                    .containsExactly(letters, upper, digits, punct, dense);
        }
    }

    @Test
    void tokensAreCountedAsTheirCopiedKeysCountThem() {
        Random rnd = new Random(SEED + 5);
        String[] extra = {"The", "THE", "und", "UND", "İn", "der", "„Die", "Das“", "of", "Of,", "(and)", "ÄRGER", "K\u212A"};
        for (int round = 0; round < 10000; round++) {
            String line = randomLine(rnd) + " " + extra[rnd.nextInt(extra.length)] + " "
                    + extra[rnd.nextInt(extra.length)];
            int function = 0;
            int cap = 0;
            int caps = 0;
            int letters = 0;
            int[] groups = new int[LineStats.GROUPS.size()];
            for (String raw : line.trim().split("\\s+")) {
                if (raw.isEmpty() || LineStats.isLink(raw)) {
                    continue;
                }
                String w = Texts.key(raw);
                if (w.isEmpty()) {
                    continue;
                }
                letters += w.length();
                int first = -1;
                for (int i = 0; i < raw.length() && first < 0; i++) {
                    if (Character.isLetter(raw.charAt(i))) {
                        first = i;
                    } else if (Character.isDigit(raw.charAt(i))) {
                        break;
                    }
                }
                if (first >= 0 && Character.isUpperCase(raw.charAt(first))) {
                    cap++;
                    boolean lower = w.chars().anyMatch(Character::isLowerCase);
                    caps += w.length() >= 2 && lower && raw.equals(raw.toUpperCase(Locale.ROOT)) ? 1 : 0;
                }
                int bits = LineStats.wordBits(w);
                function += (bits & (1 << 30)) != 0 ? 1 : 0;
                for (int b = 0; b < groups.length; b++) {
                    groups[b] += (bits >> b) & 1;
                }
            }
            LineStats st = new LineStats(line);
            String at = "seed " + SEED + " [" + line + "]";
            assertThat(new int[] {st.functionWords, st.capTokens, st.capsTokens, st.wordLetters}).as(at)
                    .containsExactly(function, cap, caps, letters);
            assertThat(st.groups).as(at).containsExactly(groups);
        }
    }

    @Test
    void uiJunkIsFoundAsBeforeTheWholeLinePreCheck() {
        LineClassifier c = new LineClassifier(TextVocabulary.load(),
                org.verbatim.extract.date.DateParser.of(java.time.LocalDate.of(2024, 6, 1)));
        TextVocabulary vocab = TextVocabulary.load();
        String[] pieces = {"icon", "menu", "close", "search", "chevron-down", "ArrowRight", "user", "Home", "bookmark",
            "the", "story", "btn", "x", "·", "svg"};
        Random rnd = new Random(SEED + 6);
        for (int round = 0; round < 20000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + rnd.nextInt(8); k > 0; k--) {
                sb.append(pieces[rnd.nextInt(pieces.length)]).append(rnd.nextInt(5) == 0 ? "" : " ");
            }
            String text = sb.toString().strip() + (rnd.nextInt(6) == 0 ? "." : "");
            boolean expected = false;
            if (!Texts.endsSentence(text)) {
                String[] tokens = text.toLowerCase(Locale.ROOT).split("\\s+");
                int labels = 0;
                int icons = 0;
                for (String t : tokens) {
                    String w = Texts.key(t);
                    if (vocab.uiSubstrings.stream().anyMatch(w::contains)) {
                        icons++;
                        labels++;
                    } else if (vocab.uiWords.contains(w)) {
                        labels++;
                    }
                }
                expected = tokens.length >= LineClassifier.JUNK_MIN_TOKENS
                        && icons >= LineClassifier.JUNK_ICON_SHARE * tokens.length
                        && labels >= LineClassifier.JUNK_LABEL_SHARE * tokens.length;
            }
            assertThat(c.isUiJunk(text)).as("seed " + SEED + " [" + text + "]").isEqualTo(expected);
        }
    }
}
