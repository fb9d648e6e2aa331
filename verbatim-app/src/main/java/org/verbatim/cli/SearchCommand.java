package org.verbatim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.verbatim.index.ArticleSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verbatim search}: Lucene classic query syntax over the index, one hit per syndication cluster with the
 * number of copies, highlighted snippets. Exit 0 (hits or not), 2 on a bad query, bad option or missing index.
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Searches the index; copies of one story on several sites are one hit.",
                "Queries: \"exact phrases\", AND/OR/NOT, -term, field:value (title:, text:, site:, lang:, "
                        + "month:2024-05, authors:), wildcards (bridg*). Bare words must all match. A hit shows its "
                        + "number of copies."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (with or without hits)", "2:bad query or option, or no index"})
public final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several words are joined).")
    List<String> query;

    @Mixin
    IndexOption index;

    @Option(names = "--site", paramLabel = "S", description = "Only this site (name or host, e.g. news.example).")
    String site;

    @Option(names = "--from", paramLabel = "D", description = "Published on or after this day (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "Published on or before this day (YYYY-MM-DD).")
    String to;

    @Option(names = "--lang", paramLabel = "L", description = "Only this language (en, de, ...).")
    String lang;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    ListFormat format;

    @Option(names = "--facets", description = "Also count hits by site, language and month.")
    boolean facets;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        boolean jsonl = format.jsonl(spec);
        ArticleSearch.Request req = new ArticleSearch.Request(String.join(" ", query), site, day("--from", from),
                day("--to", to), lang, index.positive("--limit", limit), facets);
        return index.read(s -> print(jsonl ? s.search(req, "<b>", "</b>", true)
                : s.search(req, "\u00bb", "\u00ab", false), jsonl));
    }

    private int print(ArticleSearch.Result res, boolean jsonl) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (jsonl) {
            res.hits().forEach(h -> out.println(jsonLine(h)));
            if (facets) {
                out.println(JSON.createObjectNode().set("facets", JSON.valueToTree(res.facets())));
            }
        } else {
            printText(out, res);
        }
        out.flush();
        return 0;
    }

    static String jsonLine(ArticleSearch.Hit h) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", h.id());
        o.put("url", h.url());
        o.put("title", h.title());
        o.put("published", h.published());
        o.put("site_name", h.siteName() != null ? h.siteName() : h.site());
        o.put("lang", h.lang());
        o.put("snippet", h.snippet());
        o.put("score", h.score());
        o.put("cluster", h.cluster());
        o.put("copies", h.copies());
        return o.toString();
    }

    private static void printText(PrintStream out, ArticleSearch.Result res) {
        out.printf("%d matching articles%s%n", res.totalHits(), res.hits().size() < res.totalHits()
                ? ", " + res.hits().size() + " stories shown" : "");
        int i = 1;
        for (ArticleSearch.Hit h : res.hits()) {
            String site = h.siteName() != null ? h.siteName() : h.site();
            out.printf("%n%d. %s%n", i++, h.title() != null ? h.title() : "(untitled)");
            out.printf("   %s%s%s%n", site == null ? "" : site, h.published() == null ? "" : ", " + h.published(),
                    h.copies() > 1 ? "  [" + h.copies() + " copies]" : "");
            out.printf("   %s%n", h.url() == null ? h.id() : h.url());
            if (h.snippet() != null) {
                out.printf("   %s%n", h.snippet().replaceAll("\\s+", " "));
            }
        }
        for (Map.Entry<String, Map<String, Long>> f : res.facets().entrySet()) {
            out.printf("%n%s: %s", f.getKey(), f.getValue());
        }
        if (!res.facets().isEmpty()) {
            out.println();
        }
    }

    private LocalDate day(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw usage(option + " wants a day as YYYY-MM-DD, not '" + value + "'");
        }
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
    }
}
