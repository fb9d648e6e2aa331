package org.verbatim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic news pages "scraped to plain text", shaped like real scrapes: a navigation line, a dateline, headline,
 * standfirst, byline, paragraphs with quotations, and interleaved boilerplate (ads, share prompts, related links,
 * footer). Deterministic for a given seed, so every benchmark run extracts the same text.
 */
public final class SyntheticText {
    /** Ordinary words the sentences are drawn from. */
    static final List<String> WORDS = List.of(
            "government", "minister", "council", "report", "budget", "city", "residents", "police", "court",
            "election", "party", "voters", "company", "market", "prices", "energy", "climate", "school", "hospital",
            "workers", "union", "plan", "law", "week", "year", "officials", "region", "border", "talks", "deal",
            "said", "announced", "warned", "expected", "approved", "rejected", "increased", "fell", "rose", "new",
            "local", "national", "former", "senior", "public", "private", "major", "early", "late", "the", "a",
            "of", "in", "on", "for", "with", "after", "before", "while", "and", "but", "that", "which", "was", "is");
    /** Names for bylines and speakers. */
    static final List<String> NAMES = List.of("Anna Keller", "John Miller", "Maria Rossi", "Tom Becker",
            "Sara Lind", "Omar Haddad", "Lena Novak", "Paul Dubois");
    /** Boilerplate lines real scrapes carry between the paragraphs. */
    static final List<String> BOILERPLATE = List.of("Advertisement", "Share this article", "Read more:",
            "Sign up for our newsletter", "Follow us on social media", "Comments (12)", "Skip to content",
            "Related articles", "Most read", "Continue reading below");
    /** A navigation strip as scraped icon fonts and menus come out. */
    static final String NAV = "Home News World Business Sport Culture Opinion Video Search Menu Log in";
    static final String FOOTER = "© 2024 Example Media. All rights reserved. Privacy policy Terms of use Contact";

    private SyntheticText() {
    }

    /** {@code count} pages from {@code seed}. */
    public static List<String> pages(int count, long seed) {
        Random rnd = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(page(rnd));
        }
        return List.copyOf(out);
    }

    /** One page: about 4-9 KB of text. */
    static String page(Random rnd) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append(NAV).append("\n");
        sb.append(1 + rnd.nextInt(28)).append(" Jan, 2024 ").append(10 + rnd.nextInt(13)).append(':')
                .append(10 + rnd.nextInt(50)).append("\n\n");
        sb.append(capitalised(sentence(rnd, 6 + rnd.nextInt(6)))).append("\n\n");
        sb.append(capitalised(sentence(rnd, 15 + rnd.nextInt(15)))).append(".\n\n");
        sb.append("By ").append(pick(rnd, NAMES)).append("\n\n");
        int paragraphs = 8 + rnd.nextInt(10);
        for (int p = 0; p < paragraphs; p++) {
            paragraph(rnd, sb);
            if (rnd.nextInt(4) == 0) {
                sb.append(pick(rnd, BOILERPLATE)).append("\n\n");
            }
        }
        sb.append(FOOTER).append("\n");
        return sb.toString();
    }

    private static void paragraph(Random rnd, StringBuilder sb) {
        int sentences = 2 + rnd.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            if (rnd.nextInt(3) == 0) {
                sb.append('“').append(capitalised(sentence(rnd, 8 + rnd.nextInt(10)))).append(",” ")
                        .append(pick(rnd, NAMES)).append(" said. ");
            } else {
                sb.append(capitalised(sentence(rnd, 10 + rnd.nextInt(15)))).append(". ");
            }
        }
        sb.setLength(sb.length() - 1);
        sb.append("\n\n");
    }

    private static String sentence(Random rnd, int words) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            sb.append(w == 0 ? "" : " ").append(pick(rnd, WORDS));
        }
        return sb.toString();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static <T> T pick(Random rnd, List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }
}
