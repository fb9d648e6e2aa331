package org.verbatim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option that every command over the embedded index shares (a picocli mixin). */
final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "verbatim-data",
            description = "The index folder (default: ./${DEFAULT-VALUE}).")
    Path dir;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    /** Fails with a usage error (exit 2) when {@code --index} names something that is not a folder. */
    void requireNotAFile() {
        if (java.nio.file.Files.exists(dir) && !java.nio.file.Files.isDirectory(dir)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--index " + dir + " is a file, not a folder");
        }
    }
}
