package org.verbatim.cli;

import java.nio.file.Path;

/** Where the repository and the shared corpora are, as the {@code ./verbatim} launcher tells us. */
final class Paths {
    private Paths() {
    }

    /** The repository root: system property {@code verbatim.root} (set by the launcher), else the working directory. */
    static Path root() {
        return Path.of(System.getProperty("verbatim.root", ".")).toAbsolutePath().normalize();
    }

    /** {@code ../shared} beside the repository, unless {@code verbatim.shared} says otherwise. */
    static Path shared() {
        String s = System.getProperty("verbatim.shared");
        return s != null ? Path.of(s) : root().resolve("../shared").normalize();
    }
}
