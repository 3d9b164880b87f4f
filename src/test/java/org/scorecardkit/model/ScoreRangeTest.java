package org.scorecardkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreRangeTest {
    private static final Scale ONE_TO_FIVE = new Scale("agree", 1, 5, Map.of());
    private static final Scale ZERO_TO_TEN = new Scale("likelihood", 0, 10, Map.of());

    private static Item rating(String id, Scale scale) {
        return new Item(id, ItemType.RATING, "Statement " + id, true, scale, List.of(), 3, null);
    }

    private static List<Item> ratings(int count, Scale scale) {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(rating("s" + i, scale));
        }
        return items;
    }

    @Test
    void sumOfTwelveItemsOnOneToFive() {
        assertEquals(new ScoreRange(12, 60, true, "12 items scored 1–5, summed"),
                ScoreRange.of(ScoringMethod.SUM, ratings(12, ONE_TO_FIVE)));
    }

    @Test
    void sumOverDifferentScalesAddsEachItemsBounds() {
        assertEquals(new ScoreRange(1, 15, true, "2 items scored 0–10, summed"),
                ScoreRange.of(ScoringMethod.SUM, List.of(rating("a", ONE_TO_FIVE), rating("b", ZERO_TO_TEN))));
    }

    @Test
    void meanIsRealFromTheLowestMinToTheHighestMax() {
        assertEquals(new ScoreRange(1, 5, false, "12 items scored 1–5, averaged"),
                ScoreRange.of(ScoringMethod.MEAN, ratings(12, ONE_TO_FIVE)));
    }

    @Test
    void npsIsTheAnswerToTheOneQuestion() {
        assertEquals(new ScoreRange(0, 10, true, "the answer to \"recommend\""),
                ScoreRange.of(ScoringMethod.NPS, List.of(rating("recommend", ZERO_TO_TEN))));
    }

    @Test
    void oneItemIsSingular() {
        assertEquals("1 item scored 1–5, summed",
                ScoreRange.of(ScoringMethod.SUM, List.of(rating("a", ONE_TO_FIVE))).explanation());
    }

    @Test
    void coverageIsAPercentageWhateverTheItems() {
        ScoreRange expected = new ScoreRange(0, 100, false, "coverage is a percentage");
        assertEquals(expected, ScoreRange.of(ScoringMethod.COVERAGE, List.of()));
        Item check = new Item("c", ItemType.CHECK, "Check", true, null, List.of(), 3, null);
        assertEquals(expected, ScoreRange.of(ScoringMethod.COVERAGE, List.of(check)));
    }

    @Test
    void unknownWhenNothingIsScoredOrAnItemHasNoScale() {
        assertNull(ScoreRange.of(ScoringMethod.NONE, ratings(3, ONE_TO_FIVE)));
        assertNull(ScoreRange.of(ScoringMethod.SUM, List.of()));
        assertNull(ScoreRange.of(ScoringMethod.SUM, List.of(rating("a", ONE_TO_FIVE), rating("b", null))));
        assertNull(ScoreRange.of(ScoringMethod.MEAN, Arrays.asList(rating("a", ONE_TO_FIVE), null)));
    }

    @Test
    void formatWritesWholeNumbersWithoutAPoint() {
        assertEquals("12", ScoreRange.format(12.0));
        assertEquals("0", ScoreRange.format(0.0));
        assertEquals("-3", ScoreRange.format(-3.0));
        assertEquals("2.5", ScoreRange.format(2.5));
        assertEquals("0.1", ScoreRange.format(0.1));
        assertEquals("62.5", ScoreRange.format(62.5));
    }

    @Test
    void toStringIsTheSpan() {
        assertEquals("12–60", new ScoreRange(12, 60, true, "x").toString());
        assertEquals("1–2.5", new ScoreRange(1, 2.5, false, "x").toString());
    }
}
