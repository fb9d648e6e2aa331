package org.verbatim.testsupport.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;

/** Locates the read-only shared corpora ({@code verbatim.shared}, else {@code ../shared}); skips tests without them. */
public final class SharedFiles {
    private SharedFiles() {
    }

    /** The path {@code rel} under the shared folder; skips the calling test with a message when it is absent. */
    public static Path require(String rel) {
        String prop = System.getProperty("verbatim.shared");
        Path base = prop != null ? Paths.get(prop) : Paths.get("..", "shared");
        if (!Files.exists(base) && prop == null) {
            base = Paths.get("..", "..", "shared");
        }
        Path p = base.resolve(rel);
        Assumptions.assumeTrue(Files.exists(p), "shared data absent (" + p + "): test skipped");
        return p;
    }

    /** Reads a file, un-gzipping it when its name ends in {@code .gz}. */
    public static byte[] read(Path p) throws IOException {
        if (!p.toString().endsWith(".gz")) {
            return Files.readAllBytes(p);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }
}
