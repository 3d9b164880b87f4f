package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;

/** {@code scorecard tally} on the command line: exit codes, the terminal summary, and the files of --out. */
class TallyCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static int tally(String... args) {
        return TallyFixtures.tallyCommand(args);
    }

    private Path withOneReject() {
        return file(dir, "r.csv", "respondent,group,date,a,b,c\nR1,,,1,2,3\nR2,,,9,2,3\n=cmd,,,1,1,x\n");
    }

    @Test
    void rejectsFailOnlyUnderStrict() {
        Path csv = withOneReject();

        assertEquals(0, tally("trio", csv.toString()));
        assertEquals(1, tally("trio", csv.toString(), "--strict"));
        // Both bad cells are ignored, their rows still count: --strict fails on anything not taken as written.
        assertTrue(console.out().contains("trio (version 2): 3 rows read = 3 accepted + 0 rejected"), console.out());
        assertTrue(console.out().contains("  listed: 2 cells ignored"), console.out());
        assertTrue(console.err().contains(csv + ":3: cell ignored (column \"a\", value \"9\"): "), console.err());
    }

    @Test
    void outWritesSummaryAndRejectsWithFormulasNeutralised() throws Exception {
        Path csv = withOneReject();
        Path report = dir.resolve("report");

        assertEquals(0, tally("trio", csv.toString(), "--out", report.toString()));

        String rejects = Files.readString(report.resolve("rejects.csv"));
        List<String> lines = rejects.lines().toList();
        assertEquals(3, lines.size(), rejects);
        assertEquals("kind,file,line,column,value,reason", lines.get(0));
        assertTrue(lines.get(1).startsWith("cell ignored," + csv + ",3,a,9,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("cell ignored," + csv + ",4,c,x,"), lines.get(2));
        assertTrue(rejects.endsWith("\r\n") && !rejects.replace("\r\n", "").contains("\n"), "CRLF line ends");
        assertEquals(3, TallyFixtures.tree(Files.readAllBytes(report.resolve("summary.json"))).path("rows").path("read").asInt());
    }

    @Test
    void theTerminalSummaryIsCompact() {
        Path csv = file(dir, "trio.csv", "respondent,group,date,a,b,c\nR1,X,,2,3,3\nR2,X,,4,4,5\nR3,Y,,3,3,4\nR4,Y,,5,4,4\nR5,Y,,9,,\n");

        assertEquals(0, tally("trio", csv.toString(), "--by", "group"));

        assertEquals(String.join("\n",
                "trio (version 2): 5 rows read = 4 accepted + 1 rejected",
                "  rejected: 1 no answers at all",
                "  listed: 1 cell ignored",
                "Score (sum): n 4, mean 11, sd 2.45, median 11.5",
                "  bands: Low 0 · Middle 2 · High 2",
                "Cronbach's alpha 0.833 (3 items, 4 respondents who answered all)",
                "item       n    mean      sd  median",
                "a          4     3.5    1.29     3.5",
                "b          4     3.5    0.58     3.5",
                "c          4       4    0.82       4",
                "warning: only 4 respondents: read the numbers with care",
                "By group:",
                "  X: n 2 (small n), score mean 10.5, sd 3.54; Low 0 · Middle 1 · High 1",
                "  Y: n 2 (small n), score mean 11.5, sd 2.12; Low 0 · Middle 1 · High 1",
                ""), console.out());
    }

    @Test
    void beforeAndAfterPairRespondentsOnTheCommandLine() {
        Path before = file(dir, "before.csv", "respondent,group,date,a,b,c\nR1,,,1,2,3\nR2,,,2,2,2\n");
        Path after = file(dir, "after.csv", "respondent,group,date,a,b,c\nR1,,,3,3,3\nR2,,,2,,5\n");

        assertEquals(0, tally("trio", "--before", before.toString(), "--after", after.toString()));

        String printed = console.out();
        assertTrue(printed.contains("Before/after: 2 respondents paired by id (before: 2 rows read, 2 accepted)"), printed);
        assertTrue(printed.contains("  score change +3 over 1 pair\n"), printed);
        assertEquals(2, tally("trio", after.toString(), "--before", before.toString(), "--after", after.toString()),
                "files besides --after are a usage error");
    }

    @Test
    void usageErrorsExitTwo() {
        Path csv = withOneReject();

        assertEquals(2, tally("trio"), "no files");
        assertEquals(2, tally("trip", csv.toString()), "no such instrument");
        assertEquals(2, tally("wall", csv.toString()), "a poster has no responses");
        assertEquals(2, tally("trio", csv.toString(), "--by", "week"));
        assertEquals(2, tally("trio", csv.toString(), "--before", csv.toString()), "--before without --after");
        assertTrue(console.err().contains("no instrument \"trip\"; instruments with responses: "), console.err());
    }

    @Test
    void unreadableInputOrInvalidContentExitOne() {
        assertEquals(1, tally("trio", dir.resolve("missing.csv").toString()));
        assertEquals(1, Main.run("tally", "trio", withOneReject().toString(), "--content", dir.resolve("nothing").toString()));
    }

    /** 1,001 groups in rows 1–1,001, then 5,000 more rows: the tally stops at the 1,001st group's line. */
    @Test
    void moreGroupsThanMaxGroupsStopAtTheFirstOneTooMany() throws Exception {
        StringBuilder csv = new StringBuilder("respondent,group,date,a,b,c\n");
        for (int i = 0; i < 6_001; i++) {
            csv.append("R").append(i).append(",team ").append(i).append(",,1,2,3\n");
        }
        Path many = file(dir, "many.csv", csv.toString());
        Path report = dir.resolve("report");

        assertEquals(1, tally("trio", many.toString(), "--by", "group", "--out", report.toString()));

        String lines = console.err();
        assertEquals("tally: more than 1,000 groups in --by group (at " + many + " line 1002: \"team 1000\"); "
                + "raise --max-groups or check the group column\n", lines);
        assertEquals("", console.out(), "no summary of a tally stopped short");
        assertTrue(!Files.exists(report.resolve("summary.json")), "no summary.json either");
        console.reset();
        assertEquals(0, tally("trio", many.toString(), "--by", "group", "--max-groups", "10000"));
        assertEquals(0, tally("trio", many.toString(), "--by", "month", "--max-groups", "1"), "every row is of one key: (no date)");
        Path months = file(dir, "months.csv", "respondent,group,date,a,b,c\nR1,,2026-01-05,1,2,3\nR2,,2026-02-05,1,2,3\n");
        console.reset();
        assertEquals(1, tally("trio", months.toString(), "--by", "month", "--max-groups", "1"));
        assertTrue(console.err().startsWith("tally: more than 1 months in --by month (at " + months
                + " line 3: \"2026-02\"); raise --max-groups or check the date column"), console.err());
        assertEquals(2, tally("trio", many.toString(), "--by", "group", "--max-groups", "0"));
    }

    /** One 400,000-character answer is quoted as its first 1,000 characters; rejects.csv keeps rejected rows whole. */
    @Test
    void aHugeFreeTextAnswerIsQuotedCapped() throws Exception {
        String huge = "\uD83D\uDE00".repeat(200_000);
        Path csv = file(dir, "nps.csv", "respondent,group,date,recommend,reason\nr1,,,9," + huge + "\nr2,,,11," + huge + "\n");
        Path report = dir.resolve("report");

        assertEquals(0, tally("nps", csv.toString(), "--out", report.toString()));

        String quoted = TallyFixtures.tree(Files.readAllBytes(report.resolve("summary.json"))).path("items").path("reason")
                .path("answers").path(0).asText();
        assertEquals("\uD83D\uDE00".repeat(1000) + " … (199,000 more characters)", quoted);
        assertTrue(Files.size(report.resolve("report.pdf")) < 200_000, "the report stays small: " + Files.size(report.resolve("report.pdf")));
        assertEquals(2, TallyFixtures.tree(Files.readAllBytes(report.resolve("summary.json"))).path("items").path("reason").path("n").asInt(),
                "r2's off-scale rating is ignored, its reason still counts");
        assertTrue(Files.readString(report.resolve("rejects.csv")).contains("cell ignored," + csv + ",3,recommend,11,"));
    }
}
