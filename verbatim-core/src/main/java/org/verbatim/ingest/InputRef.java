package org.verbatim.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One input as the user named it: a file, standard input, or an http(s) URL.
 *
 * @param source the input as given (or the file path, for files found by walking a directory)
 * @param kind   what it is
 * @param path   the file, for {@link Kind#FILE}; else {@code null}
 */
public record InputRef(String source, Kind kind, Path path) {

    public enum Kind { FILE, STDIN, URL }

    public InputRef {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.FILE) != (path != null)) {
            throw new IllegalArgumentException("a path is required for files and only for files");
        }
    }

    public static InputRef file(Path path) {
        return new InputRef(path.toString(), Kind.FILE, path);
    }

    public static InputRef stdin() {
        return new InputRef("-", Kind.STDIN, null);
    }

    public static InputRef url(String url) {
        return new InputRef(url, Kind.URL, null);
    }

    /** True for {@code http://} and {@code https://} strings. */
    public static boolean isUrl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }
}
