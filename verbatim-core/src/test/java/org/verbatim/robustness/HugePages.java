package org.verbatim.robustness;

import java.util.Random;

/** Inputs of about 10 MB each, built from the same pieces as {@link MalformedInputs}. */
final class HugePages {
    /** How many there are: few, since each one takes a good part of a second. */
    static final int COUNT = 5;
    /** Target size in UTF-8 bytes (pages end on a whole piece, so they are a little larger). */
    static final int SIZE = 10 * 1024 * 1024;

    private HugePages() {
    }

    /** Page {@code index} (0 to {@link #COUNT} - 1) of {@code seed}. */
    static MalformedCase generate(long seed, int index) {
        Random r = MalformedInputs.random(seed, -1 - index);
        return switch (index) {
            case 0 -> MalformedCase.html("10MB", "article of ordinary paragraphs", article(r));
            case 1 -> MalformedCase.html("10MB", "one paragraph on one line",
                    "<html><body><article><p>" + line(r) + "</p></article></body></html>");
            case 2 -> MalformedCase.html("10MB", "binary junk", junk(r));
            case 3 -> {
                String page = SamplePages.page(r);
                int at = page.indexOf("<article>");
                yield MalformedCase.html("10MB", "everything after the headline in an unclosed comment",
                        page.substring(0, at) + "<!--" + article(r).replace("-->", "-- >"));
            }
            default -> MalformedCase.text("10MB", "scraped text", text(r));
        };
    }

    private static String article(Random r) {
        StringBuilder sb = new StringBuilder(SIZE).append("<html><head><title>Big</title></head><body><article>");
        for (long bytes = 0; bytes < SIZE; ) {
            bytes += append(sb, "<p>" + SamplePages.paragraph(r, SamplePages.SENTENCES) + "</p>\n");
        }
        return sb.append("</article></body></html>").toString();
    }

    private static String line(Random r) {
        StringBuilder sb = new StringBuilder(SIZE);
        for (long bytes = 0; bytes < SIZE; ) {
            bytes += append(sb, SamplePages.pick(r, SamplePages.SENTENCES) + " ");
        }
        return sb.toString();
    }

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder(SIZE);
        for (long bytes = 0; bytes < SIZE; ) {
            bytes += append(sb, SamplePages.paragraph(r, SamplePages.SENTENCES) + "\n\n");
        }
        return sb.toString();
    }

    /** Appends {@code piece} and returns its size in UTF-8 bytes. */
    private static int append(StringBuilder sb, String piece) {
        sb.append(piece);
        return MalformedInputs.utf8(piece).length;
    }

    private static byte[] junk(Random r) {
        byte[] b = new byte[SIZE];
        r.nextBytes(b);
        return b;
    }
}
