package org.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.index.ArticleSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code verbatim export}: writes every article of the index (the article JSON contract plus {@code id} and
 * {@code cluster}) as JSON lines or CSV. Quotes: one row per quote (quote, speaker, cue, dates, article).
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Exports the index as JSON lines or CSV (one row per article, or per quote).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done", "2:bad option or no index"})
public final class ExportCommand implements Callable<Integer> {
    /** CSV columns for articles; lists are joined with "; ", blocks are flattened into text. */
    static final List<String> ARTICLE_COLUMNS = List.of("id", "cluster", "url", "canonical_url", "title", "standfirst",
            "authors", "published", "modified", "site_name", "language", "text");

    /** CSV columns for quotes. */
    static final List<String> QUOTE_COLUMNS = List.of("quote", "speaker", "speaker_title", "cue", "said_on", "published",
            "url", "title", "site_name");

    @Option(names = "--what", paramLabel = "W", defaultValue = "articles", description = "articles | quotes (default: ${DEFAULT-VALUE})")
    String what;

    @Option(names = "--format", paramLabel = "F", defaultValue = "jsonl", description = "jsonl | csv (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    IndexOption index;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        String w = what.toLowerCase(Locale.ROOT);
        String f = format.toLowerCase(Locale.ROOT);
        if (!w.equals("articles") && !w.equals("quotes")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--what is articles or quotes");
        }
        if (!f.equals("jsonl") && !f.equals("csv")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format is jsonl or csv");
        }
        return index.read(s -> {
            try (OutputStream os = out == null ? nonClosing(System.out) : Files.newOutputStream(out)) {
                return export(s, new PrintStream(os, false, StandardCharsets.UTF_8), w, f);
            }
        });
    }

    private int export(ArticleSearch s, PrintStream ps, String w, String f) throws IOException {
        if (w.equals("quotes")) {
            if (f.equals("csv")) {
                ps.println(String.join(",", QUOTE_COLUMNS));
            }
            s.forEachQuote(q -> ps.println(f.equals("csv") ? quoteRow(q) : QuotesCommand.jsonLine(q)));
            return written(ps);
        }
        if (f.equals("csv")) {
            ps.println(String.join(",", ARTICLE_COLUMNS));
        }
        s.forEachArticle(a -> ps.println(f.equals("csv") ? csvRow(a) : jsonLine(a)));
        return written(ps);
    }

    /** 0 when everything reached the output, else 1 with one line (a PrintStream keeps write errors to itself). */
    private int written(PrintStream ps) {
        ps.flush();
        if (ps.checkError()) {
            System.err.println("verbatim export: cannot write " + (out == null ? "the output" : out)
                    + " (a full disk or a closed pipe)");
            return 1;
        }
        return 0;
    }

    static String jsonLine(ArticleSearch.Stored a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("cluster", a.cluster());
        o.setAll(article(a));
        return o.toString();
    }

    /** The stored article JSON with its "text" put back in its contract position (the index stores it once). */
    static ObjectNode article(ArticleSearch.Stored a) {
        ObjectNode stored = (ObjectNode) read(a.json());
        if (stored.has("text")) {
            return stored;
        }
        StringBuilder text = new StringBuilder();
        stored.path("blocks").forEach(b -> text.append(text.length() > 0 ? "\n\n" : "").append(b.path("text").asText()));
        ObjectNode o = JSON.createObjectNode();
        stored.fields().forEachRemaining(e -> {
            if (e.getKey().equals("blocks")) {
                o.put("text", text.toString());
            }
            o.set(e.getKey(), e.getValue());
        });
        return o;
    }

    static String csvRow(ArticleSearch.Stored a) {
        JsonNode j = article(a);
        StringBuilder sb = new StringBuilder();
        for (String col : ARTICLE_COLUMNS) {
            String v = switch (col) {
                case "id" -> a.id();
                case "cluster" -> a.cluster();
                case "authors" -> {
                    StringBuilder au = new StringBuilder();
                    j.path("authors").forEach(n -> au.append(au.length() > 0 ? "; " : "").append(n.asText()));
                    yield au.toString();
                }
                default -> j.path(col).isNull() || j.path(col).isMissingNode() ? "" : j.path(col).asText();
            };
            sb.append(sb.length() > 0 || !col.equals(ARTICLE_COLUMNS.get(0)) ? "," : "").append(csv(v));
        }
        return sb.toString();
    }

    static String quoteRow(ArticleSearch.QuoteHit q) {
        return String.join(",", csv(q.quote()), csv(q.speaker()), csv(q.speakerTitle()), csv(q.cue()), csv(q.saidOn()),
                csv(q.published()), csv(q.url()), csv(q.title()), csv(q.siteName()));
    }

    /** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
    static String csv(String v) {
        if (v == null) {
            return "";
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OutputStream nonClosing(OutputStream o) {
        return new java.io.FilterOutputStream(o) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
