package org.scorecardkit.tally.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.tally.MergeTest;
import org.scorecardkit.tally.Tally;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.check.Layout;

/** Taking rows back out of an aggregate is exact: the aggregate of all rows minus some equals the aggregate of the rest. */
class AggregateRemoveTest {
    @TempDir
    Path dir;

    @Test
    void removingRowsLeavesExactlyTheAggregateOfTheOthers() {
        for (String id : List.of("pulse", "trio", "mini", "nps")) {
            Instrument instrument = TallyFixtures.instrument(id);
            Path csv = TallyFixtures.file(dir, id + ".csv", csvOf(instrument));
            Layout layout = new Layout(instrument);
            ScoreValues values = new ScoreValues();
            ScoreCache cache = new ScoreCache(layout, values);
            Aggregate all = new Aggregate(layout, values, false);
            Aggregate kept = new Aggregate(layout, values, false);
            List<int[]> removed = new ArrayList<>();
            int[] n = {0};
            Tally.accepted(instrument, new Tally.Options(List.of(csv), null, List.of()), java.util.Map.of(), row -> {
                ScoreCache.Scored scored = cache.scoreOf(row);
                all.add(row, scored);
                if (n[0]++ % 3 == 0) {
                    removed.add(row.codes().clone());
                } else {
                    kept.add(row, scored);
                }
            });
            assertTrue(removed.size() > 10, id);
            assertNotNull(AggregateReader.difference(all, kept), "before removing, the two differ");

            removed.forEach(codes -> all.remove(codes, cache.score(codes, null)));

            assertNull(AggregateReader.difference(all, kept), id);
            assertNull(AggregateReader.negative(all), id);
            assertEquals(kept.rows(), all.rows());
        }
    }

    /** The pulse rows of MergeTest, or rows of random codes in the instrument's own header for the others. */
    private static String csvOf(Instrument instrument) {
        if (instrument.id().equals("pulse")) {
            return "respondent,group,date,energy,channel,tools,followed-up,comment\n" + String.join("", MergeTest.rows());
        }
        Layout layout = new Layout(instrument);
        StringBuilder csv = new StringBuilder("respondent," + String.join(",", instrument.columns()) + "\n");
        java.util.Random random = new java.util.Random(7);
        for (int r = 0; r < 60; r++) {
            csv.append("x").append(r);
            for (int c = 0; c < layout.size(); c++) {
                Layout.Column column = layout.column(c);
                csv.append(',').append(random.nextInt(5) == 0 ? "" : switch (column.type()) {
                    case RATING -> Integer.toString(column.min() + random.nextInt(column.max() - column.min() + 1));
                    case CHECK -> List.of("yes", "partly", "no").get(random.nextInt(3));
                    case TEXT -> "t" + r;
                    default -> column.values()[random.nextInt(column.values().length)];
                });
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    @Test
    void aKeptTextIsCappedAtAThousandCodePointsWithoutSplittingAPair() {
        String smile = "\uD83D\uDE00";
        assertEquals("a".repeat(1000), Aggregate.capped("a".repeat(1000)));
        assertEquals(smile.repeat(1000), Aggregate.capped(smile.repeat(1000)), "2,000 chars but 1,000 code points");
        assertEquals("a".repeat(1000) + " … (1 more character)", Aggregate.capped("a".repeat(1001)));
        String capped = Aggregate.capped("a".repeat(999) + smile + "bc");
        assertEquals("a".repeat(999) + smile + " … (2 more characters)", capped);
        assertNull(Aggregate.capped(null));
    }
}
