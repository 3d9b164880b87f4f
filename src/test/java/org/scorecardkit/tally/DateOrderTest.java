package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;
import static org.scorecardkit.tally.TallyFixtures.tallyCommand;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.tally.aggregate.Breakdown;

/**
 * The day/month order of a file's dates, settled from its own values: a day above 12 anywhere in the
 * file settles it for the dates in doubt before it too; --date-order (or site.yaml) decides for every
 * file; a file that stays in doubt counts its rows with the date unknown and lists each one.
 */
class DateOrderTest {
    private static final String HEADER = "respondent,group,date,a,b,c\n";

    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private JsonNode summary(Path out) throws Exception {
        return TallyFixtures.tree(Files.readAllBytes(out.resolve("summary.json")));
    }

    private List<String> listed(Path out) throws Exception {
        return Files.readString(out.resolve("rejects.csv")).lines().skip(1).toList();
    }

    @Test
    void aDayAboveTwelveLaterInTheFileSettlesTheDatesInDoubtBeforeIt() throws Exception {
        // 05/03 and 04/02 could be either; 13/03 can only be day first, so 05/03 is 5 March and 04/02 is 4 February.
        Path csv = file(dir, "dmy.csv", HEADER + "A,,05/03/2026,1,1,1\nB,,04/02/2026,2,2,2\nC,,13/03/2026,3,3,3\nD,,06/01/2026,4,4,4\n");
        Path out = dir.resolve("out");

        assertEquals(0, tallyCommand("trio", csv.toString(), "--by", "month", "--out", out.toString()), console.err());

        JsonNode groups = summary(out).path("groups");
        assertEquals(List.of("2026-01", "2026-02", "2026-03"), fieldNames(groups));
        assertEquals(2, groups.path("2026-03").path("n").asInt(), "A (5 March) and C");
        assertEquals(1, groups.path("2026-02").path("n").asInt(), "B (4 February)");
        assertEquals(1, groups.path("2026-01").path("n").asInt(), "D (6 January), settled when read");
        assertEquals(0, summary(out).path("problems").path("date_unknown").asInt());
    }

    @Test
    void aMonthAboveTwelveSettlesMonthFirst() throws Exception {
        Path csv = file(dir, "mdy.csv", HEADER + "A,,05/03/2026,1,1,1\nB,,11/22/26 10:15:03,2,2,2\n");
        Path out = dir.resolve("out");

        assertEquals(0, tallyCommand("trio", csv.toString(), "--by", "month", "--out", out.toString()), console.err());

        assertEquals(List.of("2026-05", "2026-11"), fieldNames(summary(out).path("groups")), "05/03 is 3 May in this file");
    }

    @Test
    void aFileThatStaysInDoubtCountsItsRowsWithTheDateUnknownAndListsEach() throws Exception {
        Path csv = file(dir, "doubt.csv", HEADER + "A,,05/03/2026,1,1,1\nB,,2026-04-01,2,2,2\nC,,04/02/2026,3,3,3\n");
        Path out = dir.resolve("out");

        assertEquals(0, tallyCommand("trio", csv.toString(), "--by", "month", "--out", out.toString()), console.err());

        JsonNode s = summary(out);
        assertEquals(3, s.path("rows").path("accepted").asInt(), "a date in doubt never drops the answers");
        assertEquals(2, s.path("groups").path(Breakdown.NO_DATE).path("n").asInt());
        assertEquals(1, s.path("groups").path("2026-04").path("n").asInt());
        assertEquals(2, s.path("problems").path("date_unknown").asInt());
        List<String> listed = listed(out);
        assertEquals(2, listed.size(), String.join("\n", listed));
        assertTrue(listed.get(0).startsWith("date unknown," + csv + ",2,date,05/03/2026,"), listed.get(0));
        assertTrue(listed.get(1).startsWith("date unknown," + csv + ",4,date,04/02/2026,"), listed.get(1));
        assertTrue(listed.get(0).contains("--date-order"), "the fix is named: " + listed.get(0));
        assertTrue(console.out().contains("warning: " + csv + ": 2 dates in column \"date\" could be day/month or month/day"),
                console.out());
    }

    @Test
    void dateOrderDecidesForEveryFileAndADateAgainstItIsUnknown() throws Exception {
        Path csv = file(dir, "given.csv", HEADER + "A,,05/03/2026,1,1,1\nB,,13/03/2026,2,2,2\n");
        Path out = dir.resolve("out");

        assertEquals(0, tallyCommand("trio", csv.toString(), "--by", "month", "--date-order", "mdy", "--out", out.toString()),
                console.err());

        JsonNode groups = summary(out).path("groups");
        assertEquals(1, groups.path("2026-05").path("n").asInt(), "05/03 read month first: 3 May");
        assertEquals(1, groups.path(Breakdown.NO_DATE).path("n").asInt(), "13/03 cannot be month first");
        List<String> listed = listed(out);
        assertEquals(1, listed.size(), String.join("\n", listed));
        assertTrue(listed.get(0).startsWith("date unknown," + csv + ",3,date,13/03/2026,"), listed.get(0));
        assertTrue(listed.get(0).contains("month/day"), listed.get(0));
    }

    /** Named rows (JSON, and the fields of a filled PDF, which the same checker reads) settle their file's order too. */
    @Test
    void namedRowsAreReadTheSameWay() throws Exception {
        Path json = file(dir, "web.json", "[{\"respondent\":\"A\",\"date\":\"13/03/2025\",\"answers\":{\"a\":1,\"b\":2,\"c\":3}},"
                + "{\"respondent\":\"B\",\"date\":\"12.03.2025\",\"answers\":{\"a\":2,\"b\":2,\"c\":2}},"
                + "{\"respondent\":\"C\",\"date\":\"2025-3-5\",\"answers\":{\"a\":3,\"b\":3,\"c\":3}}]");
        Path out = dir.resolve("out");

        assertEquals(0, tallyCommand("trio", json.toString(), "--by", "month", "--out", out.toString()), console.err());

        assertEquals(3, summary(out).path("groups").path("2025-03").path("n").asInt(), summary(out).path("groups").toString());
        assertEquals(0, summary(out).path("problems").path("date_unknown").asInt());
    }

    @Test
    void aBadDateOrderIsAUsageErrorNamingTheChoices() {
        Path csv = file(dir, "x.csv", HEADER + "A,,2026-03-05,1,1,1\n");

        assertEquals(2, tallyCommand("trio", csv.toString(), "--date-order", "ymd"));
        assertTrue(console.err().contains("--date-order") && console.err().contains("dmy") && console.err().contains("mdy"),
                console.err());
    }

    /** A saved state keeps the dates in doubt under the month their file settled them to: merged equals whole. */
    @Test
    void aStateOfDatesSettledLateMergesToTheWholeTally() throws Exception {
        Path first = file(dir, "first.csv", HEADER + "A,,05/03/2026,1,1,1\nB,,13/04/2026,2,2,2\n");
        Path second = file(dir, "second.csv", HEADER + "A,,07/03/2026,5,5,5\nC,,08/02/2026,3,3,3\nD,,02/20/2026,4,4,4\n");
        Path whole = dir.resolve("whole");
        Path merged = dir.resolve("merged");

        assertEquals(0, tallyCommand("trio", first.toString(), second.toString(), "--by", "month", "--out", whole.toString()));
        assertEquals(0, tallyCommand("trio", first.toString(), "--by", "month", "--save-state", dir.resolve("1.state").toString()));
        assertEquals(0, tallyCommand("trio", second.toString(), "--by", "month", "--save-state", dir.resolve("2.state").toString()));
        assertEquals(0, org.scorecardkit.cli.Main.run("tally", "merge", dir.resolve("1.state").toString(),
                dir.resolve("2.state").toString(), "--out", merged.toString(), "--content", TallyFixtures.CONTENT.toString()),
                console.err());

        assertArrayEquals(Files.readAllBytes(whole.resolve("summary.json")), Files.readAllBytes(merged.resolve("summary.json")));
        // second.csv is month first (02/20): its A (a later duplicate, taken back out) was 3 July, C 2 August.
        assertEquals(List.of("2026-02", "2026-03", "2026-04", "2026-08"), fieldNames(summary(merged).path("groups")));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
