package org.verbatim.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --format text|jsonl} option of the commands that list index entries (a picocli mixin). */
final class ListFormat {
    @Option(names = "--format", paramLabel = "F", defaultValue = "text", description = "text | jsonl (default: ${DEFAULT-VALUE})")
    String format;

    /** True for jsonl (or json), false for text; any other value is a usage error of {@code spec}'s command. */
    boolean jsonl(CommandSpec spec) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "jsonl", "json" -> true;
            case "text" -> false;
            default -> throw new ParameterException(spec.commandLine(),
                    "unknown format '" + format + "' (use text or jsonl)");
        };
    }
}
