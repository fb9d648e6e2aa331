package org.verbatim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code verbatim train ...}: the trainers of Verbatim's learned components, one subcommand each. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a learned component from ../shared/corpora (seeded, reproducible) and writes it and "
                + "its training report into the repository.",
        subcommands = {TrainQuotesCommand.class})
final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
