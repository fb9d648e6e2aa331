package org.verbatim.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.verbatim.ingest.InputRef;
import org.verbatim.ingest.Outcome;
import org.verbatim.ingest.PageLoader;
import org.verbatim.ingest.PageSource;
import org.verbatim.ingest.RecordSource;
import org.verbatim.ingest.dispatch.InputSources;
import org.verbatim.model.Article;
import org.verbatim.model.Page;
import org.verbatim.pipeline.PagePath;
import org.verbatim.pipeline.PageProcessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verbatim extract}: pages in, articles out. One input with {@code json}: one pretty object; several inputs
 * or {@code jsonl}: one compact object per line in input order. Exit 0 when every input was extracted, 1 when some
 * failed (each reported on stderr, the others still written), 2 on a usage error.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts clean articles from HTML pages or scraped text.",
                "INPUT is a file (.html .htm .xhtml .txt, each also .gz), a WARC/ARC/WET archive (each page record; "
                        + "WET conversion records are scraped text), a directory (walked recursively, sorted), '-' "
                        + "for standard input, or an http(s) URL."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was extracted", "1:some inputs failed (reasons on stderr)", "2:usage error"})
final class ExtractCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            description = "json | jsonl | markdown | text | html (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--url", paramLabel = "URL", description = "The page's URL, for inputs read from files or stdin.")
    String url;

    @Option(names = "--no-quotes", description = "Skip who-said-what (quotes, speakers, entities, time expressions).")
    boolean noQuotes;

    @Option(names = "--explain", description = "Instead of the article, show why: the page type, which candidate body "
            + "won and why, and each text segment with its content probability, kept (+) or dropped (-), and what "
            + "the rules made of it (HTML pages).")
    boolean explain;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, directories, '-' or URLs.")
    List<String> inputs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputFormat fmt = parseFormat();
        PageLoader loader = new PageLoader();
        List<RecordSource> sources;
        try {
            sources = InputSources.of(inputs, loader, url, u -> new PageSource(InputRef.url(u), loader, null), null);
            if (fmt == OutputFormat.JSON && InputSources.count(inputs) != 1) {
                fmt = OutputFormat.JSONL;
            }
        } catch (UncheckedIOException e) {
            System.err.println("verbatim extract: " + e.getMessage());
            return 1;
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PageProcessor pages = new PageProcessor(PagePath.standard(java.time.Clock.systemUTC()), !noQuotes, true,
                PageProcessor.StepTimer.NONE, null);
        OutputFormat f = fmt;
        int[] failed = {0};
        boolean[] first = {true};
        RecordSource.Sink sink = r -> {
            if (r.early() != null) {
                if (r.early().status() == Outcome.Status.FAILED) {
                    failed[0]++;
                    String why = r.early().reason();
                    System.err.println("verbatim extract: " + (why.startsWith(r.source()) ? why
                            : r.source() + (r.recordId() == null ? "" : " " + r.recordId()) + ": " + why));
                }
                return; // a skipped archive record (a request, a revisit): not a page
            }
            try {
                if (explain) {
                    out.println(explanation(r.source(), r.page()));
                } else {
                    // a record of an archive is named by the archive and the record ("crawl.warc.gz#<urn:uuid:...>")
                    Article a = pages.article(r.page())
                            .withSource(r.recordId() == null ? r.source() : r.source() + "#" + r.recordId());
                    if (!first[0] && (f == OutputFormat.MARKDOWN || f == OutputFormat.TEXT)) {
                        out.println("\n---\n");
                    }
                    out.println(f.render(a));
                    first[0] = false;
                }
            } catch (RuntimeException e) {
                failed[0]++;
                System.err.println("verbatim extract: " + r.source() + ": internal error: " + e);
            }
            out.flush();
        };
        try {
            for (RecordSource s : sources) {
                s.read(sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        if (out.checkError()) {
            System.err.println("verbatim extract: cannot write the output (a full disk or a closed pipe)");
            return 1;
        }
        return failed[0] == 0 ? 0 : 1;
    }

    /** The {@code --explain} report of one page: a header, then a line per text segment. */
    static String explanation(String source, Page page) {
        org.verbatim.extract.html.body.Explanation e = page.kind() == Page.Kind.HTML
                ? new org.verbatim.extract.HtmlExtractor(java.time.Clock.systemUTC()).explain(page)
                : new org.verbatim.extract.TextExtractor(java.time.Clock.systemUTC()).explain(page);
        StringBuilder sb = new StringBuilder();
        sb.append(source).append('\n');
        sb.append(String.format(java.util.Locale.ROOT, "page type: %s (%.2f); body from: %s (%s); cut %.2f%n",
                e.reportedPageType(), e.reportedConfidence(), e.source(), e.reason(), e.cut()));
        if (!java.util.Objects.equals(e.pageType(), e.reportedPageType())
                || e.confidence() != e.reportedConfidence()) {
            // the body rules read the content classifier, which may see the page otherwise
            sb.append(String.format(java.util.Locale.ROOT, "page type the body rules read: %s (%.2f)%n",
                    e.pageType(), e.confidence()));
        }
        sb.append("  kept  p     tag        rules          text\n");
        for (org.verbatim.extract.html.body.Explanation.SegmentLine l : e.segments()) {
            String text = l.text().replace('\n', ' ');
            sb.append(String.format(java.util.Locale.ROOT, "  %s     %s  %-10s %-14s %s%n", l.kept() ? "+" : "-",
                    Float.isNaN(l.probability()) ? "  -  " : String.format(java.util.Locale.ROOT, "%.2f",
                            l.probability()), l.tag(), (l.inRules() ? "root" : "-") + "/" + l.pruned(),
                    text.length() > 100 ? text.substring(0, 97) + "..." : text));
        }
        return sb.toString();
    }

    private OutputFormat parseFormat() {
        try {
            return OutputFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + format + "' (use json, jsonl, markdown, text or html)");
        }
    }
}
