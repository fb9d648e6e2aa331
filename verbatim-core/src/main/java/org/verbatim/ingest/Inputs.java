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

/** Which files are pages, and of which kind. Inputs are told apart in {@link org.verbatim.ingest.dispatch.InputSources}. */
public final class Inputs {
    /** File endings read as pages, each also with {@code .gz}. */
    public static final Set<String> PAGE_ENDINGS = Set.of(".html", ".htm", ".xhtml", ".txt");

    private Inputs() {
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
}
