package org.scorecardkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code scorecard} command: parses the verb and hands over to one command class per verb;
 * any unexpected failure ends the run with one line on stderr and exit 1 ({@link RunGuard}).
 */
@Command(name = "scorecard", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Customer-care instruments in YAML, built into a static survey site.",
        subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, TallyCommand.class, PrintCommand.class,
                CommandLine.HelpCommand.class},
        commandListHeading = "%nCommands:%n")
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    // Inherited by every verb, so it is accepted before or after the verb. RunGuard reads it from the
    // arguments themselves, since a failure may come before picocli has parsed them.
    @Option(names = RunGuard.DEBUG, scope = ScopeType.INHERIT,
            description = "on an unexpected failure, print the full stack trace")
    boolean debug;

    public static void main(String[] args) {
        System.exit(RunGuard.run(Main::commandLine, true, args));
    }

    /**
     * Runs the command line in this JVM and returns its exit code (never exits): 0 done, 1 failed
     * or invalid, 2 usage error. System.out and System.err are the same streams afterwards.
     */
    public static int run(String... args) {
        return RunGuard.run(Main::commandLine, false, args);
    }

    /** The command line of every verb. Colours are off: the terminal filter would show their escapes as text. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. \"scorecard build\"");
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"Scorecard Kit " + (v == null ? "development" : v)};
        }
    }
}
