package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;
import static org.scorecardkit.tally.TallyFixtures.tallyCommand;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;

/** {@code tally --columns map.yaml} on the command line: headers the tally cannot know, mapped by the user. */
class ColumnsOptionTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void aMapNamesWhatTheHeadersMeanAndIgnoresWhatItSaysToIgnore() throws Exception {
        Path csv = file(dir, "de.csv", "Wie heißt du?;Abteilung;Zeitstempel;Erste;Zweite;Dritte;Bemerkung\n"
                + "Ana;Nord;5.3.2026;1;2;3;gut\nBen;Süd;6.3.2026;4;4;4;\n");
        Path map = file(dir, "map.yaml", "\"Wie heißt du?\": respondent\nAbteilung: group\nZeitstempel: date\n"
                + "Erste: a\nZweite: b\nDritte: c\nBemerkung: ignore\n");
        Path out = dir.resolve("out");

        assertEquals(0, tallyCommand("trio", csv.toString(), "--columns", map.toString(), "--by", "group", "--out", out.toString()),
                console.err());

        JsonNode s = TallyFixtures.tree(Files.readAllBytes(out.resolve("summary.json")));
        assertEquals(2, s.path("rows").path("accepted").asInt());
        assertEquals(2.5, s.path("items").path("a").path("mean").asDouble(), 1e-12);
        assertEquals(1, s.path("groups").path("Süd").path("n").asInt());
        assertEquals(0, s.path("problems").path("column_ignored").asInt(), "a column mapped to ignore is not warned of");
        assertFalse(console.out().contains("ignored"), console.out());
    }

    @Test
    void withoutTheMapTheSameFileIsCountedWithItsColumnsIgnoredAndNamed() {
        Path csv = file(dir, "de.csv", "Wie heißt du?;Erste;Zweite;Dritte\nAna;1;2;3\n");

        assertEquals(0, tallyCommand("trio", csv.toString()));

        // Nothing matches: the row has no answers, and the warning names every column so the user can map them.
        assertTrue(console.out().contains("1 row read = 0 accepted + 1 rejected"), console.out());
        assertTrue(console.out().contains("columns \"Wie heißt du?\", \"Erste\", \"Zweite\", \"Dritte\" ignored"), console.out());
    }

    @Test
    void aMistakeInTheMapIsALocatedLineAndNothingIsCounted() {
        Path csv = file(dir, "x.csv", "Name,Erste\nAna,1\n");
        Path map = file(dir, "map.yaml", "Name: respondent\nErste: first\n");

        assertEquals(1, tallyCommand("trio", csv.toString(), "--columns", map.toString()));

        assertTrue(console.err().contains(map + ":2:8"), console.err());
        assertTrue(console.err().contains("first"), console.err());
        assertFalse(console.out().contains("rows read"), "nothing is counted with a broken map: " + console.out());
        assertFalse(console.err().contains("Exception"), console.err());
    }

    @Test
    void aWrittenTotalIsCheckedAgainstTheScoreAndNeverCountedInstead() throws Exception {
        Path csv = file(dir, "t.csv", "respondent,a,b,c,Total\nA,1,2,3,6\nB,2,2,2,7\nC,5,5,5,\n");
        Path out = dir.resolve("out");

        assertEquals(0, tallyCommand("trio", csv.toString(), "--out", out.toString()));

        JsonNode s = TallyFixtures.tree(Files.readAllBytes(out.resolve("summary.json")));
        assertEquals(1, s.path("problems").path("total_differs").asInt());
        assertEquals(9.0, s.path("score").path("mean").asDouble(), 1e-12, "the computed scores 6, 6 and 15");
        String listed = Files.readString(out.resolve("rejects.csv")).lines().skip(1).findFirst().orElseThrow();
        assertTrue(listed.startsWith("total differs," + csv + ",3,Total,7,"), listed);
        assertTrue(listed.contains("add up to 6"), listed);
    }
}
