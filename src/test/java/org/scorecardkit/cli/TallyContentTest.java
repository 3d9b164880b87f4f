package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.TestFiles;

/** What {@code scorecard tally} reads of the content: site.yaml and its instrument, every problem there located, nothing else. */
class TallyContentTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    private Path content() {
        return TestFiles.copyTree(Path.of("content"), tmp.resolve("content"));
    }

    private Path answers() throws IOException {
        return Files.writeString(tmp.resolve("nps.csv"), "respondent,group,date,recommend,reason\r\nr1,A,2026-01-05,9,fine\r\nr2,B,2026-01-06,3,\r\n");
    }

    @Test
    void aBrokenPageOrAnotherBrokenInstrumentDoesNotStopATallyButStopsValidate() throws IOException {
        Path content = content();
        Files.writeString(content.resolve("pages/workshop.md"), "# Workshop\n\nSee [the missing page](missing.md).\n");
        Files.writeString(content.resolve("instruments/skillset.yaml"), "id: skillset\nversion: [\n");

        assertEquals(0, Main.run("tally", "nps", answers().toString(), "--content", content.toString()), console.err());
        assertTrue(console.out().contains("nps (version 1): 2 rows read = 2 accepted + 0 rejected"), console.out());
        assertFalse(console.err().contains("workshop.md"), console.err());

        assertEquals(1, Main.run("validate", content.toString()));
        assertTrue(console.err().contains("pages/workshop.md:3:"), console.err());
    }

    @Test
    void aMistakeInTheInstrumentIsPrintedWithFileLineAndColumnAndNothingIsCounted() throws IOException {
        Path content = content();
        Path nps = content.resolve("instruments/nps.yaml");
        Files.writeString(nps, Files.readString(nps).replace("    scale: likelihood\n", "    scale: likelyhood\n"));

        assertEquals(1, Main.run("tally", "nps", answers().toString(), "--content", content.toString()));

        assertTrue(console.err().contains(content.resolve("instruments/nps.yaml") + ":20:12: "), console.err());
        assertTrue(console.err().contains("likelyhood"), console.err());
        assertFalse(console.out().contains("rows read"), console.out());
    }

    @Test
    void anUnknownInstrumentIsAUsageErrorListingTheInstrumentsWithResponses() throws IOException {
        Path content = content();
        Files.writeString(content.resolve("pages/workshop.md"), "# Workshop\n\n[broken](nowhere.md)\n");

        assertEquals(2, Main.run("tally", "npss", answers().toString(), "--content", content.toString()));
        assertTrue(console.err().contains("no instrument \"npss\"; instruments with responses: skillset, attributes, seven-cs, bad-news, nps, complaint"), console.err());

        assertEquals(2, Main.run("tally", "creed", answers().toString(), "--content", content.toString()));
        assertTrue(console.err().contains("\"creed\" is a poster, which has no responses; instruments with responses: skillset, attributes, seven-cs, bad-news, nps, complaint"),
                console.err());
    }

    @Test
    void aMergeLoadsTheInstrumentOfItsStatesAlone() throws IOException {
        Path content = content();
        Path state = tmp.resolve("nps.state");
        assertEquals(0, Main.run("tally", "nps", answers().toString(), "--content", content.toString(), "--save-state", state.toString()),
                console.err());
        Files.writeString(content.resolve("pages/workshop.md"), "# Workshop\n\n[broken](nowhere.md)\n");

        assertEquals(0, Main.run("tally", "merge", state.toString(), "--content", content.toString()), console.err());
        assertTrue(console.out().contains("NPS 0 "), console.out());

        Path nps = content.resolve("instruments/nps.yaml");
        Files.writeString(nps, Files.readString(nps).replace("kind: nps\n", "kind: npx\n"));
        assertEquals(1, Main.run("tally", "merge", state.toString(), "--content", content.toString()));
        assertTrue(console.err().contains(nps + ":4:7: "), console.err());
    }
}
