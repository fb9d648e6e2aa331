package org.verbatim.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * Reads the heuristics that Verbatim keeps as data (word lists, patterns, vocabularies) from the class path.
 * A missing resource is a packaging bug, so it throws {@link IllegalStateException} rather than returning nothing.
 */
public final class Resources {
    private Resources() {
    }

    /** The stripped, non-blank lines of a UTF-8 resource that do not start with {@code #}. */
    public static List<String> lines(Class<?> anchor, String name) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(anchor, name), StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** A UTF-8 properties resource. */
    public static Properties properties(Class<?> anchor, String name) {
        Properties p = new Properties();
        try (InputStreamReader r = new InputStreamReader(open(anchor, name), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return p;
    }

    private static InputStream open(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " (next to " + anchor.getName() + ")");
        }
        return in;
    }
}
