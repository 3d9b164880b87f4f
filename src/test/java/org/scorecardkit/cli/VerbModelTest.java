package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scorecardkit.ConsoleCapture;
import picocli.CommandLine;

/** A run that names its verb builds only that verb's model, and says exactly what the model of every verb says. */
class VerbModelTest {
    private static final List<String> ALL = List.of("new", "build", "validate", "serve", "tally", "print", "scan", "collect", "export", "upgrade", "help");

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static List<String> verbs(String... args) {
        return List.copyOf(Main.commandLine(args).getSubcommands().keySet());
    }

    @Test
    void aVerbWithNothingButDebugBeforeItIsBuiltAlone() {
        assertEquals(List.of("tally"), verbs("tally", "nps", "a.csv"));
        assertEquals(List.of("tally"), verbs("--debug", "tally", "nps", "a.csv", "--help"));
        assertEquals(List.of("build"), verbs("build", "--out", "x"));
    }

    @Test
    void helpVersionOptionsBeforeTheVerbAndUnknownVerbsGetEveryVerb() {
        assertEquals(ALL, verbs());
        assertEquals(ALL, verbs("--help"));
        assertEquals(ALL, verbs("--version", "tally"));
        assertEquals(ALL, verbs("--bogus", "tally"));
        assertEquals(ALL, verbs("help", "tally"));
        assertEquals(ALL, verbs("Tally", "nps"));
        assertEquals(ALL, verbs("--", "tally"));
        assertEquals(ALL, List.copyOf(Main.commandLine().getSubcommands().keySet()));
    }

    @Test
    void eachVerbsHelpIsTheSameAsFromTheModelOfEveryVerb() {
        for (String verb : ALL.subList(0, 5)) {
            String expected = Main.commandLine().getSubcommands().get(verb).getUsageMessage();
            assertEquals(0, Main.run(verb, "--help"));
            assertEquals(expected, console.out(), verb);
            console.reset();
        }
        String merge = Main.commandLine().getSubcommands().get("tally").getSubcommands().get("merge").getUsageMessage();
        assertEquals(0, Main.run("--debug", "tally", "merge", "--help"));
        assertEquals(merge, console.out());
    }

    @Test
    void debugIsTakenAfterTheVerbToo() {
        CommandLine cli = Main.commandLine(new String[] {"tally", "nps", "a.csv", "--debug"});
        CommandLine.ParseResult parsed = cli.parseArgs("tally", "nps", "a.csv", "--debug");
        assertTrue(parsed.subcommand().hasMatchedOption("--debug"));
    }

    @Test
    void anUnknownVerbIsAUsageErrorListingEveryVerb() {
        assertEquals(2, Main.run("bogus"));
        assertTrue(console.err().startsWith("Unmatched argument at index 0: 'bogus'"), console.err());
        for (String verb : ALL) {
            assertTrue(console.err().contains("\n  " + verb + " "), verb + ": " + console.err());
        }
        console.reset();
        assertEquals(2, Main.run("tallly", "nps"));
        assertTrue(console.err().contains("Did you mean: scorecard tally or scorecard collect or scorecard validate?"), console.err());
    }
}
