package org.scorecardkit.tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;
import static org.scorecardkit.tally.TallyFixtures.tally;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.tally.TallyFixtures.Run;

/**
 * Every statistic of the tally against numbers worked out by hand, read from summary.json as
 * written (six decimals) and from the summary records.
 */
class HandWorkedNumbersTest {
    @TempDir
    Path dir;

    /*
     * trio, four complete respondents and one partial (b unanswered):
     *         a  b  c   sum
     *   R1    2  3  3    8
     *   R2    4  4  5   13
     *   R3    3  3  4   10
     *   R4    5  4  4   13
     *   R5    1  –  2   (no score: b is required)
     * a: 2 4 3 5 1 → n 5, mean 3, deviations −1 1 0 2 −2, Σd² 10, var 10/4, sd 1.581139, median 3
     * b: 3 4 3 4   → n 4, mean 3.5, Σd² 1, var 1/3, sd 0.577350, median (3+4)/2 = 3.5
     * c: 3 5 4 4 2 → n 5, mean 3.6, Σd² 5.2, var 1.3, sd 1.140175, median 4
     * score: 8 13 10 13 → n 4, mean 11, Σd² 9+4+1+4 = 18, var 6, sd 2.449490, median (10+13)/2 = 11.5;
     *   bands Low 3–7: 0, Middle 8–11: 2, High 12–15: 2; R5 has no score.
     * alpha over R1–R4 (complete): item variances 5/3, 1/3, 2/3 sum to 8/3; the sums' variance is 6;
     *   α = 3/2 · (1 − (8/3)/6) = 3/2 · 5/9 = 5/6 = 0.833333.
     */
    static final String TRIO = "respondent,group,date,a,b,c\n"
            + "R1,X,2026-01-10,2,3,3\nR2,X,2026-02-11,4,4,5\nR3,Y,2026-04-01,3,3,4\nR4,Y,2026-05-05,5,4,4\nR5,Y,,1,,2\n";

    @Test
    void ratingItemsHaveNMeanSampleSdMedianAndEveryScalePointCounted() {
        Run run = tally("trio", file(dir, "trio.csv", TRIO));

        JsonNode a = run.item("a");
        assertEquals(List.of(5L, 0L, 3.0, 1.581139, 3.0), List.of(a.path("n").asLong(), a.path("no_answer").asLong(),
                a.path("mean").asDouble(), a.path("sd").asDouble(), a.path("median").asDouble()));
        assertEquals("{\"1\":1,\"2\":1,\"3\":1,\"4\":1,\"5\":1}", a.path("counts").toString());
        JsonNode b = run.item("b");
        assertEquals(List.of(4L, 1L, 3.5, 0.57735, 3.5), List.of(b.path("n").asLong(), b.path("no_answer").asLong(),
                b.path("mean").asDouble(), b.path("sd").asDouble(), b.path("median").asDouble()));
        assertEquals("{\"1\":0,\"2\":0,\"3\":2,\"4\":2,\"5\":0}", b.path("counts").toString());
        JsonNode c = run.item("c");
        assertEquals(List.of(5L, 3.6, 1.140175, 4.0), List.of(c.path("n").asLong(), c.path("mean").asDouble(),
                c.path("sd").asDouble(), c.path("median").asDouble()));
    }

    @Test
    void scoresComeFromTheScorerWithBandsAndThePartialRespondentUnscored() {
        Run run = tally("trio", file(dir, "trio.csv", TRIO));

        JsonNode score = run.json().path("score");
        assertEquals("sum", score.path("method").asText());
        assertEquals(List.of(4L, 1L, 11.0, 2.44949, 11.5, 8.0, 13.0), List.of(score.path("n").asLong(),
                score.path("no_score").asLong(), score.path("mean").asDouble(), score.path("sd").asDouble(),
                score.path("median").asDouble(), score.path("min").asDouble(), score.path("max").asDouble()));
        assertEquals("{\"Low\":0,\"Middle\":2,\"High\":2}", score.path("bands").toString());
        assertEquals("{\"read\":5,\"accepted\":5,\"rejected\":0,\"blank_lines\":0}", run.json().path("rows").toString());
    }

    @Test
    void cronbachsAlphaOfTheFourByThreeMatrixIsFiveSixths() {
        Run run = tally("trio", file(dir, "trio.csv", TRIO));

        Alpha alpha = run.result().summary().whole().alpha();
        assertEquals(5.0 / 6, alpha.value(), 1e-12);
        assertEquals(List.of(3, 4L), List.of(alpha.k(), alpha.n()));
        assertEquals(0.833333, run.json().path("alpha").asDouble());
    }

    /*
     * nps, ten answers: promoters 9 10 10 9 9 (5), passives 7 8 8 (3), detractors 0 6 (2).
     * pP = 0.5, pD = 0.2, score = 100·(0.5 − 0.2) = 30.
     * Interval, adjusted Wald: n' = 13, p'P = 5.75/13, p'D = 2.75/13, NPS' = 3/13 = 0.230769;
     * V' = 8.5/13 − (3/13)² = 101.5/169; half = 196·sqrt(101.5/169/13) = 196·0.214940 = 42.128312,
     * so 23.076923 ± 42.128312 = [−19.051389, 65.205236], inside [−100, 100].
     * The item: Σx = 76, mean 7.6; Σx² = 656, n·Σx² − (Σx)² = 6560 − 5776 = 784, var 784/90, sd 2.951459;
     * sorted 0 6 7 8 8 9 9 9 10 10, median (8 + 9)/2 = 8.5.
     */
    @Test
    void npsCountsPercentagesScoreAndItsNinetyFivePercentInterval() {
        StringBuilder csv = new StringBuilder("respondent,group,date,recommend,reason\r\n");
        int[] answers = {9, 10, 10, 9, 9, 7, 8, 8, 0, 6};
        for (int i = 0; i < answers.length; i++) {
            csv.append("r").append(i).append(",,,").append(answers[i]).append(",\r\n");
        }
        Run run = tally("nps", file(dir, "nps.csv", csv.toString()));

        JsonNode nps = run.json().path("nps");
        assertEquals(List.of(10L, 5L, 3L, 2L), List.of(nps.path("n").asLong(), nps.path("promoters").asLong(),
                nps.path("passives").asLong(), nps.path("detractors").asLong()));
        assertEquals(List.of(50.0, 30.0, 20.0, 30.0), List.of(nps.path("promoters_pct").asDouble(),
                nps.path("passives_pct").asDouble(), nps.path("detractors_pct").asDouble(), nps.path("score").asDouble()));
        assertEquals("[-19.051389,65.205236]", nps.path("ci95").toString());
        assertEquals("adjusted-wald", nps.path("ci95_method").asText());
        assertTrue(nps.path("method").asText().contains("1.96"));
        JsonNode item = run.item("recommend");
        assertEquals(List.of(7.6, 2.951459, 8.5), List.of(item.path("mean").asDouble(), item.path("sd").asDouble(),
                item.path("median").asDouble()));
    }

    /*
     * Three promoters: n' = 6, p'P = 3.75/6 = 0.625, p'D = 0.75/6 = 0.125, NPS' = 0.5, V' = 0.75 − 0.25 = 0.5,
     * half = 196·sqrt(0.5/6) = 56.580326: [−6.580326, 106.580326], the top clipped to 100. Unlike the plain
     * Wald interval (no spread, so [100, 100]) three answers do not claim certainty.
     * One promoter, one detractor: n' = 5, p'P = p'D = 0.35, NPS' = 0, V' = 0.7, half = 196·sqrt(0.14) = 73.336485.
     */
    @Test
    void theNpsIntervalIsClippedToPlusMinusOneHundred() {
        Nps nps = Nps.of(3, 0, 0);

        assertEquals(100.0, nps.score());
        assertEquals(100.0, nps.high(), "106.58, clipped");
        assertEquals(-6.580326, nps.low(), 1e-6, "three promoters do not make a certainty");
        assertTrue(nps.small());
        Nps mixed = Nps.of(1, 0, 1);
        assertEquals(0.0, mixed.score());
        assertEquals(-73.336485, mixed.low(), 1e-6);
        assertEquals(73.336485, mixed.high(), 1e-6);
    }

    /*
     * mini (partly = 0.5): s1 = {p, q (optional)}, s2 = {r}.
     *         p       q       r       s1              s2     overall
     *   M1    yes     partly  no      (1+.5)/2 = 75   0      (1+.5+0)/3 = 50
     *   M2    yes     yes     yes     100             100    100
     *   M3    no      –       partly  0/1 = 0         50     (0+.5)/2 = 25
     * s1: n 3, mean (75+100+0)/3 = 58.333333; s2: n 3, mean 50.
     * overall: 50 100 25 → mean 58.333333, median 50, sd 38.188131; bands Low [0, 50): 1, High [50, 100]: 2.
     * p: credits 1 1 0 → mean 0.666667, counts yes 2, partly 0, no 1.
     */
    @Test
    void checklistCoveragePerSectionAndOverall() {
        Run run = tally("mini", file(dir, "mini.csv", "respondent,group,date,p,q,r\n"
                + "M1,,,yes,partly,no\nM2,,,Yes,YES,yes\nM3,,,no,,partly\n"));

        JsonNode coverage = run.json().path("coverage");
        assertEquals(List.of(3L, 58.333333, 3L, 50.0), List.of(coverage.path("s1").path("n").asLong(),
                coverage.path("s1").path("mean").asDouble(), coverage.path("s2").path("n").asLong(),
                coverage.path("s2").path("mean").asDouble()));
        JsonNode score = run.json().path("score");
        assertEquals(List.of(3L, 58.333333, 50.0, 38.188131), List.of(score.path("n").asLong(),
                score.path("mean").asDouble(), score.path("median").asDouble(), score.path("sd").asDouble()));
        assertEquals("{\"Low\":1,\"High\":2}", score.path("bands").toString());
        assertEquals("{\"yes\":2,\"partly\":0,\"no\":1}", run.item("p").path("counts").toString());
        assertEquals(0.666667, run.item("p").path("mean").asDouble());
        assertEquals(2L, run.item("q").path("n").asLong());
    }

    @Test
    void aBreakdownGivesTheSameNumbersPerKeyAndWarnsOfSmallGroups() {
        Path trio = file(dir, "trio.csv", TRIO);

        Run byGroup = tally("trio", org.scorecardkit.tally.aggregate.Breakdown.GROUP, trio);
        JsonNode x = byGroup.json().path("groups").path("X");
        assertEquals(List.of(2L, 10.5, 13.0), List.of(x.path("n").asLong(), x.path("score").path("mean").asDouble(),
                x.path("score").path("max").asDouble()));
        assertEquals("[\"only 2 respondents in X: read the numbers with care\"]", x.path("warnings").toString());
        Run byQuarter = tally("trio", org.scorecardkit.tally.aggregate.Breakdown.QUARTER, trio);
        assertEquals(List.of("(no date)", "2026-Q1", "2026-Q2"), fieldNames(byQuarter.json().path("groups")));
        assertEquals(2L, byQuarter.json().path("groups").path("2026-Q2").path("n").asLong());
        Run byMonth = tally("trio", org.scorecardkit.tally.aggregate.Breakdown.MONTH, trio);
        assertEquals(List.of("(no date)", "2026-01", "2026-02", "2026-04", "2026-05"), fieldNames(byMonth.json().path("groups")));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
