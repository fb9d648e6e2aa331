package org.verbatim.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Loads the word lists under {@code src/main/resources/org/verbatim/enrich/}: one entry a line, '#' comments. */
final class Lexicon {
    private Lexicon() {
    }

    /** The non-comment, non-blank lines of a resource, stripped. */
    static List<String> lines(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a resource, lower-cased (ROOT), as an immutable set. */
    static Set<String> lowerSet(String name) {
        return Set.copyOf(lines(name).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }
}
