package org.verbatim.extract.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scraped text cut into units: one per line, or one per blank-line-separated paragraph when the text is hard-wrapped.
 * A Common Crawl WET record's WARC header is removed and read for the page URL and crawl date.
 *
 * @param units     the non-blank units, trimmed, inner white space collapsed
 * @param url       {@code WARC-Target-URI} of a WET record, else {@code null}
 * @param crawlDate {@code WARC-Date} of a WET record, else {@code null}
 * @param wrapped   whether lines were joined into paragraphs
 */
record ScrapedInput(List<String> units, String url, LocalDate crawlDate, boolean wrapped) {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    /** Lines at least this long take part in the hard-wrap test. */
    private static final int WRAP_MIN_LINE = 40;
    /** Hard-wrapped text has lines no longer than this. */
    private static final int WRAP_MAX_LINE = 100;
    /** Share of long lines that run on into the next line above which the text is hard-wrapped. */
    private static final double WRAP_SHARE = 0.5;

    ScrapedInput {
        units = List.copyOf(units);
    }

    static ScrapedInput of(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        String url = null;
        LocalDate crawl = null;
        if (t.startsWith("WARC/")) {
            int end = t.indexOf("\n\n");
            String header = end < 0 ? t : t.substring(0, end);
            url = header(header, "WARC-Target-URI");
            String date = header(header, "WARC-Date");
            crawl = date != null && date.length() >= 10 ? parseDay(date.substring(0, 10)) : null;
            t = end < 0 ? "" : t.substring(end + 2);
        }
        List<String> lines = new ArrayList<>();
        for (String raw : t.split("\n", -1)) {
            lines.add(clean(raw));
        }
        boolean wrapped = isHardWrapped(lines);
        return new ScrapedInput(wrapped ? paragraphs(lines) : nonBlank(lines), url, crawl, wrapped);
    }

    /**
     * The line without invisible characters, each run of spaces one space, stripped. Most lines need none of it
     * beyond the strip: they are answered by one scan, without the two regex passes.
     */
    static String clean(String line) {
        return plain(line) ? line.strip() : SPACES.matcher(INVISIBLE.matcher(line).replaceAll("")).replaceAll(" ")
                .strip();
    }

    /** No character of {@link #INVISIBLE}, and no space of {@link #SPACES} other than a lone {@code ' '}. */
    private static boolean plain(String line) {
        boolean afterSpace = false;
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
                continue;
            }
            if (c <= '\r' && c >= '\t' || c >= '\u00A0' && (c == '\u00A0' || c >= '\u2000' && c <= '\u200D'
                    || c == '\u202F' || c == '\u3000' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD')) {
                return false;
            }
            afterSpace = false;
        }
        return true;
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(l -> !l.isEmpty()).toList();
    }

    /** Joins runs of non-blank lines with a space (or nothing after a hyphen-less CJK line). */
    private static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String l : lines) {
            if (l.isEmpty()) {
                flush(para, out);
            } else {
                if (para.length() > 0) {
                    para.append(' ');
                }
                para.append(l);
            }
        }
        flush(para, out);
        return out;
    }

    private static void flush(StringBuilder para, List<String> out) {
        if (para.length() > 0) {
            out.add(para.toString());
            para.setLength(0);
        }
    }

    /**
     * Hard-wrapped text (e.g. e-mail or plain-text archives) breaks paragraphs into lines of similar length that do
     * not end a sentence and are followed by another non-blank line. Scraped HTML puts one block per line instead.
     */
    private static boolean isHardWrapped(List<String> lines) {
        int longLines = 0;
        int runOn = 0;
        boolean anyBlank = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            anyBlank |= l.isEmpty();
            if (l.length() < WRAP_MIN_LINE) {
                continue;
            }
            if (l.length() > WRAP_MAX_LINE) {
                return false;
            }
            longLines++;
            boolean nextNonBlank = i + 1 < lines.size() && !lines.get(i + 1).isEmpty();
            if (nextNonBlank && !Texts.endsSentence(l)) {
                runOn++;
            }
        }
        return anyBlank && longLines >= 3 && runOn >= WRAP_SHARE * longLines;
    }

    private static String header(String header, String name) {
        for (String line : header.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                String v = line.substring(colon + 1).strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private static LocalDate parseDay(String s) {
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
