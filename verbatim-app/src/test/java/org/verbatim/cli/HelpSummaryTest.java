package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help reads as sentences. {@code verbatim --help} lists each command with the first paragraph of its description,
 * and picocli wraps each paragraph on its own, so a sentence split over two paragraphs where the source wrapped it
 * showed as "Loads the output of ... into" in the list and as a ragged line in a command's help.
 */
class HelpSummaryTest {
    @Test
    void everyCommandSummaryIsAWholeSentence() {
        List<String> cut = new ArrayList<>();
        walk(new CommandLine(new Main()), cut);
        assertThat(cut).isEmpty();
    }

    @Test
    void theCheckSeesTheCommandsAndTheirOptions() {
        CommandLine main = new CommandLine(new Main());
        assertThat(main.getSubcommands()).containsKeys("extract", "ingest", "index", "search", "serve", "help");
        assertThat(main.getSubcommands().get("serve").getCommandSpec().findOption("--host-name")).isNotNull();
        assertThat(splitSentences(new String[] {"Reads a page and", "writes it."})).isTrue();
        assertThat(splitSentences(new String[] {"Reads a page.", "Writes it (default: json)"})).isFalse();
    }

    private static void walk(CommandLine cmd, List<String> cut) {
        for (CommandLine sub : cmd.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            String[] description = spec.usageMessage().description();
            if (!sub.getCommandName().equals("help")
                    && (description.length == 0 || !endsSentence(description[0]) || splitSentences(description))) {
                cut.add(spec.qualifiedName() + ": " + String.join(" | ", description));
            }
            for (OptionSpec option : spec.options()) {
                if (splitSentences(option.description())) {
                    cut.add(spec.qualifiedName() + " " + option.longestName() + ": "
                            + String.join(" | ", option.description()));
                }
            }
            walk(sub, cut);
        }
    }

    /** Whether a paragraph other than the last ends inside a sentence. */
    private static boolean splitSentences(String[] paragraphs) {
        for (int i = 0; i + 1 < paragraphs.length; i++) {
            if (!endsSentence(paragraphs[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String paragraph) {
        String s = paragraph.strip();
        return !s.isEmpty() && ".:!?".indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
