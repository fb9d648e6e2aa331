package org.verbatim.train;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./verbatim train ...}: retrains the shipped models from the corpora in {@code ../shared}. */
@Command(name = "verbatim train", mixinStandardHelpOptions = true,
        description = {"Retrains a shipped model from ../shared/corpora, seeded and reproducible, and writes it with "
                + "its training report into the source tree (commit both)."},
        subcommands = {TrainExtractorCommand.class, TrainTextCommand.class, org.verbatim.cli.TrainQuotesCommand.class,
                CommandLine.HelpCommand.class})
public final class TrainMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new TrainMain()).setUsageHelpAutoWidth(true).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
