package org.verbatim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.verbatim.extract.text.TextRenderer;
import org.verbatim.ingest.IngestException;
import org.verbatim.ingest.InputRef;
import org.verbatim.ingest.Inputs;
import org.verbatim.ingest.PageLoader;
import org.verbatim.ingest.warc.WarcSource;
import org.verbatim.model.Page;
import org.verbatim.ingest.Outcome;
import org.verbatim.ingest.SourceRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code verbatim render-text INPUT... OUT}: HTML pages to the plain text a scraper or Common Crawl's WET conversion
 * gives ({@link TextRenderer}: the title first, then one line per block of visible text). OUT ending in {@code .wet},
 * {@code .wet.gz} or {@code .warc.wet.gz} is written as a WET archive (a warcinfo record, then one {@code conversion}
 * record per page, gzipped per record when the name ends in {@code .gz}); any other OUT is a folder that gets one
 * {@code .txt} file per page, at the page's path relative to the input folder (archive records as
 * {@code ARCHIVE/NNNNN.txt}).
 */
@Command(name = "render-text", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Renders HTML pages to WET-like plain text: the title first, then one line per block of "
                + "visible text (scripts, styles and hidden elements dropped).",
                "INPUT is an HTML file (.html .htm .xhtml, each also .gz), a folder (walked recursively, sorted) or a "
                        + "WARC archive (its HTML responses). OUT is a folder of .txt files, or a WET archive when it "
                        + "ends in .wet or .wet.gz."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every page was rendered", "1:some inputs failed (reasons on stderr)", "2:usage error"})
final class RenderTextCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT... OUT", arity = "2..*",
            description = "HTML files, folders or WARC archives, then the output folder or .wet(.gz) file.")
    List<String> args;

    @Override
    public Integer call() throws IOException {
        Path out = Path.of(args.get(args.size() - 1));
        List<String> inputs = args.subList(0, args.size() - 1);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean wet = name.endsWith(".wet") || name.endsWith(".wet.gz");
        int[] counts = new int[3]; // rendered, skipped, failed
        try (Output o = wet ? new WetOutput(out, name.endsWith(".gz")) : new FolderOutput(out)) {
            for (String in : inputs) {
                renderInput(Path.of(in), o, counts);
            }
        }
        System.out.printf("%d pages rendered, %d records skipped, %d failed -> %s%n", counts[0], counts[1],
                counts[2], out);
        return counts[2] == 0 ? 0 : 1;
    }

    private static void renderInput(Path in, Output out, int[] counts) throws IOException {
        if (Files.isDirectory(in)) {
            for (Path p : walk(in)) {
                renderFile(p, in.relativize(p), out, counts);
            }
        } else {
            renderFile(in, in.getFileName(), out, counts);
        }
    }

    private static void renderFile(Path file, Path relative, Output out, int[] counts) throws IOException {
        if (WarcSource.isArchive(file) || WarcSource.looksLikeArchive(file)) {
            Instant date = Files.getLastModifiedTime(file).toInstant();
            int[] n = {0};
            try {
                new WarcSource(file).read(r -> record(r, relative, date, n, out, counts));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return;
        }
        try {
            Page page = new PageLoader().load(InputRef.file(file), null);
            out.write(relative.resolveSibling(textName(relative.getFileName().toString())), page,
                    Files.getLastModifiedTime(file).toInstant(), counts);
        } catch (IngestException e) {
            counts[2]++;
            System.err.println("render-text: " + e.getMessage());
        }
    }

    /** One record of an archive: its HTML page rendered, anything else counted. */
    private static void record(SourceRecord r, Path relative, Instant date, int[] n, Output out, int[] counts) {
        if (r.page() != null && r.page().kind() == Page.Kind.HTML) {
            try {
                out.write(relative.resolve(String.format(Locale.ROOT, "%05d.txt", n[0]++)), r.page(), date, counts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (r.early() != null && r.early().status() == Outcome.Status.FAILED) {
            counts[2]++;
            System.err.println("render-text: " + r.source() + ": " + r.early().reason());
        } else {
            counts[1]++;
        }
    }

    /** {@code a.html.gz} gives {@code a.txt}. */
    static String textName(String name) {
        String n = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        int dot = n.lastIndexOf('.');
        return (dot > 0 ? n.substring(0, dot) : n) + ".txt";
    }

    private static List<Path> walk(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> WarcSource.isArchive(p) || Inputs.isPageFile(p))
                    .filter(p -> !Inputs.isTextFile(p.getFileName().toString())).sorted().toList();
        }
    }

    /** Where rendered pages go. */
    private interface Output extends AutoCloseable {
        void write(Path relative, Page page, Instant date, int[] counts) throws IOException;

        @Override
        void close() throws IOException;
    }

    private static String text(Page page) {
        return page.kind() == Page.Kind.HTML ? TextRenderer.render(page.content(), page.contentType())
                : new String(page.content(), StandardCharsets.UTF_8);
    }

    /** One {@code .txt} file per page under a folder. */
    private static final class FolderOutput implements Output {
        private final Path root;

        FolderOutput(Path root) throws IOException {
            this.root = Files.createDirectories(root);
        }

        @Override
        public void write(Path relative, Page page, Instant date, int[] counts) throws IOException {
            Path target = root.resolve(relative.toString()).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("refusing to write outside " + root + ": " + relative);
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, text(page), StandardCharsets.UTF_8);
            counts[0]++;
        }

        @Override
        public void close() {
        }
    }

    /**
     * A WET archive: a warcinfo record, then one conversion record per page with the page's URL (for files without
     * one, the file's URI), the file's modification time as {@code WARC-Date} and a record id derived from the
     * URL and the text, so that rendering the same pages twice gives the same archive.
     */
    private static final class WetOutput implements Output {
        private final WarcWriter writer;

        WetOutput(Path file, boolean gzip) throws IOException {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            writer = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE);
            String info = "software: verbatim render-text\r\nformat: WARC File Format 1.1\r\n"
                    + "description: visible text of HTML pages, the title first, one line per block\r\n";
            writer.write(new Warcinfo.Builder().date(Instant.EPOCH).filename(file.getFileName().toString())
                    .recordId(UUID.nameUUIDFromBytes(file.getFileName().toString().getBytes(StandardCharsets.UTF_8)))
                    .body(MediaType.parse("application/warc-fields"), info.getBytes(StandardCharsets.UTF_8)).build());
        }

        @Override
        public void write(Path relative, Page page, Instant date, int[] counts) throws IOException {
            String url = page.url() != null ? page.url() : Path.of(page.source()).toAbsolutePath().toUri().toString();
            byte[] text = text(page).getBytes(StandardCharsets.UTF_8);
            byte[] key = (url + "\n" + new String(text, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            writer.write(new WarcConversion.Builder().addHeader("WARC-Target-URI", safeUri(url)).date(date)
                    .recordId(UUID.nameUUIDFromBytes(key)).body(MediaType.parse("text/plain"), text).build());
            counts[0]++;
        }

        /** URLs from pages may hold characters a URI refuses: those are percent-encoded. */
        static String safeUri(String url) {
            StringBuilder sb = new StringBuilder();
            for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
                    sb.append((char) c);
                } else {
                    sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
                }
            }
            return sb.toString();
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }
}
