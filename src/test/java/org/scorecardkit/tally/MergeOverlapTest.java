package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Instrument;

/**
 * Shards that share respondents merge to exactly the tally of all their files in the same order:
 * a respondent a later shard repeats is rejected there as a later duplicate, as one tally rejects
 * it, so summary.json is the same byte for byte.
 */
class MergeOverlapTest {
    private static final Path CONTENT = Path.of("content");

    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static Instrument instrument(String id) {
        ContentLoader.Result loaded = ContentLoader.load(CONTENT);
        assertTrue(loaded.ok(), "the project's content is valid");
        return loaded.content().instrument(id);
    }

    /**
     * Ids overlapping in every way: rows 40–79 repeat the respondents of rows 0–39 (the first
     * shard), rows past 150 repeat earlier ones across every shard, every 13th row repeats the
     * row three before it (within its shard), and every 11th row has no id.
     */
    private static String id(int i) {
        if (i % 11 == 0) {
            return null;
        }
        int r = i % 13 == 0 ? i - 3 : i;
        return "r" + (r >= 40 && r < 80 ? r - 40 : r % 150);
    }

    /** Tallies rows 0–400 whole and as three shards (the last of two files); returns both summary.json. */
    private List<byte[]> wholeAndMerged(String instrumentId, IntFunction<String> ids, String... options) throws Exception {
        Instrument instrument = instrument(instrumentId);
        int[] cuts = {0, 40, 200, 300, 400};
        List<Path> files = new ArrayList<>();
        for (int f = 0; f + 1 < cuts.length; f++) {
            files.add(file(dir, instrumentId + f + ".csv", GeneratedReturns.csv(instrument, cuts[f], cuts[f + 1], ids)));
        }
        Path whole = dir.resolve(instrumentId + "-whole");
        assertEquals(0, run(instrumentId, files, whole, null, options));
        List<String> merge = new ArrayList<>(List.of("tally", "merge"));
        List<List<Path>> shards = List.of(files.subList(0, 1), files.subList(1, 2), files.subList(2, 4));
        for (int s = 0; s < shards.size(); s++) {
            Path state = dir.resolve(instrumentId + s + ".state.json");
            assertEquals(0, run(instrumentId, shards.get(s), null, state, options));
            merge.add(state.toString());
        }
        Path merged = dir.resolve(instrumentId + "-merged");
        merge.addAll(List.of("--content", CONTENT.toString(), "--out", merged.toString()));
        assertEquals(0, Main.run(merge.toArray(String[]::new)), console.err());
        return List.of(Files.readAllBytes(whole.resolve("summary.json")), Files.readAllBytes(merged.resolve("summary.json")));
    }

    private static int run(String instrument, List<Path> files, Path out, Path state, String... options) {
        List<String> args = new ArrayList<>(List.of("tally", instrument));
        files.forEach(f -> args.add(f.toString()));
        args.addAll(List.of("--content", CONTENT.toString()));
        if (out != null) {
            args.addAll(List.of("--out", out.toString()));
        }
        if (state != null) {
            args.addAll(List.of("--save-state", state.toString()));
        }
        args.addAll(List.of(options));
        return Main.run(args.toArray(String[]::new));
    }

    private void assertSame(List<byte[]> wholeAndMerged) {
        String whole = new String(wholeAndMerged.get(0), StandardCharsets.UTF_8);
        assertEquals(whole, new String(wholeAndMerged.get(1), StandardCharsets.UTF_8));
        assertTrue(TallyFixtures.tree(wholeAndMerged.get(0)).path("rejects").path("duplicate-respondent").asInt() > 40, whole);
    }

    @Test
    void npsShardsSharingRespondentsMergeToTheWhole() throws Exception {
        assertSame(wholeAndMerged("nps", MergeOverlapTest::id));
    }

    @Test
    void skillsetByGroupAndByMonthMergeToTheWhole() throws Exception {
        assertSame(wholeAndMerged("skillset", MergeOverlapTest::id, "--by", "group"));
        assertSame(wholeAndMerged("skillset", MergeOverlapTest::id, "--by", "month"));
    }

    @Test
    void sevenCsShardsSharingRespondentsMergeToTheWhole() throws Exception {
        assertSame(wholeAndMerged("seven-cs", MergeOverlapTest::id, "--by", "quarter"));
    }

    /** A group whose every row is a later duplicate is no group of the whole, nor of the merge. */
    @Test
    void aGroupOnlyLaterDuplicatesMadeDisappears() throws Exception {
        Instrument nps = instrument("nps");
        Path a = file(dir, "a.csv", GeneratedReturns.header(nps) + "r1,North,,9,\nr2,North,,10,\n");
        Path b = file(dir, "b.csv", GeneratedReturns.header(nps) + "r1,South,,0,\"no\"\nr2,South,,3,\nr3,North,,10,\n");
        Path whole = dir.resolve("whole");
        assertEquals(0, run("nps", List.of(a, b), whole, null, "--by", "group"));
        assertEquals(0, run("nps", List.of(a), null, dir.resolve("a.state"), "--by", "group"));
        assertEquals(0, run("nps", List.of(b), null, dir.resolve("b.state"), "--by", "group"));

        assertEquals(0, Main.run("tally", "merge", dir.resolve("a.state").toString(), dir.resolve("b.state").toString(),
                "--content", CONTENT.toString(), "--out", dir.resolve("merged").toString()));

        String merged = Files.readString(dir.resolve("merged").resolve("summary.json"));
        assertEquals(Files.readString(whole.resolve("summary.json")), merged);
        assertTrue(!merged.contains("\"South\"") && merged.contains("\"score\" : 100"), merged);
    }

    /** The issue's case: two shards sharing r1 and r2 gave "4 accepted … NPS 0" against "2 accepted … NPS 100". */
    @Test
    void theIssuesTwoShardsGiveTwoAcceptedAndNps100() throws Exception {
        Instrument nps = instrument("nps");
        Path a = file(dir, "a.csv", GeneratedReturns.header(nps) + "r1,,,10,\nr2,,,9,\n");
        Path b = file(dir, "b.csv", GeneratedReturns.header(nps) + "r1,,,0,\nr2,,,1,\n");
        assertEquals(0, run("nps", List.of(a), null, dir.resolve("a.state")));
        assertEquals(0, run("nps", List.of(b), null, dir.resolve("b.state")));
        console.reset();

        assertEquals(0, Main.run("tally", "merge", dir.resolve("a.state").toString(), dir.resolve("b.state").toString(),
                "--content", CONTENT.toString()));

        String summary = console.out();
        assertTrue(summary.contains("4 rows read = 2 accepted + 2 rejected"), summary);
        assertTrue(summary.contains("2 later duplicate of a respondent id"), summary);
        assertTrue(summary.contains("NPS 100"), summary);
    }

    /** One tally registers the id of an accepted row only: a respondent whose earlier row was rejected counts later. */
    @Test
    void aRespondentWhoseEarlierRowWasRejectedCountsInALaterState() throws Exception {
        Instrument nps = instrument("nps");
        Path a = file(dir, "a.csv", GeneratedReturns.header(nps) + "r1,,,11,\n");
        Path b = file(dir, "b.csv", GeneratedReturns.header(nps) + "r1,,,9,\n");
        assertEquals(0, run("nps", List.of(a, b), dir.resolve("whole"), null));
        assertEquals(0, run("nps", List.of(a), null, dir.resolve("a.state")));
        assertEquals(0, run("nps", List.of(b), null, dir.resolve("b.state")));

        assertEquals(0, Main.run("tally", "merge", dir.resolve("a.state").toString(), dir.resolve("b.state").toString(),
                "--content", CONTENT.toString(), "--out", dir.resolve("merged").toString()));

        String merged = Files.readString(dir.resolve("merged").resolve("summary.json"));
        assertEquals(Files.readString(dir.resolve("whole").resolve("summary.json")), merged);
        assertTrue(merged.contains("\"accepted\" : 1") && !merged.contains("duplicate-respondent"), merged);
    }
}
