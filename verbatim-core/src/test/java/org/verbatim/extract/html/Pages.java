package org.verbatim.extract.html;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.verbatim.extract.HtmlExtractor;
import org.verbatim.extract.html.body.ContentModels;
import org.verbatim.extract.html.meta.VisibleDates;
import org.verbatim.model.Article;
import org.verbatim.model.Page;

/** Helpers for building small synthetic test pages. */
public final class Pages {
    public static final String URL = "https://news.example.com/world/2024/story-1";
    /** The clock the tests read pages with: the system's, as the CLI does (tests that need a fixed day make one). */
    public static final Clock CLOCK = Clock.systemUTC();
    /** Dates read relative to today. */
    public static final VisibleDates TODAY = new VisibleDates(LocalDate.now(CLOCK));

    private Pages() {
    }

    public static Article extract(String html) {
        return new HtmlExtractor(CLOCK).extract(Page.html("test", URL, html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The rule cascade alone ({@link ContentModels#NONE}): what the rules' writers make of a page. */
    public static Article extractByRules(String html) {
        return new HtmlExtractor(ContentModels.NONE, CLOCK)
                .extract(Page.html("test", URL, html.getBytes(StandardCharsets.UTF_8)));
    }

    /** A long article paragraph, unique per {@code n}. */
    public static String para(int n) {
        return "Paragraph " + n + " of the report explains, in plain words, what the council decided on Tuesday, "
                + "why the vote was close, and what residents of district " + n + " can expect next year.";
    }

    public static String paras(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            sb.append("<p>").append(para(i)).append("</p>\n");
        }
        return sb.toString();
    }

    public static String page(String head, String body) {
        return "<!doctype html><html lang=\"en-gb\"><head><meta charset=\"utf-8\">" + head + "</head><body>" + body
                + "</body></html>";
    }
}
