package org.verbatim.cli;

import java.io.IOException;
import org.verbatim.index.ArticleSearch;
import org.verbatim.index.IndexException;
import org.verbatim.index.QueryException;

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

    /** {@code value} of {@code option} (a count such as {@code --limit}); a usage error (exit 2) unless positive. */
    int positive(String option, int value) {
        if (value < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + " must be positive");
        }
        return value;
    }

    /** What a command does with the open index; returns the exit code. */
    @FunctionalInterface
    interface Reading {
        int run(ArticleSearch search) throws IOException;
    }

    /**
     * Opens the index for reading and runs {@code body}: the one place the commands over the index check it. A
     * missing or outdated index, or a query the index refuses, is one line on standard error ("verbatim COMMAND:
     * ...") and exit code 2.
     */
    int read(Reading body) throws IOException {
        requireNotAFile();
        try (ArticleSearch s = ArticleSearch.open(dir)) {
            return body.run(s);
        } catch (IndexException | QueryException e) {
            System.err.println("verbatim " + spec.commandLine().getCommandName() + ": " + e.getMessage());
            return 2;
        }
    }
}
