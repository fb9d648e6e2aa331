package org.verbatim.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared for tests; tests that need it are skipped, with a message, when it is absent. */
public final class SharedCorpora {
    private SharedCorpora() {
    }

    public static Path path() {
        return Path.of(System.getProperty("verbatim.shared", "../../shared")).toAbsolutePath().normalize();
    }

    /** Skips the calling test when the corpora are absent. */
    public static Corpora require() {
        Corpora c = new Corpora(path());
        assumeTrue(c.present(), "skipped: no shared corpora at " + path() + " (they are read from ../shared)");
        return c;
    }
}
