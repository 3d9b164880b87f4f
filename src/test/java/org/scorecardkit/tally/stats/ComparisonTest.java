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
 * The 95% t intervals on the paired changes, t.975(1) = 12.706205: a's changes +2, 0 have sd √2, so
 * 1 ± 12.706205·√2/√2 = [−11.706205, 13.706205]; c's 0, +3 have sd √4.5 = 2.121320, so
 * 1.5 ± 12.706205·2.121320/√2 = 1.5 ± 19.059307 = [−17.559307, 20.559307]. One pair (b, the score) has no interval.
 * Every one is marked small (fewer than five pairs).
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
        String t = ",\"ci95_method\":\"paired-t\",\"small\":true}";
        assertEquals("{\"n\":2,\"before\":1.5,\"after\":2.5,\"mean_change\":1,\"sd_change\":1.414214,"
                + "\"ci95\":[-11.706205,13.706205]" + t, c.path("items").path("a").toString());
        assertEquals("{\"n\":1,\"before\":2,\"after\":3,\"mean_change\":1,\"sd_change\":null,\"ci95\":[null,null]" + t,
                c.path("items").path("b").toString());
        assertEquals("{\"n\":2,\"before\":2.5,\"after\":4,\"mean_change\":1.5,\"sd_change\":2.12132,"
                + "\"ci95\":[-17.559307,20.559307]" + t, c.path("items").path("c").toString());
        assertEquals("{\"n\":1,\"before\":6,\"after\":9,\"mean_change\":3,\"sd_change\":null,\"ci95\":[null,null]" + t,
                c.path("score").toString());
        assertEquals(3, json.path("rows").path("read").asInt(), "the summary's own numbers are the after file's");
        assertEquals(List.of(), rejects);
    }
}
