package org.scorecardkit.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.SheetGeometry;

/** corrections.json read (every malformed entry in one line) and applied to sheets (every misfit listed). */
class CorrectionsTest {
    @TempDir
    Path tmp;

    private Path file(String json) throws Exception {
        return Files.writeString(tmp.resolve("corrections.json"), json);
    }

    @Test
    void aFileIsReadWithTheLineOfEachChoice() throws Exception {
        Corrections c = Corrections.read(file("""
                {"format": "scorecard-kit corrections 1", "instrument": "skillset", "version": "1",
                 "corrections": [
                   {"sheet": "a.pdf#1", "serial": "000001", "item": "x", "value": "4"},
                   {"sheet": "a.pdf#2", "item": "y", "value": ""}]}
                """));

        assertEquals(List.of(new Corrections.Choice(1, 3, "a.pdf#1", "000001", "x", "4"),
                new Corrections.Choice(2, 4, "a.pdf#2", "", "y", "")), c.list());
        assertEquals("4", c.choice("a.pdf#1", "x"));
        assertEquals("", c.choice("a.pdf#2", "y"));
        assertEquals(null, c.choice("a.pdf#2", "x"));
    }

    @Test
    void aFileThatIsNotCorrectionsOrHasMalformedEntriesIsOneLineNamingIt() throws Exception {
        Path f = file("{\"format\": \"scorecard-kit corrections 1\", \"corrections\": [{\"sheet\": \"a.pdf#1\"},\n"
                + "{\"sheet\": \"a.pdf#1\", \"item\": \"x\", \"value\": 4}]}");
        assertEquals(f + ": correction 1 (line 1) needs \"sheet\", \"item\" and a text \"value\"; correction 2 (line 2) needs"
                + " \"sheet\", \"item\" and a text \"value\"", assertThrows(Corrections.Invalid.class, () -> Corrections.read(f)).getMessage());

        Path other = file("{\"format\": \"something else\"}");
        assertEquals(other + ": not a corrections file (its \"format\" must be \"scorecard-kit corrections 1\"); save it again"
                + " from review.html", assertThrows(Corrections.Invalid.class, () -> Corrections.read(other)).getMessage());

        Path broken = file("{\"format\": ");
        assertEquals(true, assertThrows(Corrections.Invalid.class, () -> Corrections.read(broken)).getMessage()
                .startsWith(broken + ": not readable as corrections JSON ("));
        Path missing = tmp.resolve("nowhere.json");
        assertEquals(missing + ": file not found; give the corrections.json that review.html saved",
                assertThrows(Corrections.Invalid.class, () -> Corrections.read(missing)).getMessage());
    }

    /** A one-page sheet of {@code items} items with values 1..3, on a.pdf#1. */
    private static ScannedSheet sheet(String... items) {
        RegisteredPage page = new RegisteredPage("a.pdf", 1, "skillset", "1", 1, "000001", null, 0);
        List<ItemReading> readings = new java.util.ArrayList<>();
        for (String item : items) {
            List<BubbleFill> fills = List.of("1", "2", "3").stream()
                    .map(v -> new BubbleFill(new SheetGeometry.Bubble(item, v, 0, 0, 5, false), v.equals("2") ? 0.2 : 0, 0, 0, 5))
                    .toList();
            readings.add(new ItemReading(item, Decision.UNCLEAR, List.of("2"), "a mark is neither filled nor empty: 2", fills));
        }
        return new ScannedSheet("a.pdf#1", "000001", "skillset", "1", List.of(new PageReading(page, readings, 0.5)), List.of(), "", "");
    }

    @Test
    void everyChoiceThatDoesNotFitIsListedAndTheOthersApply() {
        Instrument skillset = ReturnedSheets.instrument("skillset");
        Corrections c = new Corrections("c.json", "skillset", skillset.version(), List.of(
                new Corrections.Choice(1, 3, "a.pdf#1", "000001", "importance-of-service", "3"),
                new Corrections.Choice(2, 4, "a.pdf#1", "000001", "importance-of-service", "1"),
                new Corrections.Choice(3, 5, "a.pdf#1", "", "empathy-typo", "1"),
                new Corrections.Choice(4, 6, "a.pdf#1", "", "open-to-improvement", "1")));

        SheetCorrections.Corrected r = SheetCorrections.apply(List.of(sheet("importance-of-service")), c, skillset);

        assertEquals(List.of(
                "c.json: correction 2 (line 4): item \"importance-of-service\" of sheet a.pdf#1 is corrected again (first by"
                        + " correction 1 (line 3)); keep one",
                "c.json: correction 3 (line 5): sheet a.pdf#1 has no item \"empathy-typo\" (its items: importance-of-service)",
                "c.json: correction 4 (line 6): item \"open-to-improvement\" is on a page of sheet a.pdf#1 that was not read"),
                r.errors());
        ItemReading item = r.sheets().get(0).items().get(0);
        assertEquals("3", item.answer());
        assertEquals("corrected (a mark is neither filled nor empty: 2)", item.reason());
    }

    @Test
    void correctionsMadeForAnotherInstrumentAreOneError() {
        Instrument skillset = ReturnedSheets.instrument("skillset");
        Corrections c = new Corrections("c.json", "nps", "1", List.of(new Corrections.Choice(1, 3, "a.pdf#1", "", "recommend", "9")));

        SheetCorrections.Corrected r = SheetCorrections.apply(List.of(sheet("importance-of-service")), c, skillset);

        assertEquals(List.of("c.json: made for nps version 1, but the scan reads skillset version " + skillset.version()
                + "; give the corrections.json that this scan's review.html saved"), r.errors());
    }
}
