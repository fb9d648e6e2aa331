package org.verbatim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code verbatim} command line; see {@code ./verbatim --help}. */
@Command(name = "verbatim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news pages into clean, structured, attributed records.",
        subcommands = {ExtractCommand.class, EvalCommand.class, DemoCommand.class, BenchCommand.class,
                AnnotateCommand.class, IngestCommand.class, IndexCommand.class, SearchCommand.class,
                ExportCommand.class, QuotesCommand.class, SpeakersCommand.class, ServeCommand.class,
                ReannotateCommand.class, RenderTextCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line and returns the exit code (0 ok, 1 some inputs failed or the environment refused, 2 usage
     * error). Errors are one line on standard error ({@code verbatim COMMAND: reason}); {@code VERBATIM_DEBUG=1}
     * adds the stack trace of an unexpected one.
     */
    public static int run(String... args) {
        return new CommandLine(new Main()).setUsageHelpAutoWidth(true)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd))
                .execute(args);
    }

    /** A usage mistake: one line naming it, and where to read the usage; exit 2. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = qualifiedName(cmd);
        cmd.getErr().println(name + ": " + oneLine(e.getMessage()) + " (see: " + name + " --help)");
        return 2;
    }

    /** What a command threw: one line, exit 1 (the environment refused: a full disk, a folder that cannot be made). */
    private static int failure(Exception e, CommandLine cmd) {
        String name = qualifiedName(cmd);
        if (Errors.isIo(e)) {
            cmd.getErr().println(name + ": " + Errors.describe(e));
        } else {
            cmd.getErr().println(name + ": internal error: " + oneLine(String.valueOf(e))
                    + " (VERBATIM_DEBUG=1 shows where)");
        }
        if (System.getenv("VERBATIM_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        }
        return 1;
    }

    private static String qualifiedName(CommandLine cmd) {
        return cmd.getParent() == null ? "verbatim" : "verbatim " + cmd.getCommandName();
    }

    private static String oneLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
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
