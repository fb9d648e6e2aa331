package org.verbatim.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.verbatim.extract.common.Spaces;

/**
 * Line forms the training corpus showed to be page furniture or story, learned into a table that ships with the line
 * scorer: for a short line's form (its words in lower case, each without edge punctuation and bullets, digits as
 * {@code 0}: "share this article", "advertisement", "© 0000 ...") and for the first two words of a longer line ("read more ...",
 * "posted in ..."), the log-odds that such a line is content, over pages of several sites. Looked up, never updated,
 * at run time: a page's features never depend on what else is read. Immutable.
 *
 * <p>Form: UTF-8 lines {@code L|P <TAB> form <TAB> log-odds <TAB> pages}; {@code #} starts a comment.
 */
public final class LineShapes {
    /** No table: every line unknown. */
    public static final LineShapes EMPTY = new LineShapes(Map.of(), Map.of());
    /** Lines of at most this many words are looked up whole; longer ones by their first two words. */
    public static final int MAX_LINE_WORDS = 12;
    /** Prefixes are looked up for lines of at least this many words. */
    public static final int MIN_PREFIX_WORDS = 3;

    /** How the table sees a line: log-odds of its whole form and of its prefix (NaN when unknown), pages seen. */
    public record Odds(float line, float prefix, int seen) {
        static final Odds UNKNOWN = new Odds(Float.NaN, Float.NaN, 0);
    }

    /** An entry: the log-odds that lines of the form are content, and on how many training pages it occurred. */
    public record Entry(float logOdds, int pages) {
    }

    private final Map<String, Entry> lines;
    private final Map<String, Entry> prefixes;

    public LineShapes(Map<String, Entry> lines, Map<String, Entry> prefixes) {
        this.lines = Map.copyOf(lines);
        this.prefixes = Map.copyOf(prefixes);
    }

    /** The whole-line form of {@code text}, or {@code null} when it is too long to be looked up whole. */
    public static String lineForm(String text) {
        return Forms.of(text).line();
    }

    /** The two-word prefix form of {@code text}, or {@code null} when it is too short to have one. */
    public static String prefixForm(String text) {
        return Forms.of(text).prefix();
    }

    /**
     * The two forms of a line, each {@code null} when the line has none. A form is the line's words, lower case, each
     * without edge punctuation ({@link Texts#key}), digits as {@code 0}, one space apart; the whole-line form exists
     * for lines of 1 to {@value #MAX_LINE_WORDS} words ({@link Texts#words}), the prefix (the first two words' forms)
     * for lines of at least three such words and {@value #MIN_PREFIX_WORDS} words.
     */
    record Forms(String line, String prefix) {
        /**
         * Reads {@code text} once, token by token, and no further than the answer needs: a paragraph stops after the
         * few words that show it is too long for a whole-line form.
         */
        static Forms of(String text) {
            StringBuilder sb = new StringBuilder(Math.min(text.length(), 96));
            int words = 0;
            int dense = 0;
            int tokens = 0;
            int prefixEnd = -1;
            int i = 0;
            int n = text.length();
            while (i < n) {
                while (i < n && Spaces.isSpace(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && !Spaces.isSpace(text.charAt(i))) {
                    i++;
                }
                String w = Texts.key(start, i, text);
                if (w.isEmpty()) {
                    continue;
                }
                if (tokens > 0) {
                    sb.append(' ');
                }
                tokens++;
                for (int k = 0; k < w.length(); k++) {
                    char c = w.charAt(k);
                    sb.append(Character.isDigit(c) ? '0' : c);
                }
                if (tokens == 2) {
                    prefixEnd = sb.length();
                }
                long counts = Texts.counts(w);
                words += (int) (counts >>> 32);
                dense += (int) counts;
                if (tokens >= 3 && words + dense / 2 > MAX_LINE_WORDS) {
                    return new Forms(null, sb.substring(0, prefixEnd));
                }
            }
            int total = words + dense / 2;
            return new Forms(tokens == 0 || total > MAX_LINE_WORDS ? null : sb.toString(),
                    tokens >= 3 && total >= MIN_PREFIX_WORDS ? sb.substring(0, prefixEnd) : null);
        }
    }

    /** How the table sees {@code text}. */
    public Odds odds(String text) {
        if (lines.isEmpty() && prefixes.isEmpty()) {
            return Odds.UNKNOWN;
        }
        Forms forms = Forms.of(text);
        String line = forms.line();
        String prefix = forms.prefix();
        Entry l = line == null ? null : lines.get(line);
        Entry p = prefix == null ? null : prefixes.get(prefix);
        return new Odds(l == null ? Float.NaN : l.logOdds(), p == null ? Float.NaN : p.logOdds(),
                Math.max(l == null ? 0 : l.pages(), p == null ? 0 : p.pages()));
    }

    public int size() {
        return lines.size() + prefixes.size();
    }

    /** The table in its resource form, sorted. */
    public String write() {
        StringBuilder sb = new StringBuilder("# Line forms and their log-odds of being content, learned by ./verbatim "
                + "train text (see TRAINING.md)\n");
        append(sb, "L", lines);
        append(sb, "P", prefixes);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String tag, Map<String, Entry> m) {
        m.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sb.append(tag).append('\t')
                .append(e.getKey()).append('\t').append(String.format(Locale.ROOT, "%.3f", e.getValue().logOdds()))
                .append('\t').append(e.getValue().pages()).append('\n'));
    }

    /** Reads the form {@link #write} gives. */
    public static LineShapes read(InputStream in) throws IOException {
        Map<String, Entry> lines = new HashMap<>();
        Map<String, Entry> prefixes = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 4 || !(f[0].equals("L") || f[0].equals("P"))) {
                throw new IOException("line " + no + ": expected L|P, form, log-odds, pages");
            }
            try {
                Entry e = new Entry(Float.parseFloat(f[2]), Integer.parseInt(f[3]));
                (f[0].equals("L") ? lines : prefixes).put(f[1], e);
            } catch (NumberFormatException e) {
                throw new IOException("line " + no + ": " + e.getMessage(), e);
            }
        }
        return new LineShapes(lines, prefixes);
    }
}
