package org.scorecardkit.tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;
import static org.scorecardkit.tally.TallyFixtures.tally;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.tally.Merge;
import org.scorecardkit.tally.Tally;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.TallyFixtures.Run;
import org.scorecardkit.tally.TallyOutputs;
import org.scorecardkit.tally.aggregate.AlphaMoments;
import org.scorecardkit.tally.aggregate.Breakdown;
import org.scorecardkit.tally.report.SummaryJson;

/**
 * Alpha's Feldt interval, alpha if an item is dropped and the item–rest correlations, worked by
 * hand on the four complete trio respondents of {@link HandWorkedNumbersTest} (the raw_alpha and
 * r.drop definitions of R psych::alpha), and the same numbers from merged shards.
 */
class AlphaDetailTest {
    @TempDir
    Path dir;

    /*
     *         a  b  c        deviations from the means 3.5, 3.5, 4
     *   R1    2  3  3        −1.5 −0.5 −1
     *   R2    4  4  5         0.5  0.5  1
     *   R3    3  3  4        −0.5 −0.5  0
     *   R4    5  4  4         1.5  0.5  0
     * Covariances, in units of 1/3 (sums of cross-products over n − 1 = 3):
     *   C = | 5 2 2 |   D = 5 + 1 + 2 = 8, T = ΣC = 18, row sums R = 9, 4, 5; α = 3/2·(1 − 8/18) = 5/6.
     *       | 2 1 1 |
     *       | 2 1 2 |
     * Dropping a: b, c have D' = 3, T' = 18 − 2·9 + 5 = 5:  α = 2·(1 − 3/5) = 0.8
     *   (check: b + c = 6, 9, 7, 8 → deviations −1.5, 1.5, −0.5, 0.5, Σd² 5 = T'; D' = 1 + 2 = 3.)
     * Dropping b: D' = 7, T' = 18 − 8 + 1 = 11:  α = 2·(1 − 7/11) = 8/11 = 0.727273.
     * Dropping c: D' = 6, T' = 18 − 10 + 2 = 10: α = 2·(1 − 6/10) = 0.8.
     * Item–rest: a (9 − 5)/√(5·5) = 0.8;  b (4 − 1)/√(1·11) = 0.904534;  c (5 − 2)/√(2·10) = 0.670820
     *   (check b: a + c = 5, 9, 7, 9, deviations −2.5, 1.5, −0.5, 1.5; with b's −0.5, 0.5, −0.5, 0.5 the
     *   cross-products sum to 3 and Σd² = 11, b's Σd² = 1: 3/√11.)
     * Feldt, df 3 and 3·2 = 6: F.975(3, 6) = 6.598799, F.025(3, 6) = 1/F.975(6, 3) = 1/14.734718 = 0.067867;
     *   low = 1 − (1/6)·6.598799 = −0.099800, high = 1 − (1/6)·0.067867 = 0.988689.
     */
    @Test
    void alphaIfDroppedItemRestAndTheFeldtIntervalOfTheTrioMatrix() {
        Run run = tally("trio", file(dir, "trio.csv", HandWorkedNumbersTest.TRIO));

        JsonNode json = run.json();
        assertEquals("[-0.0998,0.988689]", json.path("alpha_ci95").toString());
        JsonNode detail = json.path("alpha_detail");
        assertEquals("feldt", detail.path("ci95_method").asText());
        assertTrue(detail.path("small").asBoolean(), "four complete respondents are fewer than five");
        assertEquals("{\"alpha_if_dropped\":0.8,\"item_rest\":0.8}", detail.path("items").path("a").toString());
        assertEquals("{\"alpha_if_dropped\":0.727273,\"item_rest\":0.904534}", detail.path("items").path("b").toString());
        assertEquals("{\"alpha_if_dropped\":0.8,\"item_rest\":0.67082}", detail.path("items").path("c").toString());
        Alpha alpha = run.result().summary().whole().alpha();
        assertEquals(8.0 / 11, alpha.items().get(1).ifDropped(), 1e-12);
        assertEquals(3 / Math.sqrt(11), alpha.items().get(1).itemRest(), 1e-12);
        assertEquals(1 - 6.598799 / 6, alpha.low(), 1e-6);
    }

    /*
     * Two items x, y over (1, 2), (2, 2), (3, 4), (4, 4), (5, 3): alpha if dropped would be the alpha of one
     * item, which has none. Item–rest is then the plain correlation of x and y:
     * x − 3 = −2 −1 0 1 2, y − 3 = −1 −1 1 1 0; Σxy = 2 + 1 + 0 + 1 + 0 = 4, Σx² = 10, Σy² = 4: r = 4/√40 = 0.632456.
     * α = 2·(1 − (10 + 4)/(10 + 4 + 2·4)) = 2·(1 − 14/22) = 8/11; Feldt with df 4 and 4:
     * F.975(4, 4) = 9.6045, so low = 1 − (3/11)·9.6045 = −1.619410; F.025(4, 4) = 1/9.6045, high = 1 − (3/11)/9.6045 = 0.971604.
     */
    @Test
    void aScaleOfTwoItemsHasNoAlphaIfDroppedButItsCorrelation() {
        AlphaMoments m = new AlphaMoments(2);
        for (int[] row : new int[][] {{1, 2}, {2, 2}, {3, 4}, {4, 4}, {5, 3}}) {
            m.add(row);
        }

        Alpha alpha = Alpha.of(m, List.of("x", "y"));

        assertEquals(8.0 / 11, alpha.value(), 1e-12);
        assertNull(alpha.items().get(0).ifDropped());
        assertEquals(4 / Math.sqrt(40), alpha.items().get(0).itemRest(), 1e-12);
        assertEquals(4 / Math.sqrt(40), alpha.items().get(1).itemRest(), 1e-12);
        assertEquals(1 - 3.0 / 11 * 9.6045, alpha.low(), 5e-5);
        assertEquals(1 - 3.0 / 11 / 9.6045, alpha.high(), 5e-6);
        assertFalse(alpha.small());
    }

    /** An item everyone answered alike has no correlation with anything; the others keep theirs. */
    @Test
    void anItemWithoutVarianceHasNoItemRestCorrelation() {
        AlphaMoments m = new AlphaMoments(3);
        for (int[] row : new int[][] {{1, 3, 2}, {2, 3, 2}, {3, 3, 5}, {4, 3, 4}}) {
            m.add(row);
        }

        Alpha alpha = Alpha.of(m, List.of("p", "same", "q"));

        assertNull(alpha.items().get(1).itemRest());
        assertTrue(alpha.items().get(0).itemRest() > 0);
        assertTrue(alpha.low() < alpha.value() && alpha.value() < alpha.high(), alpha.toString());
    }

    /** Three shards saved and merged give the whole's alpha figures exactly, per group too. */
    @Test
    void mergedShardsGiveTheSameAlphaFigures() throws Exception {
        java.util.Random random = new java.util.Random(11);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            int base = 1 + random.nextInt(3);
            rows.add("R" + i + "," + "XY".charAt(i % 2) + ",," + (base + random.nextInt(3)) + "," + (base + random.nextInt(2))
                    + "," + (random.nextInt(7) == 0 ? "" : Integer.toString(base + random.nextInt(3))) + "\n");
        }
        String header = "respondent,group,date,a,b,c\n";
        JsonNode whole = tally("trio", Breakdown.GROUP, file(dir, "whole.csv", header + String.join("", rows))).json();
        List<Path> states = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            Path shard = file(dir, "shard" + s + ".csv", header + String.join("", rows.subList(30 * s, 30 * s + 30)));
            Path state = dir.resolve("shard" + s + ".state.json");
            TallyOutputs.run(TallyFixtures.instrument("trio"), new Tally.Options(List.of(shard), Breakdown.GROUP, List.of())
                    .keepingRespondents(true), new TallyOutputs.Request(null, state));
            states.add(state);
        }

        JsonNode merged = TallyFixtures.tree(SummaryJson.of(Merge.merge(TallyFixtures.content(), states)));

        for (String field : List.of("alpha", "alpha_ci95", "alpha_detail")) {
            assertEquals(whole.path(field), merged.path(field), field);
            assertEquals(whole.path("groups").path("X").path(field), merged.path("groups").path("X").path(field), "X " + field);
        }
        assertTrue(whole.path("alpha_detail").path("items").path("c").path("item_rest").isNumber());
    }
}
