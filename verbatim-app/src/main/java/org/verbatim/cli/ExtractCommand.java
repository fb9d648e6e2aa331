package org.verbatim.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.verbatim.Verbatim;
import org.verbatim.ingest.IngestException;
import org.verbatim.ingest.InputRef;
import org.verbatim.ingest.Inputs;
import org.verbatim.ingest.PageLoader;
import org.verbatim.ingest.warc.WarcSource;
import org.verbatim.model.Article;
import org.verbatim.model.Page;
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
                "INPUT is a file (.html .htm .xhtml .txt, each also .gz), a WARC/ARC/WET archive (one article per",
                "page record; WET conversion records are scraped text), a directory (walked recursively, sorted),",
                "'-' for standard input, or an http(s) URL."},
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
        List<InputRef> refs;
        try {
            refs = Inputs.expand(inputs);
        } catch (UncheckedIOException e) {
            System.err.println("verbatim extract: " + e.getMessage());
            return 1;
        }
        if (fmt == OutputFormat.JSON && (refs.size() != 1 || isArchive(refs.get(0)))) {
            fmt = OutputFormat.JSONL;
        }
        Printer printer = new Printer(new PrintStream(System.out, false, StandardCharsets.UTF_8), fmt);
        PageLoader loader = new PageLoader();
        for (InputRef ref : refs) {
            if (isArchive(ref)) {
                eachRecord(ref.path(), printer);
                continue;
            }
            try {
                printer.page(ref.source(), loader.load(ref, url));
            } catch (IngestException e) {
                printer.failed++;
                System.err.println("verbatim extract: " + e.getMessage());
            }
        }
        if (printer.out.checkError()) {
            System.err.println("verbatim extract: cannot write the output (a full disk or a closed pipe)");
            return 1;
        }
        return printer.failed == 0 ? 0 : 1;
    }

    /** A file that is a WARC, ARC or WET archive, by its name or its first bytes. */
    private static boolean isArchive(InputRef ref) {
        return ref.kind() == InputRef.Kind.FILE && java.nio.file.Files.isRegularFile(ref.path())
                && (WarcSource.isArchive(ref.path()) || WarcSource.looksLikeArchive(ref.path()));
    }

    /**
     * Extracts every page record of an archive (HTML responses; WET conversion records as scraped text), named
     * {@code FILE@OFFSET}; failed records are reported on stderr and counted; other records (requests, metadata,
     * warcinfo) are passed over.
     */
    private static void eachRecord(java.nio.file.Path file, Printer printer) {
        try {
            new WarcSource(file).read(r -> {
                if (r.page() != null) {
                    printer.page(r.page().source(), r.page());
                } else if (r.early().status() == org.verbatim.pipeline.Outcome.Status.FAILED) {
                    printer.failed++;
                    System.err.println("verbatim extract: " + r.source() + ": " + r.early().reason());
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Extracts pages and prints them in the chosen format, counting failures. */
    private final class Printer {
        final PrintStream out;
        final OutputFormat fmt;
        int failed;
        boolean first = true;

        Printer(PrintStream out, OutputFormat fmt) {
            this.out = out;
            this.fmt = fmt;
        }

        void page(String source, Page page) {
            try {
                if (explain) {
                    out.println(explanation(source, page));
                    return;
                }
                Article a = (noQuotes ? Verbatim.extract(page) : Verbatim.process(page)).withSource(source);
                if (!first && (fmt == OutputFormat.MARKDOWN || fmt == OutputFormat.TEXT)) {
                    out.println("\n---\n");
                }
                out.println(fmt.render(a));
                first = false;
            } catch (RuntimeException e) {
                failed++;
                System.err.println("verbatim extract: " + source + ": internal error: " + e);
            } finally {
                out.flush();
            }
        }
    }

    /** The {@code --explain} report of one page: a header, then a line per text segment. */
    static String explanation(String source, Page page) {
        org.verbatim.extract.html.Explanation e = page.kind() == Page.Kind.HTML
                ? new org.verbatim.extract.HtmlExtractor().explain(page)
                : new org.verbatim.extract.TextExtractor().explain(page);
        StringBuilder sb = new StringBuilder();
        sb.append(source).append('\n');
        sb.append(String.format(java.util.Locale.ROOT, "page type: %s (%.2f); body from: %s (%s); cut %.2f%n",
                e.pageType(), e.confidence(), e.source(), e.reason(), e.cut()));
        sb.append("  kept  p     tag        rules          text\n");
        for (org.verbatim.extract.html.Explanation.SegmentLine l : e.segments()) {
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
