package org.verbatim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.verbatim.index.ArticleSearch;
import org.verbatim.model.Versions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code verbatim quotes}: who said what, from the index. Exit 0, or 2 on a bad query, option or missing index. */
@Command(name = "quotes", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists quotes from the index: what was said, by whom, when, and where it was read.",
                "Newest first; ranked by relevance when --about is given."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done", "2:bad query or option, or no index"})
public final class QuotesCommand implements Callable<Integer> {

    @Option(names = "--speaker", paramLabel = "NAME", description = "Words of the speaker's name (all must match).")
    String speaker;

    @Option(names = "--about", paramLabel = "QUERY", description = "What the quote (or its article's title) is about.")
    String about;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Quotes shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    ListFormat format;

    @Mixin
    IndexOption index;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        boolean jsonl = format.jsonl(spec);
        int n = index.positive("--limit", limit);
        return index.read(s -> print(s.quotes(speaker, about, n), jsonl));
    }

    private static int print(List<ArticleSearch.QuoteHit> hits, boolean jsonl) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (ArticleSearch.QuoteHit h : hits) {
            if (jsonl) {
                out.println(jsonLine(h));
            } else {
                out.printf("\u201c%s\u201d%n  \u2014 %s%s%s%n  %s%n%n", h.quote(),
                        h.speaker() == null ? "(speaker unknown)" : h.speaker(),
                        h.published() == null ? "" : ", " + h.published(),
                        h.siteName() == null ? "" : " (" + h.siteName() + ")", h.url() == null ? "" : h.url());
            }
        }
        out.flush();
        return 0;
    }

    static String jsonLine(ArticleSearch.QuoteHit h) {
        ObjectNode o = JSON.createObjectNode();
        o.put("schema_version", Versions.ARTICLE_SCHEMA);
        o.put("quote", h.quote());
        o.put("speaker", h.speaker());
        o.put("speaker_title", h.speakerTitle());
        o.put("cue", h.cue());
        o.put("said_on", h.saidOn());
        o.put("published", h.published());
        o.put("url", h.url());
        o.put("title", h.title());
        o.put("site_name", h.siteName());
        if (!Float.isNaN(h.score())) {
            o.put("score", h.score());
        }
        return o.toString();
    }
}
