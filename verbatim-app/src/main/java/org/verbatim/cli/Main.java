package org.verbatim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code verbatim} command line; see {@code ./verbatim --help}. */
@Command(name = "verbatim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news pages into clean, structured, attributed records.",
        subcommands = {ExtractCommand.class, EvalCommand.class, DemoCommand.class, BenchCommand.class,
                AnnotateCommand.class, IngestCommand.class, SearchCommand.class, ExportCommand.class,
                QuotesCommand.class, SpeakersCommand.class, ServeCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 some inputs failed, 2 usage error). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setUsageHelpAutoWidth(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Reads the version from the jar manifest when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"verbatim " + (v == null ? "dev" : v)};
        }
    }
}
