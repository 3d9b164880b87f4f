package org.scorecardkit.tally.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.tally.TallyFixtures;

/**
 * The attack on the scorecards, through the command line: 李明 printed as a blank name and
 * Łukasz saved as ukasz.pdf. Every script the shipped fonts cover is printed and names its file;
 * a script they do not cover (Devanagari) is a visible substitute with the row named, on the card
 * and in a warning.
 */
class ScorecardScriptsTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    private List<String> tally(String rows) throws Exception {
        Path csv = TallyFixtures.file(dir, "names.csv", "respondent,group,date,a,b,c\n" + rows);
        assertEquals(0, Main.run("tally", "trio", csv.toString(), "--content", TallyFixtures.CONTENT.toString(),
                "--out", dir.resolve("out").toString(), "--scorecards"), console.err());
        try (Stream<Path> files = Files.list(dir.resolve("out/scorecards"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private String card(String file) throws Exception {
        return PdfLines.text(Files.readAllBytes(dir.resolve("out/scorecards").resolve(file)));
    }

    @Test
    void namesInEveryScriptTheFontsCoverArePrintedAndNameTheirFiles() throws Exception {
        List<String> names = List.of("李明", "Łukasz", "محمد", "Мария", "Ελένη", "דוד", "さくら");
        StringBuilder rows = new StringBuilder();
        names.forEach(n -> rows.append(n).append(",X,,3,4,5\n"));

        List<String> files = tally(rows.toString());

        assertEquals(names.stream().map(n -> n + ".pdf").sorted().toList(), files);
        for (String name : names) {
            String card = card(name + ".pdf");
            assertTrue(card.contains(name), name + " is printed on its card:\n" + card);
            assertFalse(card.contains("□"), card);
        }
        assertFalse(console.err().contains("warning"), console.err());
    }

    @Test
    void aNameInAScriptNoFontCoversIsAVisibleSubstituteWithItsRowNamedNeverBlank() throws Exception {
        List<String> files = tally("Ann,X,,3,4,5\nप्रिया,X,,2,2,2\n");

        assertEquals(List.of("Ann.pdf", "प्रिया.pdf"), files, "the file keeps the name as written");
        String card = card("प्रिया.pdf");
        assertTrue(card.contains("□□□□□□ (the respondent on line 3 of " + dir.resolve("names.csv") + ") · group X"), card);
        assertTrue(console.err().contains("warning: scorecards/प्रिया.pdf: U+092A DEVANAGARI LETTER PA in the respondent's id,"
                + " group or date (line 3 of " + dir.resolve("names.csv") + ") is shown as □"), console.err());
    }

    @Test
    void fileNamesAreNfcWithUnsafeCharactersReplacedNeverDroppedAndClashesNumbered() throws Exception {
        List<String> files = tally("Jose\u0301,X,,3,4,5\nJosé,X,,3,4,5\na/b:c?,X,,3,4,5\nŁukasz,X,,3,4,5\nłukasz,X,,1,1,1\n"
                + "Ann  Lee,X,,3,4,5\nCON,X,,3,4,5\n");

        assertEquals(List.of("Ann__Lee.pdf", "CON_.pdf", "José-2.pdf", "José.pdf", "a_b_c_.pdf", "Łukasz.pdf", "łukasz-2.pdf"),
                files);
        assertTrue(files.contains("Jos\u00e9.pdf"), "NFC: é is one character");
    }

    @Test
    void theSafeNameKeepsEveryCharacterInPlace() {
        assertEquals("Łukasz", Scorecards.safe("Łukasz"));
        assertEquals("李明", Scorecards.safe("李明"));
        assertEquals("Mary_O'Neil", Scorecards.safe("Mary O'Neil"));
        assertEquals("_hidden_", Scorecards.safe(".hidden."));
        assertEquals("tab_and_newline_", Scorecards.safe("tab\tand\nnewline\u0000"));
        assertEquals("nul_.txt", Scorecards.safe("nul.txt"), "Windows reads NUL.txt.pdf as the device NUL");
        assertEquals("console", Scorecards.safe("console"));
    }
}
