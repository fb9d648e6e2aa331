package org.verbatim.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands what a user named on the command line into inputs: files as given, directories walked recursively in
 * sorted order (keeping only page files), {@code -} for standard input, http(s) URLs.
 */
public final class Inputs {
    /** File endings read as pages, each also with {@code .gz}. */
    public static final Set<String> PAGE_ENDINGS = Set.of(".html", ".htm", ".xhtml", ".txt");

    private Inputs() {
    }

    /**
     * Expands the arguments in order. A name that is neither a URL, {@code -}, nor an existing path is kept as a file
     * input, so that reading it reports the error in order with the others.
     */
    public static List<InputRef> expand(List<String> args) {
        List<InputRef> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                out.add(InputRef.stdin());
            } else if (InputRef.isUrl(arg)) {
                out.add(InputRef.url(arg));
            } else if (Files.isDirectory(Path.of(arg))) {
                out.addAll(walk(Path.of(arg)));
            } else {
                out.add(InputRef.file(Path.of(arg)));
            }
        }
        return out;
    }

    /** True when the file name ends with a page ending, optionally followed by {@code .gz}. */
    public static boolean isPageFile(Path p) {
        String name = stripGz(p.getFileName().toString().toLowerCase(Locale.ROOT));
        return PAGE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    /** True when the name, after an optional {@code .gz}, ends in {@code .txt}: scraped text rather than HTML. */
    public static boolean isTextFile(String name) {
        return stripGz(name.toLowerCase(Locale.ROOT)).endsWith(".txt");
    }

    static String stripGz(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    private static List<InputRef> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(Inputs::isPageFile).sorted()
                    .map(InputRef::file).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + dir + ": " + e.getMessage(), e);
        }
    }
}
