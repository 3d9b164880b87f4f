package org.scorecardkit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code scorecard} command: parses the verb and hands over to one command class per verb;
 * any unexpected failure ends the run with one line on stderr and exit 1 ({@link RunGuard}).
 */
// The verbs are registered in code, not in the annotation, so that a run builds the model of its own verb only.
@Command(name = "scorecard", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Customer-care instruments in YAML, built into a static survey site.",
        commandListHeading = "%nCommands:%n")
public final class Main implements Runnable {
    /** The verbs, in the order the usage lists them ("help" comes last, after them). */
    private static final Map<String, Supplier<Object>> VERBS = new LinkedHashMap<>();

    static {
        VERBS.put("new", NewCommand::new);
        VERBS.put("build", BuildCommand::new);
        VERBS.put("validate", ValidateCommand::new);
        VERBS.put("serve", ServeCommand::new);
        VERBS.put("tally", TallyCommand::new);
        VERBS.put("print", PrintCommand::new);
        VERBS.put("scan", ScanCommand::new);
        VERBS.put("collect", CollectCommand::new);
        VERBS.put("export", ExportCommand::new);
        VERBS.put("upgrade", UpgradeCommand::new);
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    // Inherited by every verb, so it is accepted before or after the verb. RunGuard reads it from the
    // arguments themselves, since a failure may come before picocli has parsed them.
    @Option(names = RunGuard.DEBUG, scope = ScopeType.INHERIT,
            description = "on an unexpected failure, print the full stack trace")
    boolean debug;

    public static void main(String[] args) {
        System.exit(RunGuard.run(() -> commandLine(args), true, args));
    }

    /**
     * Runs the command line in this JVM and returns its exit code (never exits): 0 done, 1 failed
     * or invalid, 2 usage error. System.out and System.err are the same streams afterwards.
     */
    public static int run(String... args) {
        return RunGuard.run(() -> commandLine(args), false, args);
    }

    /** The command line of every verb. Colours are off: the terminal filter would show their escapes as text. */
    static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line for these arguments: when they name a verb, with nothing but {@code --debug}
     * before it, only that verb's model is built (picocli takes a third of a second to build them
     * all); otherwise, for the help, the version and every usage error, all of them, as the usage
     * lists them. A verb's parse, help and errors never involve the other verbs, so both agree.
     */
    static CommandLine commandLine(String[] args) {
        String verb = args == null ? null : verbToBuildAlone(args);
        CommandLine cli = new CommandLine(new Main());
        // Before the colours are set: picocli applies settings only to the subcommands it already has.
        VERBS.forEach((name, command) -> {
            if (verb == null || verb.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        if (verb == null) {
            cli.addSubcommand("help", new CommandLine.HelpCommand());
        }
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return cli;
    }

    /** The verb the arguments run when it is all they need (only --debug before it, as the launcher finds it), else null. */
    private static String verbToBuildAlone(String[] args) {
        for (String arg : args) {
            if (!arg.equals(RunGuard.DEBUG)) {
                return VERBS.containsKey(arg) ? arg : null;
            }
        }
        return null;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. \"scorecard build\"");
    }

    /** The version from the jar's manifest (or "development" when run from classes), then the Java in use. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            // The Java too: which one a launcher picked (JAVA_HOME or PATH) is the first question when a run fails.
            String vendor = System.getProperty("java.vendor.version", System.getProperty("java.vendor", ""));
            return new String[] {"Scorecard Kit " + (v == null ? "development" : v),
                "Java " + System.getProperty("java.version") + (vendor.isBlank() ? "" : " (" + vendor + ")")
                    + " at " + System.getProperty("java.home")};
        }
    }
}
