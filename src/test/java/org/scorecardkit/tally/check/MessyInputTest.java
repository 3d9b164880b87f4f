package org.scorecardkit.tally.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.bytes;
import static org.scorecardkit.tally.TallyFixtures.file;
import static org.scorecardkit.tally.TallyFixtures.tally;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.tally.TallyFixtures.Run;

/**
 * Files as spreadsheets and people really write them: every row is accepted or rejected with its
 * reason and physical line, and rows read = accepted + rejected.
 */
class MessyInputTest {
    @TempDir
    Path dir;

    /** Excel with a semicolon locale: BOM, CRLF, a quoted comment with a newline and a semicolon, blank rows. */
    @Test
    void semicolonsBomCrlfQuotedNewlinesAndBlankRows() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "respondent;group;date;recommend;reason\r\n"
                + "Ann;A;2026-01-05;9;\"great; really\r\ngood\"\r\n"   // lines 2-3
                + "\r\n"                                               // line 4: blank
                + ";;;;\r\n"                                           // line 5: a blank row as Excel exports it
                + "Bob;A;2026-01-06;7;\r\n";                           // line 6
        Run run = tally("nps", bytes(dir, "excel.csv", concat(bom, text.getBytes(StandardCharsets.UTF_8))));

        assertEquals("{\"read\":2,\"accepted\":2,\"rejected\":0,\"blank_lines\":2}", run.json().path("rows").toString());
        assertEquals("[\"great; really\\r\\ngood\"]", run.item("reason").path("answers").toString());
    }

    @Test
    void tabsAndLfWork() {
        Run run = tally("trio", file(dir, "tabs.tsv", "respondent\tgroup\tdate\ta\tb\tc\nR1\t\t\t1\t2\t3\nR2\t\t\t3\t3\t3\n"));

        assertEquals(2L, run.json().path("score").path("n").asLong());
        assertEquals(7.5, run.json().path("score").path("mean").asDouble());
    }

    @Test
    void everyKindOfBadInputIsListedWithItsLineAndOnlyRowsThatCannotBeResponsesAreRejected() {
        String text = "respondent,group,date,a,b,c,instrument,version\n"
                + "R1,,,1,2,3,trio,2\n"            // 2 accepted
                + "R2,,,6,2,3,,\n"                 // 3 a outside the scale: ignored, b and c count
                + "R3,,,four,2,3,,\n"              // 4 text in a number column: ignored
                + "R4,,,2.5,2,3,,\n"               // 5 not a whole number: ignored
                + "R5,,,1,2,3,nps,\n"              // 6 another instrument: rejected
                + "R6,,,1,2,3,trio,1\n"            // 7 another version: rejected
                + "R1,,,5,5,5,,\n"                 // 8 later duplicate of R1: rejected
                + "R7,,,,,,,\n"                    // 9 no answers: rejected
                + "R8,,22/13/2026,1,1,1,,\n"       // 10 no such date: counts with the date unknown
                + "R9,,,1,1,1,,,extra\n"           // 11 a cell beyond the header (a shifted row?): rejected
                + ",,,+4,4.0,'-3,,\n"              // 12 anonymous; +4 and 4.0 are 4; '-3 is a neutralised -3: ignored
                + ",,,2,2,2,,\n";                  // 13 anonymous rows are never duplicates
        Run run = tally("trio", file(dir, "bad.csv", text));

        assertEquals(List.of("6: other-instrument", "7: other-version", "8: duplicate-respondent", "9: no-answers", "11: extra-cells"),
                run.rejectLines());
        assertEquals(List.of("3: cell ignored: a", "4: cell ignored: a", "5: cell ignored: a", "10: date unknown: date",
                "12: cell ignored: c"), run.problemLines());
        assertEquals("{\"read\":12,\"accepted\":7,\"rejected\":5,\"blank_lines\":0}", run.json().path("rows").toString());
        assertEquals("{\"extra-cells\":1,\"other-instrument\":1,\"other-version\":1,\"no-answers\":1,\"duplicate-respondent\":1}",
                run.json().path("rejects").toString());
        assertEquals("{\"row_rejected\":5,\"cell_ignored\":4,\"date_unknown\":1,\"total_differs\":0,\"column_ignored\":0,"
                + "\"mark_unclear\":0,\"double_mark\":0,\"page_not_read\":0,\"page_missing\":0}",
                run.json().path("problems").toString());
        assertEquals(List.of("6", "four", "2.5", "22/13/2026", "-3"), run.problems().stream()
                .filter(p -> p.kind() != org.scorecardkit.tally.check.ProblemKind.ROW_REJECTED).map(p -> p.value()).toList());
        assertEquals("the row is for instrument \"nps\", not \"trio\"", run.rejects().get(0).message());
        assertEquals("the row is for version \"1\" of the instrument, not version \"2\"", run.rejects().get(1).message());
        assertEquals("respondent \"R1\" already answered in " + dir.resolve("bad.csv") + " at line 2; the first answer counts",
                run.rejects().get(2).message());
        assertEquals("R1,,,5,5,5,,", run.rejects().get(2).raw());
        // Item a counts only the answers that could be read: R1 1, R8 1, row 12's +4 and row 13's 2.
        assertEquals(4, run.item("a").path("n").asInt());
        assertEquals(2.0, run.item("a").path("mean").asDouble(), 1e-12);
    }

    /** Issue 9: a column the instrument does not know is ignored (and listed), never a reason to reject rows. */
    @Test
    void anUnknownColumnIsIgnoredAndRejectsNoRow() {
        Path bad = file(dir, "bad.csv", "respondent,group,date,a,b,c,colour\nR1,,,1,2,3,red\nR2,,,1,2,3,\n");
        Path good = file(dir, "good.csv", "respondent,group,date,a,b,c\nR3,,,1,2,3\n");

        Run run = tally("trio", bad, good);

        assertEquals(List.of(), run.rejectLines());
        assertEquals(3L, run.json().path("rows").path("accepted").asLong());
    }

    @Test
    void theWebFormsOwnFieldsAreCheckedAndAFilledSpamTrapRejectsItsRow() {
        String text = "form-name,_gotcha,respondent,recommend\n"
                + "nps,,a,9\n"                        // 2 the site's form, trap empty: counts
                + "nps,buy cheap pills,b,10\n"        // 3 the trap filled in: a robot, rejected
                + "skillset,,c,7\n";                  // 4 posted by another instrument's form: rejected
        Run run = tally("nps", file(dir, "posted.csv", text));

        assertEquals(List.of("3: spam-trap", "4: other-instrument"), run.rejectLines());
        assertEquals(List.of(), run.problemLines(), "the site's own fields are not ignored columns");
        assertEquals(1, run.json().path("rows").path("accepted").asInt());
        assertTrue(run.rejects().get(0).message().contains("_gotcha"), run.rejects().get(0).message());
    }

    @Test
    void choicesAndChecksAreMatchedIgnoringCaseAndUnknownOnesIgnored() {
        String text = "respondent,group,date,energy,channel,tools,followed-up,comment\n"
                + "A,,,3,Chat,wiki; BOARD,Partly,fine\n"   // 2 accepted
                + "B,,,3,fax,,yes,\n"                      // 3 unknown option: that cell ignored
                + "C,,,3,chat,wiki;pigeon,yes,\n"          // 4 unknown option in a multiple choice: the whole cell ignored
                + "D,,,3,chat,,maybe,\n";                  // 5 unknown check answer: ignored
        Run run = tally("pulse", file(dir, "pulse.csv", text));

        assertEquals(List.of(), run.rejectLines());
        assertEquals(List.of("3: cell ignored: channel", "4: cell ignored: tools", "5: cell ignored: followed-up"), run.problemLines());
        assertEquals(List.of("fax", "wiki;pigeon", "maybe"), run.problems().stream().map(p -> p.value()).toList());
        assertEquals("{\"wiki\":1,\"board\":1,\"bot\":0}", run.item("tools").path("counts").toString());
        assertEquals("{\"chat\":3,\"email\":0}", run.item("channel").path("counts").toString());
    }

    @Test
    void anUnterminatedQuoteStopsTheFileWithARejectAtTheRowItStarts() {
        Run run = tally("trio", file(dir, "cut.csv", "respondent,group,date,a,b,c\nR1,,,1,2,3\nR2,,,1,2,\"3\nR3,,,1,2,3\n"));

        assertEquals(List.of("3: unreadable"), run.rejectLines());
        assertTrue(run.result().unreadable());
        assertEquals("{\"read\":2,\"accepted\":1,\"rejected\":1,\"blank_lines\":0}", run.json().path("rows").toString());
    }

    @Test
    void aMissingFileIsAnUnreadableInput() {
        Run run = tally("trio", dir.resolve("nowhere.csv"));

        assertEquals(List.of("0: unreadable"), run.rejectLines());
        assertEquals("cannot read the file: no such file", run.rejects().get(0).message());
        assertTrue(run.result().unreadable());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
