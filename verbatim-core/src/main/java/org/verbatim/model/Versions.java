package org.verbatim.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What produced an output, so that users can tell old records and indexes from new ones: the JSON contract's
 * {@link #ARTICLE_SCHEMA}, this release of Verbatim ({@link #VERBATIM}, which is the extractor's and the annotator's
 * version: their rules ship with the code), and a version of each learned model: the first 12 hex digits of the
 * SHA-256 of its files as shipped, so any retraining shows, and a model absent from the class path is absent here.
 * Immutable.
 */
public final class Versions {
    /** This release of Verbatim (its extractor and annotator rules). */
    public static final String VERBATIM = "0.1.0";
    /**
     * The Article JSON contract's version; see CHANGELOG.md. 2: {@code schema_version} and {@code producer} keys
     * (1 was the contract before it carried versions).
     */
    public static final int ARTICLE_SCHEMA = 2;

    /** Model name to the class-path files it is read from. */
    private static final Map<String, List<String>> MODELS = Collections.unmodifiableMap(models());

    private Versions() {
    }

    private static Map<String, List<String>> models() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        String content = "org/verbatim/extract/html/models/";
        m.put("page_types", List.of(content + "page-types.trees", content + "page-types-links.trees",
                content + "page-words.txt"));
        m.put("content", List.of(content + "content-segments.trees", content + "content-stacked.trees",
                content + "content-cuts.properties"));
        String text = "org/verbatim/extract/text/models/";
        m.put("text_lines", List.of(text + "text-lines.trees", text + "text-lines-stacked.trees",
                text + "text-page-types.trees", text + "text-line-shapes.tsv", text + "text-choice.properties"));
        for (String lang : List.of("en", "de")) {
            String dir = "org/verbatim/enrich/learned/" + lang + "/";
            m.put("quotes_" + lang, List.of(dir + "cues.tsv", dir + "cue.model", dir + "cue.trees",
                    dir + "speaker.model", dir + "continuation.model"));
        }
        return m;
    }

    /**
     * Each learned model's name to the class-path files (without a leading slash) its version digest covers, whether
     * or not they are present: every file a model is read from must be listed, or a retrained file would leave the
     * version unchanged.
     */
    public static Map<String, List<String>> modelFiles() {
        return MODELS;
    }

    /** Each learned model on the class path, by name, with the digest of its files; read once. */
    public static Map<String, String> modelVersions() {
        return Digests.VALUES;
    }

    private static final class Digests {
        static final Map<String, String> VALUES = compute();

        private static Map<String, String> compute() {
            Map<String, String> out = new LinkedHashMap<>();
            MODELS.forEach((name, files) -> {
                String d = digest(files);
                if (d != null) {
                    out.put(name, d);
                }
            });
            return Collections.unmodifiableMap(out);
        }

        private static String digest(List<String> files) {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                boolean any = false;
                ClassLoader cl = Versions.class.getClassLoader();
                for (String f : files) {
                    try (InputStream in = cl.getResourceAsStream(f)) {
                        if (in != null) {
                            md.update(f.getBytes(StandardCharsets.UTF_8));
                            md.update(in.readAllBytes());
                            any = true;
                        }
                    }
                }
                if (!any) {
                    return null;
                }
                StringBuilder sb = new StringBuilder();
                for (byte b : md.digest()) {
                    sb.append(String.format("%02x", b));
                }
                return sb.substring(0, 12);
            } catch (NoSuchAlgorithmException | IOException e) {
                throw new IllegalStateException("cannot read the model files", e);
            }
        }
    }
}
