package org.scorecardkit.tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.tally.Tally;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.report.SummaryJson;

/**
 * The paired before/after change with its t interval, mean ± t(0.975, n − 1)·sd/√n, worked by
 * hand; t.975(4) = 2.776445 from the tables.
 * <pre>
 *          before (a b c, sum)   after (a b c, sum)   changes a, b, c, sum
 *   R1     1 3 2   6             2 3 4   9            +1 0 +2 +3
 *   R2     2 3 2   7             4 3 3  10            +2 0 +1 +3
 *   R3     3 3 2   8             3 3 5  11             0 0 +3 +3
 *   R4     2 3 2   7             3 3 2   8            +1 0  0 +1
 *   R5     3 3 2   8             4 3 2   9            +1 0  0 +1
 *   R6     –                     5 5 5  15            (not paired)
 * </pre>
 * a: mean 1, deviations 0 1 −1 0 0, Σd² 2, sd √(2/4) = 0.707107; half 2.776445·0.707107/√5 = 0.877989: [0.122011, 1.877989].
 * b: no change at all: sd 0, the interval is the point [0, 0].
 * c: mean 1.2, deviations 0.8 −0.2 1.8 −1.2 −1.2, Σd² 6.8, sd √1.7 = 1.303840; half 1.618932: [−0.418932, 2.818932].
 * score: mean 2.2, deviations 0.8 0.8 0.8 −1.2 −1.2, Σd² 4.8, sd √1.2 = 1.095445; half 1.360175: [0.839825, 3.560175].
 */
class PairedChangeTest {
    @TempDir
    Path dir;

    @Test
    void eachItemAndTheScoreGetATIntervalOnThePairedChanges() {
        Path before = file(dir, "before.csv", "respondent,group,date,a,b,c\n"
                + "R1,,,1,3,2\nR2,,,2,3,2\nR3,,,3,3,2\nR4,,,2,3,2\nR5,,,3,3,2\n");
        Path after = file(dir, "after.csv", "respondent,group,date,a,b,c\n"
                + "R1,,,2,3,4\nR2,,,4,3,3\nR3,,,3,3,5\nR4,,,3,3,2\nR5,,,4,3,2\nR6,,,5,5,5\n");

        Tally.Result result = Tally.run(TallyFixtures.instrument("trio"),
                new Tally.Options(List.of(after), null, List.of(before)), p -> { });

        JsonNode c = TallyFixtures.tree(SummaryJson.of(result.summary())).path("comparison");
        assertEquals(5, c.path("paired").asInt());
        JsonNode a = c.path("items").path("a");
        assertEquals(List.of(5, 1.0, 0.707107), List.of(a.path("n").asInt(), a.path("mean_change").asDouble(), a.path("sd_change").asDouble()));
        assertEquals("[0.122011,1.877989]", a.path("ci95").toString());
        assertEquals("paired-t", a.path("ci95_method").asText());
        assertFalse(a.path("small").asBoolean(), "five pairs are not few");
        assertEquals("[0,0]", c.path("items").path("b").path("ci95").toString());
        assertEquals("[-0.418932,2.818932]", c.path("items").path("c").path("ci95").toString());
        assertEquals("[0.839825,3.560175]", c.path("score").path("ci95").toString());
        Comparison.Change score = result.summary().comparison().score();
        assertEquals(2.2 - 2.776445 * Math.sqrt(1.2 / 5), score.low(), 1e-6);
    }

    @Test
    void oneOrNoPairsHaveNoInterval() {
        Comparison.Change none = Pairs.change(0, 0, 0, 0);
        assertNull(none.mean());
        assertNull(none.low());
        assertTrue(none.small());
        Comparison.Change one = Pairs.change(1, 2, 5, 0);
        assertEquals(3.0, one.mean());
        assertNull(one.sd());
        assertNull(one.high());
        // Two pairs with changes 1 and 3: mean 2, sd √2, t.975(1) = 12.706205: 2 ± 12.706205·√2/√2.
        Comparison.Change two = Pairs.change(2, 4, 8, 2);
        assertEquals(2 - 12.706205, two.low(), 1e-6);
        assertEquals(2 + 12.706205, two.high(), 1e-6);
    }
}
