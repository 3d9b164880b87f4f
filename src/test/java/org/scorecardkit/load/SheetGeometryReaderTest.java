package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.cli.Main;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SheetGeometry;
import org.scorecardkit.render.pdf.GeometryJson;

/** The geometry reader gives back the model the renderer wrote, and refuses anything else in one line. */
class SheetGeometryReaderTest {
    @TempDir
    Path tmp;

    @Test
    void theGeometryFilesOfABuiltSiteReadBackToTheirModelAndItsFingerprint() throws Exception {
        Path site = tmp.resolve("site");
        assertEquals(0, Main.run("build", "--content", "content", "--out", site.toString()));
        for (String file : new String[] {"skillset/skillset-a4.geometry.json", "seven-cs/seven-cs-letter.geometry.json"}) {
            Path json = site.resolve(file);
            SheetGeometry read = SheetGeometryReader.read(json);
            assertEquals(Files.readString(json), GeometryJson.of(read), file + " written again from what was read");
            assertTrue(Files.readString(json).contains("\"fingerprint\" : \"" + read.fingerprint() + "\""), file);
        }
        SheetGeometry sevenCs = SheetGeometryReader.read(site.resolve("seven-cs/seven-cs-letter.geometry.json"));
        assertEquals(2, sevenCs.pages().size(), "the 7 Cs take two Letter pages");
        assertEquals(Paper.LETTER.heightPt(), sevenCs.height(), 0.001f);
    }

    private static String json() {
        return GeometryJson.of(org.scorecardkit.model.SheetGeometryFixture.sample());
    }

    @Test
    void anotherFormatVersionIsRefusedInOneLineNamingBoth() {
        String old = json().replace(SheetGeometry.FORMAT, "scorecard-kit sheet geometry 1");
        var e = assertThrows(SheetGeometryReader.Invalid.class, () -> SheetGeometryReader.parse(old, "old.geometry.json"));
        assertEquals("old.geometry.json: format \"scorecard-kit sheet geometry 1\", but this version reads "
                + "\"scorecard-kit sheet geometry 2\"; rebuild the site (scorecard build) and use the new file", e.getMessage());
        String none = json().replace("\"format\" : \"" + SheetGeometry.FORMAT + "\",", "");
        var e2 = assertThrows(SheetGeometryReader.Invalid.class, () -> SheetGeometryReader.parse(none, "x.json"));
        assertTrue(e2.getMessage().startsWith("x.json: no \"format\" (written by an older Scorecard Kit)"), e2.getMessage());
    }

    @Test
    void aBubbleMovedByHandNoLongerMatchesTheFingerprint() {
        String moved = json().replace("\"x\" : 120,", "\"x\" : 121,");
        assertFalse(moved.equals(json()), "the sample has a bubble at x 120");
        var e = assertThrows(SheetGeometryReader.Invalid.class, () -> SheetGeometryReader.parse(moved, "g.json"));
        assertTrue(e.getMessage().startsWith("g.json: the fingerprint "), e.getMessage());
        assertTrue(e.getMessage().contains("was changed after it was written"), e.getMessage());
    }

    @Test
    void aMissingFieldIsNamedByItsPath() {
        String broken = json().replaceFirst("\"value\" : \"2\",", "");
        var e = assertThrows(SheetGeometryReader.Invalid.class, () -> SheetGeometryReader.parse(broken, "g.json"));
        assertEquals("g.json: pages[0].bubbles[1].value is missing or not text; rebuild the site (scorecard build) "
                + "and use the new file", e.getMessage());
        var notJson = assertThrows(SheetGeometryReader.Invalid.class, () -> SheetGeometryReader.parse("{\"pages\": [", "g.json"));
        assertTrue(notJson.getMessage().startsWith("g.json: not JSON (line 1, column "), notJson.getMessage());
        var none = assertThrows(SheetGeometryReader.Invalid.class, () -> SheetGeometryReader.read(Path.of("nowhere.json")));
        assertTrue(none.getMessage().startsWith("nowhere.json: file not found"), none.getMessage());
    }
}
