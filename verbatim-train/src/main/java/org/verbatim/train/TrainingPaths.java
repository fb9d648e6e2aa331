package org.verbatim.train;

import java.nio.file.Path;
import org.verbatim.eval.Corpora;
import picocli.CommandLine.Option;

/**
 * The options every {@code ./verbatim train} command shares (a picocli mixin): where the corpora are and where the
 * trained models go, both relative to the repository root ({@code verbatim.root}, else the working directory).
 */
final class TrainingPaths {
    @Option(names = "--shared", paramLabel = "DIR", description = "The shared folder (default: ../shared).")
    Path shared;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the models (default: verbatim-core's resources).")
    Path out;

    /** The repository root. */
    static Path root() {
        return Path.of(System.getProperty("verbatim.root", ".")).toAbsolutePath().normalize();
    }

    /** The corpora, or {@code null} after saying on stderr that there are none. */
    Corpora corpora() {
        Corpora corpora = new Corpora(shared != null ? shared : root().resolve("../shared").normalize());
        if (!corpora.present()) {
            System.err.println("verbatim train: no corpora at " + corpora.shared().resolve("corpora"));
            return null;
        }
        return corpora;
    }

    /** {@code --out}, else the folder of verbatim-core's resources named by {@code resources}. */
    Path out(String resources) {
        return out != null ? out : root().resolve("verbatim-core/src/main/resources").resolve(resources);
    }
}
