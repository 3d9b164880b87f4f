package org.scorecardkit.tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.tally.TallyFixtures;

/** {@code scorecard tally … --out}: summary.json carries every interval of issue 11, on the whole and per group. */
class UncertaintyCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private JsonNode summary(Path out) throws Exception {
        return TallyFixtures.tree(Files.readAllBytes(out.resolve("summary.json")));
    }

    /*
     * The ten answers of TallyFixtures.npsCsv (North: 5 promoters; South: 3 passives, 2 detractors) and a small
     * East of one promoter and one detractor. Whole: P 6, passives 3, D 3, n 12, score 25.
     *   n' = 15, p'P = 6.75/15 = 0.45, p'D = 3.75/15 = 0.25, NPS' = 0.2, V' = 0.7 − 0.04 = 0.66,
     *   half = 196·√(0.66/15) = 41.113307: [−21.113307, 61.113307].
     * North against the rest (P 1, passives 3, D 3, score −28.571429): difference 128.571429;
     *   V'/n' = 0.052734375 (North, n' 8) + 0.051 (rest: n' 10, p'P 0.175, p'D 0.375, V' 0.55 − 0.04);
     *   centre 100·(0.625 + 0.2) = 82.5, half = 196·√0.103734 = 63.127330: [19.372670, 145.627330], clear of 0.
     * South against the rest (P 6, D 1, score 71.428571): difference −111.428571; V'/n' 0.046875 + 0.06;
     *   centre 100·(−0.25 − 0.5) = −75: [−139.075814, −10.924186], clear of 0.
     * East (score 0) against the rest (P 5, passives 3, D 2, score 30): −30, [−107.652538, 61.498692], small.
     */
    @Test
    void npsIntervalsAndEachGroupsDifferenceFromTheRestAreInSummaryJson() throws Exception {
        Path csv = file(dir, "nps.csv", TallyFixtures.npsCsv() + "r10,East,,10,\nr11,East,,3,\n");
        Path out = dir.resolve("report");

        assertEquals(0, TallyFixtures.tallyCommand("nps", csv.toString(), "--by", "group", "--out", out.toString()));

        JsonNode json = summary(out);
        JsonNode nps = json.path("nps");
        assertEquals("[-21.113307,61.113307]", nps.path("ci95").toString());
        assertEquals("adjusted-wald", nps.path("ci95_method").asText());
        assertFalse(nps.has("vs_rest"), "the whole has no rest");
        JsonNode north = json.path("groups").path("North").path("nps");
        assertEquals(128.571429, north.path("vs_rest").path("difference").asDouble());
        assertEquals("[19.37267,145.62733]", north.path("vs_rest").path("ci95").toString());
        assertTrue(north.path("vs_rest").path("clear_of_zero").asBoolean());
        assertEquals(7, north.path("vs_rest").path("rest_n").asInt());
        JsonNode south = json.path("groups").path("South").path("nps").path("vs_rest");
        assertEquals("[-139.075814,-10.924186]", south.path("ci95").toString());
        JsonNode east = json.path("groups").path("East").path("nps");
        assertEquals("[-107.652538,61.498692]", east.path("vs_rest").path("ci95").toString());
        assertTrue(east.path("small").asBoolean());
        assertTrue(east.path("vs_rest").path("small").asBoolean());
        assertFalse(east.path("vs_rest").path("clear_of_zero").asBoolean());
        assertEquals(2, east.path("ci95").size(), "a small group still has its interval");
        assertTrue(json.path("groups").path("East").path("warnings").get(0).asText().startsWith("only 2 respondents in East"),
                "the small-n warning stays");
    }

    /** The trio matrix of AlphaDetailTest, and a before/after pairing: the alpha and change intervals reach the file. */
    @Test
    void alphaAndPairedChangeIntervalsAreInSummaryJson() throws Exception {
        Path after = file(dir, "after.csv", HandWorkedNumbersTest.TRIO);
        Path before = file(dir, "before.csv", "respondent,group,date,a,b,c\nR1,,,1,3,3\nR2,,,3,4,4\nR3,,,3,3,3\n");
        Path out = dir.resolve("report");

        assertEquals(0, TallyFixtures.tallyCommand("trio", "--before", before.toString(), "--after", after.toString(),
                "--out", out.toString()));

        JsonNode json = summary(out);
        assertEquals("[-0.0998,0.988689]", json.path("alpha_ci95").toString());
        assertEquals(0.727273, json.path("alpha_detail").path("items").path("b").path("alpha_if_dropped").asDouble());
        assertEquals(0.904534, json.path("alpha_detail").path("items").path("b").path("item_rest").asDouble());
        // a: R1 1 → 2, R2 3 → 4, R3 3 → 3: changes 1, 1, 0, mean 2/3, sd √(1/3) = 0.577350,
        // t.975(2) = 4.302653: 0.666667 ± 4.302653·0.577350/√3 = 0.666667 ± 1.434218.
        JsonNode a = json.path("comparison").path("items").path("a");
        assertEquals(3, a.path("n").asInt());
        assertEquals("[-0.767551,2.100884]", a.path("ci95").toString());
        assertTrue(a.path("small").asBoolean());
    }
}
