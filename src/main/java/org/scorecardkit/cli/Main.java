package org.scorecardkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scorecard} command: parses the verb and hands over to one command class per verb. */
@Command(name = "scorecard", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Customer-care instruments in YAML, built into a static survey site.",
        subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, TallyCommand.class, PrintCommand.class,
                CommandLine.HelpCommand.class},
        commandListHeading = "%nCommands:%n")
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 done, 1 failed or invalid, 2 usage error. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
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
