package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.cli.Main;
import org.scorecardkit.tally.aggregate.Breakdown;
import org.scorecardkit.tally.report.SummaryJson;
import org.scorecardkit.tally.stats.Summary;

/** Saved states merged equal the tally of the whole, byte for byte, and the same input always gives the same bytes. */
public class MergeTest {
    private static final String HEADER = "respondent,group,date,energy,channel,tools,followed-up,comment\n";

    @TempDir
    Path dir;

    /** 300 pulse rows of every answer type, some partial, some rejected, in 3 groups over 7 months. */
    public static List<String> rows() {
        Random random = new Random(42);
        String[] tools = {"", "wiki", "board;bot", "wiki;board;bot"};
        String[] checks = {"yes", "partly", "no", ""};
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String energy = i % 37 == 0 ? "7" : random.nextInt(6) == 0 ? "" : Integer.toString(1 + random.nextInt(4));
            rows.add("p" + i + "," + "ABC".charAt(i % 3) + ",2026-0" + (1 + i % 7) + "-1" + (i % 10) + "," + energy + ","
                    + (random.nextBoolean() ? "chat" : "email") + "," + tools[random.nextInt(4)] + ","
                    + checks[random.nextInt(4)] + "," + (i % 4 == 0 ? "\"note " + i + ", with a comma\"" : "") + "\n");
        }
        return rows;
    }

    private Path csv(String name, List<String> rows) {
        return file(dir, name, HEADER + String.join("", rows));
    }

    private byte[] stateOf(Path csv, Breakdown by) throws Exception {
        Path state = dir.resolve(csv.getFileName() + ".state.json");
        TallyOutputs.run(TallyFixtures.instrument("pulse"), new Tally.Options(List.of(csv), by, List.of()).keepingRespondents(true),
                new TallyOutputs.Request(null, state));
        return Files.readAllBytes(state);
    }

    @Test
    void threeShardsMergedGiveTheWholesSummaryByteForByte() throws Exception {
        List<String> rows = rows();
        for (Breakdown by : new Breakdown[] {null, Breakdown.GROUP, Breakdown.QUARTER}) {
            Path whole = csv("whole.csv", rows);
            byte[] expected = SummaryJson.of(TallyFixtures.tally("pulse", by, whole).result().summary());
            List<Path> states = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                Path shard = csv("shard" + s + ".csv", rows.subList(s * 100, s * 100 + 100));
                stateOf(shard, by);
                states.add(dir.resolve(shard.getFileName() + ".state.json"));
            }

            Summary merged = Merge.merge(TallyFixtures.content(), states);

            assertEquals(new String(expected, StandardCharsets.UTF_8), new String(SummaryJson.of(merged), StandardCharsets.UTF_8));
            assertArrayEquals(expected, SummaryJson.of(merged));
        }
    }

    @Test
    void theMergeCommandWritesTheSameSummaryJson() throws Exception {
        List<String> rows = rows();
        Path wholeOut = dir.resolve("whole-out");
        Path mergedOut = dir.resolve("merged-out");
        String content = TallyFixtures.CONTENT.toString();
        assertEquals(0, Main.run("tally", "pulse", csv("whole.csv", rows).toString(), "--content", content, "--out", wholeOut.toString()));
        assertEquals(0, Main.run("tally", "pulse", csv("a.csv", rows.subList(0, 150)).toString(), "--content", content,
                "--save-state", dir.resolve("a.state").toString()));
        assertEquals(0, Main.run("tally", "pulse", csv("b.csv", rows.subList(150, 300)).toString(), "--content", content,
                "--save-state", dir.resolve("b.state").toString()));

        assertEquals(0, Main.run("tally", "merge", dir.resolve("a.state").toString(), dir.resolve("b.state").toString(),
                "--content", content, "--out", mergedOut.toString()));

        for (String name : List.of("summary.json", "report.html")) {
            assertArrayEquals(Files.readAllBytes(wholeOut.resolve(name)), Files.readAllBytes(mergedOut.resolve(name)), name);
        }
    }

    @Test
    void statesOfOtherInstrumentsOrBreakdownsDoNotMerge() throws Exception {
        Path pulse = csv("p.csv", rows().subList(0, 10));
        stateOf(pulse, null);
        Path grouped = csv("g.csv", rows().subList(10, 20));
        stateOf(grouped, Breakdown.GROUP);
        Path junk = file(dir, "junk.json", "{\"format\": \"something else\"}");

        Merge.MergeException mixed = assertThrows(Merge.MergeException.class, () -> Merge.merge(TallyFixtures.content(),
                List.of(dir.resolve("p.csv.state.json"), dir.resolve("g.csv.state.json"))));
        assertTrue(mixed.getMessage().endsWith("the state was saved --by group, the others without one"), mixed.getMessage());
        Merge.MergeException notState = assertThrows(Merge.MergeException.class, () -> Merge.merge(TallyFixtures.content(), List.of(junk)));
        assertTrue(notState.getMessage().contains("not a tally state saved with --save-state"), notState.getMessage());
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        Path whole = csv("whole.csv", rows());
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        for (Path out : List.of(one, two)) {
            TallyOutputs.run(TallyFixtures.instrument("pulse"), new Tally.Options(List.of(whole), Breakdown.MONTH, List.of()).keepingRespondents(true),
                    new TallyOutputs.Request(out, out.resolve("state.json")));
        }
        for (String name : List.of("summary.json", "rejects.csv", "state.json", "report.html")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
        }
        assertTrue(Files.readString(one.resolve("rejects.csv")).lines().count() > 1, "the fixture has rejects");
    }
}
