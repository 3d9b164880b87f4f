package org.scorecardkit.tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scorecardkit.tally.TallyFixtures.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.tally.Tally;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.check.Problem;
import org.scorecardkit.tally.report.SummaryJson;

/**
 * Before/after pairing by respondent id, worked by hand:
 * <pre>
 *          before (a b c, sum)   after (a b c, sum)
 *   R1     1 2 3   6             3 3 3   9
 *   R2     2 2 2   6             2 – 5   no score (b is required)
 *   R3     1 1 1   3             –
 *   R4     –                     4 4 4  12
 * </pre>
 * Paired: R1, R2 (2). a: n 2, before (1+2)/2 = 1.5, after (3+2)/2 = 2.5, change +1.
 * b: n 1 (R1), 2 → 3, +1. c: n 2, before 2.5, after (3+5)/2 = 4, change +1.5. Score: n 1 (R1), 6 → 9, +3.
 */
class ComparisonTest {
    @TempDir
    Path dir;

    @Test
    void respondentsArePairedByIdAndTheMeanChangeIsPerItemOverPairsAnsweredTwice() {
        Path before = file(dir, "before.csv", "respondent,group,date,a,b,c\nR1,,,1,2,3\nR2,,,2,2,2\nR3,,,1,1,1\n");
        Path after = file(dir, "after.csv", "respondent,group,date,a,b,c\nR1,,,3,3,3\nR2,,,2,,5\nR4,,,4,4,4\n");
        List<Problem> rejects = new ArrayList<>();

        Tally.Result result = Tally.run(TallyFixtures.instrument("trio"),
                new Tally.Options(List.of(after), null, List.of(before)), rejects::add);

        JsonNode json = TallyFixtures.tree(SummaryJson.of(result.summary()));
        JsonNode c = json.path("comparison");
        assertEquals("{\"read\":3,\"accepted\":3,\"rejected\":0}", c.path("before_rows").toString());
        assertEquals(2, c.path("paired").asInt());
        assertEquals("{\"n\":2,\"before\":1.5,\"after\":2.5,\"mean_change\":1}", c.path("items").path("a").toString());
        assertEquals("{\"n\":1,\"before\":2,\"after\":3,\"mean_change\":1}", c.path("items").path("b").toString());
        assertEquals("{\"n\":2,\"before\":2.5,\"after\":4,\"mean_change\":1.5}", c.path("items").path("c").toString());
        assertEquals("{\"n\":1,\"before\":6,\"after\":9,\"mean_change\":3}", c.path("score").toString());
        assertEquals(3, json.path("rows").path("read").asInt(), "the summary's own numbers are the after file's");
        assertEquals(List.of(), rejects);
    }
}
