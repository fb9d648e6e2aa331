package org.verbatim.robustness;

import java.util.List;
import java.util.Random;

/**
 * Well-formed pages written for these tests (no real publisher's page), varied by a seeded {@link Random}, for the
 * malformed-input generators to break.
 */
final class SamplePages {
    /** Sentences of the synthetic body; mixed scripts so that byte-level damage lands inside multi-byte characters. */
    static final List<String> SENTENCES = List.of(
            "The council approved the new budget on Tuesday after a long debate.",
            "“We will not back down,” the minister said in a statement.",
            "Prices rose by 3.4 percent in the year to March, the statistics office reported.",
            "Les habitants de la région ont été évacués vers l’école voisine.",
            "Die Regierung kündigte am Mittwoch weitere Maßnahmen an – zunächst für ein Jahr.",
            "東京都は新しい計画を発表した。",
            "Официальные лица отказались от комментариев.",
            "The report, which runs to 212 pages, recommends closing two hospitals 🏥 by 2027.",
            "Opposition leaders called the decision “reckless” and demanded a vote.");
    /** ASCII-only sentences for the charset cases: any non-ASCII character in the output means a lie was believed. */
    static final List<String> ASCII_SENTENCES = List.of(
            "The harbour authority said the ferry would resume service on Monday morning.",
            "Engineers found corrosion in two of the four supporting cables last winter.",
            "Local traders said the closure had cost them a third of their usual income.",
            "A spokesperson for the operator declined to give a date for the final repairs.",
            "Residents will be offered free bus travel across the bay until the work ends.");

    private SamplePages() {
    }

    /** A complete news page: head with metadata and JSON-LD, navigation, article body, aside, footer, scripts. */
    static String page(Random rnd) {
        StringBuilder body = new StringBuilder();
        int paragraphs = 4 + rnd.nextInt(8);
        for (int i = 0; i < paragraphs; i++) {
            body.append("      <p>").append(paragraph(rnd, SENTENCES)).append("</p>\n");
            if (i == 2) {
                body.append("      <h2>What happens next</h2>\n      <blockquote><p>")
                        .append(pick(rnd, SENTENCES)).append("</p></blockquote>\n")
                        .append("      <ul><li>First point</li><li>Second &amp; last point</li></ul>\n")
                        .append("      <table><tr><th>Year</th><th>Cost</th></tr>")
                        .append("<tr><td>2024</td><td>€1.2bn</td></tr></table>\n")
                        .append("      <figure><img src=\"/img/a.jpg\" alt=\"A photo\"><figcaption>The bay at dawn."
                                + "</figcaption></figure>\n");
            }
        }
        return html("utf-8", "Council approves budget – Example News", body.toString());
    }

    /** A page whose every byte is ASCII, declaring {@code charset} in its meta tag. */
    static String asciiPage(Random rnd, String charset) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            body.append("      <p>").append(paragraph(rnd, ASCII_SENTENCES)).append("</p>\n");
        }
        return html(charset, "Ferry service to resume after repairs", body.toString());
    }

    private static String html(String charset, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                + "  <meta charset=\"" + charset + "\">\n"
                + "  <title>" + title + "</title>\n"
                + "  <meta property=\"og:title\" content=\"" + title + "\">\n"
                + "  <meta name=\"author\" content=\"Anna Keller\">\n"
                + "  <link rel=\"canonical\" href=\"https://news.example.com/2024/01/24/budget\">\n"
                + "  <script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Council approves budget\",\"datePublished\":\"2024-01-24T07:41:00+01:00\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Anna Keller\"}}</script>\n"
                + "  <style>body { font-family: serif; } p::after { content: '<p>'; }</style>\n"
                + "</head>\n<body>\n"
                + "  <nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>\n"
                + "  <!-- article starts here -->\n"
                + "  <main><article>\n"
                + "    <h1>" + title + "</h1>\n"
                + "    <p class=\"byline\">By Anna Keller, <time datetime=\"2024-01-24T07:41\">24 Jan 2024</time></p>\n"
                + "    <div class=\"body\">\n" + body + "    </div>\n"
                + "  </article></main>\n"
                + "  <aside><h3>Most read</h3><ul><li><a href=\"/a\">Another story</a></li></ul></aside>\n"
                + "  <footer>(c) 2024 Example News. <a href=\"/privacy\">Privacy</a></footer>\n"
                + "  <script>var x = '<div>' + \"</sc\" + \"ript>\"; if (a < b && c > d) { x += 1; }</script>\n"
                + "</body>\n</html>\n";
    }

    static String paragraph(Random rnd, List<String> sentences) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(pick(rnd, sentences));
        }
        return sb.toString();
    }

    static <T> T pick(Random rnd, List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }
}
