package org.verbatim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option that every command over the embedded index shares (a picocli mixin). */
final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "verbatim-data",
            description = "The index folder (default: ./${DEFAULT-VALUE}).")
    Path dir;
}
