package org.verbatim.ingest.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.verbatim.ingest.InputRef;
import org.verbatim.ingest.Inputs;
import org.verbatim.ingest.PageLoader;
import org.verbatim.ingest.PageSource;
import org.verbatim.ingest.RecordSource;
import org.verbatim.ingest.warc.WarcSource;

/**
 * What the user named on the command line, as record sources, in order: the one place inputs are told apart.
 * {@code -} is standard input; an http(s) URL goes to the caller's URL reader (a page, or the pages of a feed or
 * sitemap); a folder is walked recursively in sorted order, keeping archives and page files
 * ({@link Inputs#PAGE_ENDINGS}); a WARC/ARC archive (by its name, or sniffed when named on the command line, so
 * {@code crawl.warc.gz.bad} is still read as one) gives its records; any other name is read as one page, so that a
 * missing file is one failed record, reported in order with the others.
 */
public final class InputSources {
    private InputSources() {
    }

    /**
     * @param args      the inputs as given
     * @param loader    reads page files, standard input and single pages
     * @param url       the page URL for files and standard input ({@code --url}); may be {@code null}
     * @param urls      the reader of an http(s) argument
     * @param bytesRead advanced as files are read, for progress; may be {@code null}
     * @throws UncheckedIOException when a named folder cannot be walked
     */
    public static List<RecordSource> of(List<String> args, PageLoader loader, String url,
            Function<String, RecordSource> urls, AtomicLong bytesRead) {
        List<RecordSource> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                out.add(new PageSource(InputRef.stdin(), loader, url, bytesRead));
            } else if (InputRef.isUrl(arg)) {
                out.add(urls.apply(arg));
            } else if (Files.isDirectory(Path.of(arg))) {
                for (Path p : walk(Path.of(arg))) {
                    out.add(file(p, loader, url, bytesRead, false));
                }
            } else {
                out.add(file(Path.of(arg), loader, url, bytesRead, true));
            }
        }
        return out;
    }

    /** The number of sources {@link #of} gives (without reading any): URLs count one each. */
    public static int count(List<String> args) {
        int n = 0;
        for (String arg : args) {
            n += !arg.equals("-") && !InputRef.isUrl(arg) && Files.isDirectory(Path.of(arg)) ? walk(Path.of(arg)).size()
                    : 1;
        }
        return n;
    }

    private static RecordSource file(Path p, PageLoader loader, String url, AtomicLong bytesRead, boolean sniff) {
        boolean archive = WarcSource.isArchive(p) || sniff && WarcSource.looksLikeArchive(p);
        return archive ? new WarcSource(p, WarcSource.DEFAULT_MAX_BYTES, bytesRead)
                : new PageSource(InputRef.file(p), loader, url, bytesRead);
    }

    /** Archives and page files under {@code dir}, sorted. */
    public static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> WarcSource.isArchive(p) || Inputs.isPageFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The bytes of all inputs, for an estimate of progress; 0 when unknown (standard input, a URL). */
    public static long totalBytes(List<String> args) {
        long total = 0;
        for (String arg : args) {
            if (arg.equals("-") || InputRef.isUrl(arg)) {
                return 0;
            }
            Path p = Path.of(arg);
            try {
                total += Files.isDirectory(p) ? walk(p).stream().mapToLong(InputSources::size).sum() : size(p);
            } catch (UncheckedIOException e) {
                return 0;
            }
        }
        return total;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
