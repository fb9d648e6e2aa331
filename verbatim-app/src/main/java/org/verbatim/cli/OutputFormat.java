package org.verbatim.cli;

import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.verbatim.json.ArticleJson;
import org.verbatim.model.Article;
import org.verbatim.model.Block;

/** The output formats of {@code verbatim extract}. */
enum OutputFormat {
    JSON, JSONL, MARKDOWN, TEXT, HTML;

    /** Renders one article; the result ends without a trailing newline. */
    String render(Article a) {
        return switch (this) {
            case JSON -> ArticleJson.toPretty(a);
            case JSONL -> ArticleJson.toLine(a);
            case MARKDOWN -> markdown(a);
            case TEXT -> text(a);
            case HTML -> html(a);
        };
    }

    static OutputFormat parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    private static String markdown(Article a) {
        StringBuilder sb = new StringBuilder();
        if (a.title() != null) {
            sb.append("# ").append(a.title()).append("\n\n");
        }
        String meta = byline(a);
        if (!meta.isEmpty()) {
            sb.append('_').append(meta).append("_\n\n");
        }
        if (a.standfirst() != null) {
            sb.append("**").append(a.standfirst()).append("**\n\n");
        }
        for (Block b : a.blocks()) {
            sb.append(markdownBlock(b)).append("\n\n");
        }
        return sb.toString().stripTrailing();
    }

    private static String markdownBlock(Block b) {
        return switch (b.type()) {
            case HEADING -> "#".repeat(Math.min(6, b.level() + 1)) + " " + b.text();
            case LIST -> prefixLines(b.text(), "- ");
            case QUOTE -> prefixLines(b.text(), "> ");
            case PREFORMATTED -> "```\n" + b.text() + "\n```";
            case FIGURE -> "_" + b.text() + "_";
            case TABLE -> prefixLines(b.text(), "| ");
            case PARAGRAPH -> b.text();
        };
    }

    private static String prefixLines(String text, String prefix) {
        return prefix + text.replace("\n", "\n" + prefix);
    }

    private static String text(Article a) {
        StringBuilder sb = new StringBuilder();
        if (a.title() != null) {
            sb.append(a.title()).append("\n\n");
        }
        if (a.standfirst() != null) {
            sb.append(a.standfirst()).append("\n\n");
        }
        sb.append(a.text());
        return sb.toString().stripTrailing();
    }

    private static String byline(Article a) {
        StringBuilder sb = new StringBuilder();
        if (!a.authors().isEmpty()) {
            sb.append("By ").append(String.join(", ", a.authors()));
        }
        if (a.published() != null) {
            sb.append(sb.isEmpty() ? "" : " · ").append(a.published());
        }
        if (a.siteName() != null) {
            sb.append(sb.isEmpty() ? "" : " · ").append(a.siteName());
        }
        return sb.toString();
    }

    /** A small standalone HTML document; every page-derived string is escaped. */
    private static String html(Article a) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html");
        if (a.language() != null) {
            sb.append(" lang=\"").append(esc(a.language())).append('"');
        }
        sb.append(">\n<head><meta charset=\"utf-8\"><title>").append(esc(nz(a.title()))).append("</title></head>\n<body>\n<article>\n");
        if (a.title() != null) {
            sb.append("<h1>").append(esc(a.title())).append("</h1>\n");
        }
        String meta = byline(a);
        if (!meta.isEmpty()) {
            sb.append("<p class=\"byline\">").append(esc(meta)).append("</p>\n");
        }
        if (a.standfirst() != null) {
            sb.append("<p class=\"standfirst\"><strong>").append(esc(a.standfirst())).append("</strong></p>\n");
        }
        for (Block b : a.blocks()) {
            sb.append(htmlBlock(b)).append('\n');
        }
        return sb.append("</article>\n</body>\n</html>").toString();
    }

    private static String htmlBlock(Block b) {
        return switch (b.type()) {
            case HEADING -> "<h" + Math.min(6, b.level() + 1) + ">" + esc(b.text()) + "</h" + Math.min(6, b.level() + 1) + ">";
            case LIST -> "<ul>" + wrapLines(b.text(), "<li>", "</li>") + "</ul>";
            case QUOTE -> "<blockquote><p>" + esc(b.text()).replace("\n", "<br>") + "</p></blockquote>";
            case PREFORMATTED -> "<pre>" + esc(b.text()) + "</pre>";
            case FIGURE -> "<figure><figcaption>" + esc(b.text()) + "</figcaption></figure>";
            case TABLE -> "<table>" + wrapLines(b.text(), "<tr><td>", "</td></tr>").replace(" | ", "</td><td>") + "</table>";
            case PARAGRAPH -> "<p>" + esc(b.text()) + "</p>";
        };
    }

    private static String wrapLines(String text, String open, String close) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            sb.append(open).append(esc(line)).append(close);
        }
        return sb.toString();
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
