package org.verbatim.extract.decode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Resolves charset labels as pages write them ({@code utf8}, {@code x-sjis}, {@code latin1}, {@code win-1252}) to a
 * Java {@link Charset}. The alias table is data: {@code charset-aliases.properties} beside this class.
 */
final class CharsetNames {
    private static final String RESOURCE = "charset-aliases.properties";
    private static final Map<String, Charset> ALIASES = load();

    private CharsetNames() {
    }

    /** The charset for {@code label}, or empty when the label is null, unknown or unsupported; never throws. */
    static Optional<Charset> resolve(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String key = normalise(label);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Charset aliased = ALIASES.get(key);
        if (aliased != null) {
            return Optional.of(aliased);
        }
        try {
            return Optional.of(Charset.forName(key));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** True for charsets with one byte per character (where any byte sequence decodes, so bytes prove little). */
    static boolean isSingleByte(Charset cs) {
        return cs.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static String normalise(String label) {
        String s = label.strip();
        int from = 0;
        int to = s.length();
        while (from < to && isQuote(s.charAt(from))) {
            from++;
        }
        while (to > from && isQuote(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    private static Map<String, Charset> load() {
        Properties p = new Properties();
        try (InputStream in = CharsetNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Charset> m = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            String target = p.getProperty(key).strip();
            if (Charset.isSupported(target)) {
                m.put(key.toLowerCase(Locale.ROOT), Charset.forName(target));
            }
        }
        return Map.copyOf(m);
    }
}
