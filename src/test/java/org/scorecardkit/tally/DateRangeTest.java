package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;

/**
 * The first and last response date, through the tally command: summary.json's {@code dates} on the
 * whole and per group, from ISO dates, Google Forms timestamps and dates whose day/month order a file
 * settles (or never does: then they do not count); none without dates; a merge of saved states spans
 * all of them, states of format 4 (no range) merge with their range unknown; the report's header
 * writes the range in days.
 */
class DateRangeTest {
    private static final String CHECKSUM = ",\n  \"checksum\" : \"";

    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path tally(String csvName, String csv, String... more) {
        Path out = dir.resolve(csvName + ".out");
        List<String> args = new ArrayList<>(List.of("tally", "nps", file(dir, csvName, csv).toString(), "--out", out.toString(),
                "--content", TallyFixtures.CONTENT.toString()));
        args.addAll(List.of(more));
        assertEquals(0, Main.run(args.toArray(String[]::new)), console.err());
        return out;
    }

    private static JsonNode summary(Path out) throws Exception {
        return TallyFixtures.tree(Files.readAllBytes(out.resolve("summary.json")));
    }

    private static String range(JsonNode numbers) {
        JsonNode d = numbers.path("dates");
        return d.isMissingNode() ? "none" : d.path("first").asText() + ".." + d.path("last").asText();
    }

    @Test
    void isoDatesGiveTheFirstAndLastDayOnTheWholeAndPerGroup() throws Exception {
        Path out = tally("iso.csv", "respondent,group,date,recommend\n"
                + "r1,North,2026-03-05,9\nr2,South,2026-05-30T18:00:00+02:00,3\nr3,North,2026-03-01,10\n"
                + "r4,South,,7\nr5,East,,8\n", "--by", "group");

        JsonNode s = summary(out);
        assertEquals("2026-03-01..2026-05-30", range(s), "the time and zone are dropped: days only");
        assertEquals("2026-03-01..2026-03-05", range(s.path("groups").path("North")));
        assertEquals("2026-05-30..2026-05-30", range(s.path("groups").path("South")), "a row without a date does not count");
        assertEquals("none", range(s.path("groups").path("East")), "a group with no date has no range");
    }

    @Test
    void googleFormsTimestampsGiveTheirDays() throws Exception {
        Path out = tally("forms.csv", "Timestamp,recommend\n"
                + "2026/04/02 11:59:03 PM GMT+1,9\n2026/03/15 10:15:03 AM GMT+1,6\n2026/04/01 08:00:00 AM GMT+1,10\n");

        assertEquals("2026-03-15..2026-04-02", range(summary(out)));
    }

    @Test
    void datesInDoubtCountOnceTheirFileSettlesTheOrder() throws Exception {
        // 05/03 and 04/02 could be either; 13/03 is day first, so they are 5 March and 4 February (not 3 May).
        String csv = "respondent,group,date,recommend\nr1,North,05/03/2026,9\nr2,South,04/02/2026,3\nr3,North,13/03/2026,10\n";
        for (String[] by : new String[][] {{}, {"--by", "group"}, {"--by", "month"}}) {
            JsonNode s = summary(tally("dmy" + by.length + (by.length > 0 ? by[1] : "") + ".csv", csv, by));
            assertEquals("2026-02-04..2026-03-13", range(s), String.join(" ", by));
            if (by.length > 0 && by[1].equals("group")) {
                assertEquals("2026-03-05..2026-03-13", range(s.path("groups").path("North")));
                assertEquals("2026-02-04..2026-02-04", range(s.path("groups").path("South")));
            }
            if (by.length > 0 && by[1].equals("month")) {
                assertEquals("2026-03-05..2026-03-13", range(s.path("groups").path("2026-03")));
                assertEquals("2026-02-04..2026-02-04", range(s.path("groups").path("2026-02")));
            }
        }
    }

    @Test
    void datesThatStayInDoubtDoNotCount() throws Exception {
        // 11/12 could be 11 December or 12 November, and nothing in the file settles it.
        String csv = "respondent,group,date,recommend\nr1,North,11/12/2026,9\nr2,North,2026-04-01,3\nr3,South,01/02/2026,8\n";
        for (String[] by : new String[][] {{}, {"--by", "group"}, {"--by", "month"}}) {
            JsonNode s = summary(tally("doubt" + by.length + (by.length > 0 ? by[1] : "") + ".csv", csv, by));
            assertEquals("2026-04-01..2026-04-01", range(s), String.join(" ", by));
            assertEquals(2, s.path("problems").path("date_unknown").asInt());
            if (by.length > 0 && by[1].equals("group")) {
                assertEquals("none", range(s.path("groups").path("South")));
            }
        }
    }

    @Test
    void noDatesNoRangeAndNoDatesInTheHeader() throws Exception {
        Path out = tally("plain.csv", "respondent,recommend\nr1,9\nr2,3\n");

        assertTrue(summary(out).path("dates").isMissingNode(), "left out, not null");
        assertFalse(header(out).contains(" · "), header(out));
    }

    @Test
    void theReportHeaderWritesTheRangeInDaysThatNeverBreakWithin() throws Exception {
        Path out = tally("header.csv", "respondent,date,recommend\nr1,2026-05-30,9\nr2,2026-03-01,3\n");

        // A phone may break the line at "to", never inside a day.
        assertTrue(header(out).contains("<span class=\"nowrap\">1 March 2026</span> to <span class=\"nowrap\">30 May 2026</span>"),
                header(out));
        Path one = tally("oneday.csv", "respondent,date,recommend\nr1,2026-03-01,9\n");
        assertTrue(header(one).contains("<span class=\"nowrap\">1 March 2026</span>"), header(one));
    }

    /** The line under the report's title: n and the dates. */
    private static String header(Path out) throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        int at = html.indexOf("<p class=\"sub\">");
        assertTrue(at >= 0, "the report has its header line");
        return html.substring(at, html.indexOf("</p>", at));
    }

    private Path state(String name, String csv, String... more) {
        Path state = dir.resolve(name + ".state");
        List<String> args = new ArrayList<>(List.of("tally", "nps", file(dir, name + ".csv", csv).toString(), "--save-state",
                state.toString(), "--content", TallyFixtures.CONTENT.toString()));
        args.addAll(List.of(more));
        assertEquals(0, Main.run(args.toArray(String[]::new)), console.err());
        return state;
    }

    private Path merge(String name, Path... states) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("tally", "merge"));
        for (Path s : states) {
            args.add(s.toString());
        }
        args.addAll(List.of("--out", out.toString(), "--content", TallyFixtures.CONTENT.toString()));
        console.reset();
        assertEquals(0, Main.run(args.toArray(String[]::new)), console.err());
        return out;
    }

    @Test
    void aMergeOfSavedStatesSpansAllTheirDates() throws Exception {
        Path may = state("may", "respondent,group,date,recommend\nr1,North,2026-05-30,9\nr2,South,2026-05-01,3\n", "--by", "group");
        Path march = state("march", "respondent,group,date,recommend\nr3,North,2026-03-10,9\nr4,South,2026-03-01,3\n"
                + "r5,West,,6\n", "--by", "group");

        JsonNode s = summary(merge("merged", may, march));

        assertEquals("2026-03-01..2026-05-30", range(s));
        assertEquals("2026-03-10..2026-05-30", range(s.path("groups").path("North")));
        assertEquals("2026-03-01..2026-05-01", range(s.path("groups").path("South")));
        assertEquals("none", range(s.path("groups").path("West")));
        assertTrue(Files.readString(may).contains(", \"2026-05-30\" ]"), "a respondent's record keeps its date");
        assertTrue(Files.readString(march).contains("\"dates\" : null"), "no row without an id, no range of them");
    }

    @Test
    void aLaterDuplicateLeavesTheRangeAsOneTallyWould() throws Exception {
        String a = "respondent,date,recommend\nr1,2026-03-05,9\n,2026-03-07,8\n";
        String b = "respondent,date,recommend\nr1,2026-01-01,3\nr2,05/03/2026,9\nr3,13/03/2026,10\n,2026-03-08,6\n";
        Path whole = tally("whole.csv", a + b.substring(b.indexOf('\n') + 1));

        JsonNode merged = summary(merge("dups", state("a", a), state("b", b)));

        assertEquals("2026-03-05..2026-03-13", range(summary(whole)), "r1's second row is a duplicate: its 1 January never counts");
        assertEquals(range(summary(whole)), range(merged));
        assertEquals(summary(whole).path("n"), merged.path("n"));
    }

    @Test
    void aStateOfFormat4MergesWithItsRangeUnknown() throws Exception {
        Path old = asFormat4(state("old", "respondent,date,recommend\nr1,2026-01-02,9\n"), "old4.state");
        Path now = state("now", "respondent,date,recommend\nr2,2026-03-01,3\nr3,2026-03-09,10\n");

        JsonNode both = summary(merge("both", old, now));
        assertEquals(3, both.path("n").asInt());
        assertEquals("2026-03-01..2026-03-09", range(both), "the old state's rows count as rows of unknown date");

        assertEquals("none", range(summary(merge("alone", old))));
    }

    @Test
    void aRangeThatIsNoneIsRefused() throws Exception {
        Path saved = state("bad", "respondent,date,recommend\n,2026-03-01,9\n,2026-03-09,3\n");
        String json = Files.readString(saved);
        String[][] cases = {
            {"\"first\" : \"2026-03-01\"", "\"first\" : \"2026-03-10\"", "whole.dates starts after it ends"},
            {"\"first\" : \"2026-03-01\"", "\"first\" : \"2026-02-30\"", "whole.dates.first is \"2026-02-30\", not a date"},
        };
        for (String[] c : cases) {
            assertTrue(json.contains(c[0]), json);
            Path tampered = resealed(json.replace(c[0], c[1]), "tampered.state");
            console.reset();
            assertEquals(1, Main.run("tally", "merge", tampered.toString(), "--out", dir.resolve("x").toString(),
                    "--content", TallyFixtures.CONTENT.toString()));
            assertTrue(console.err().contains(c[2]), console.err());
        }
        Path missing = resealed(json.replaceAll(",\\s*\"dates\" : \\{[^}]*\\}", ""), "missing.state");
        console.reset();
        assertEquals(1, Main.run("tally", "merge", missing.toString(), "--out", dir.resolve("y").toString(),
                "--content", TallyFixtures.CONTENT.toString()));
        assertTrue(console.err().contains("whole.dates is missing"), console.err());
    }

    /** The state as format 4 wrote it: no "dates" anywhere, its tag 4, sealed again with a correct checksum. */
    private Path asFormat4(Path state, String name) throws Exception {
        String json = Files.readString(state);
        String old = json.replaceAll(",\\s*\"dates\" : (null|\\{[^}]*\\})", "").replaceAll("\\], (null|\"[0-9-]+\") \\]", "] ]")
                .replace("tally state 5", "tally state 4");
        assertFalse(old.contains("\"dates\"") || old.contains("2026-01-02"), old);
        return resealed(old, name);
    }

    /** The text of a state sealed with a correct checksum, as {@code name}. */
    private Path resealed(String json, String name) throws Exception {
        String content = json.substring(0, json.lastIndexOf(CHECKSUM));
        byte[] sum = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        return Files.writeString(dir.resolve(name), content + CHECKSUM + HexFormat.of().formatHex(sum) + "\"\n}\n");
    }
}
