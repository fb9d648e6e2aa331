package org.verbatim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's own golden pages (written for Verbatim, committed under
 * {@code org/verbatim/demo/corpus/NN-slug/{source.html,expected.json}}), read from the class path so that they work
 * from a jar and without {@code ../shared}.
 */
public final class GoldenPages {
    static final String ROOT = "/org/verbatim/demo/corpus/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldenPages() {
    }

    /** One golden page. */
    public record Golden(String slug, byte[] html, JsonNode expected) {
        public String url() {
            return expected.path("url").asText(null);
        }
    }

    /** All pages listed in {@code pages.list}, in its order. */
    public static List<Golden> all() {
        List<Golden> out = new ArrayList<>();
        for (String slug : Corpora.resourceNames(ROOT + "pages.list")) {
            out.add(new Golden(slug, read(ROOT + slug + "/source.html"), readJson(ROOT + slug + "/expected.json")));
        }
        return out;
    }

    private static byte[] read(String resource) {
        try (InputStream in = GoldenPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(String resource) {
        try {
            return JSON.readTree(read(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
