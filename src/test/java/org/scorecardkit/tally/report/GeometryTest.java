package org.scorecardkit.tally.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scorecardkit.model.Band;
import org.scorecardkit.model.Scale;
import org.scorecardkit.model.ScoreRange;

/** The charts' geometry, worked by hand: where bars start and end, so SVG and PDF draw what the numbers say. */
class GeometryTest {
    private static final Scale FIVE = new Scale("five", 1, 5, Map.of(1, "never", 5, "always"));

    private static Centered.Row nps(Double score, Double low, Double high) {
        return Centered.of("NPS", "", List.of(new Centered.Value("South", score, low, high, "", false)), -100, 100, 50).rows().get(0);
    }

    @Test
    void aNegativeNpsLiesLeftOfAVisibleZeroAndEndsThere() {
        Centered.Chart chart = Centered.of("NPS", "", List.of(new Centered.Value("South", -300.0 / 13, null, null, "", false)), -100, 100, 50);
        Centered.Row south = chart.rows().get(0);
        // Zero is the middle of the 290-point plot that starts at 190: 335. −23.1 is 76.9/200 of the plot: 190 + 111.5 → 302.
        assertEquals(335, chart.zero());
        assertEquals(302, south.x());
        assertEquals(33, south.width());
        assertEquals(chart.zero(), south.x() + south.width(), "the bar ends at zero");
        assertTrue(south.negative());
        assertEquals(List.of("\u2212100", "\u221250", "0", "50", "100"), chart.ticks().stream().map(Centered.Tick::text).toList());
    }

    @Test
    void anNpsOfZeroDrawsNoBarAndAPositiveOneStartsAtZero() {
        assertEquals(0, nps(0.0, null, null).width());
        Centered.Row north = nps(40.0, null, null);
        assertEquals(335, north.x());
        assertEquals(58, north.width(), "40/200 of 290");
        assertFalse(north.negative());
        assertEquals(0, nps(null, null, null).width(), "no answers, no bar");
    }

    @Test
    void anIntervalIsAWhiskerAndItsAbsenceIsNone() {
        Centered.Row r = nps(-23.0, -60.0, 20.0);
        assertTrue(r.whisker());
        assertEquals(190 + 58, r.low());
        assertEquals(190 + 174, r.high());
        assertFalse(nps(-23.0, null, null).whisker());
    }

    @Test
    void aRatingOfOneIsAFifthOfTheBarNeverAnEmptyOne() {
        Charts.Bars bars = Charts.onScale("", "", List.of(new Charts.Value("a", 1, "", false), new Charts.Value("b", 3, "", false),
                new Charts.Value("c", 5, "", false)), 1, 5);
        assertEquals(List.of(58, 174, 290), bars.bars().stream().map(Charts.Bar::width).toList());
    }

    @Test
    void divergingBarsSplitTheMiddlePointAcrossTheCentre() {
        Stacks.Chart chart = Stacks.diverging("", "", List.of(new Stacks.Line("1. Greeting", new long[] {1, 0, 5, 10, 14}, false)), FIVE);
        List<Stacks.Piece> p = chart.rows().get(0).pieces();
        // Below the centre: 1 + 0 + 5/2 = 3.5 of 30, each respondent 285/30 = 9.5 points: the bar starts at 285 − 33.25.
        assertEquals(285, chart.centre());
        assertEquals(252, p.get(0).x());
        assertEquals(List.of(9, 0, 48, 95, 133), p.stream().map(Stacks.Piece::width).toList());
        Stacks.Piece middle = p.get(2);
        assertEquals(285, middle.x() + middle.width() / 2, "the middle point's piece is centred on the line");
        assertEquals(252 + 285, p.get(4).x() + p.get(4).width(), "the pieces meet and add up to the whole");
        assertEquals(List.of("1 never", "2", "3", "4", "5 always"), chart.legend().stream().map(Stacks.Key::label).toList());
        assertFalse(p.get(1).labelled(), "nobody chose 2: no piece, no count");
        assertTrue(p.get(4).labelled());
    }

    @Test
    void aSingleRatingOfOneIsAWholeBarLeftOfTheCentre() {
        Stacks.Piece one = Stacks.diverging("", "", List.of(new Stacks.Line("x", new long[] {1, 0, 0, 0, 0}, false)), FIVE)
                .rows().get(0).pieces().get(0);
        assertEquals(0, one.x());
        assertEquals(285, one.width());
    }

    @Test
    void checkItemsAreYesPartlyNoOfTheWholeBar() {
        Stacks.Chart chart = Stacks.checks("", "", List.of(new Stacks.Line("1. P", new long[] {2, 1, 1}, true)));
        assertEquals(List.of(285, 143, 142), chart.rows().get(0).pieces().stream().map(Stacks.Piece::width).toList());
        assertEquals(List.of("Yes", "Partly", "No"), chart.legend().stream().map(Stacks.Key::label).toList());
        assertTrue(chart.rows().get(0).small());
        assertEquals("Yes, partly and no per item. 1. P: Yes 2, Partly 1, No 1.", Stacks.checks("Yes, partly and no per item", "",
                List.of(new Stacks.Line("1. P", new long[] {2, 1, 1}, false))).alt(), "the chart in words");
    }

    @Test
    void theDistributionShadesEachBandOverItsSpanOfScores() {
        List<Band> bands = List.of(new Band("low", "Low", 3, 7, ""), new Band("high", "High", 8, 15, ""));
        Distribution.Chart chart = Distribution.of("Scores", "", bands, Map.of("Low", 1L, "High", 3L), null, 10.0,
                new ScoreRange(3, 15, true, ""));
        // Whole scores 3–15 are 13 unit bins from 2.5 to 15.5 over 600 points: Low 2.5–7.5 is 5/13 of it.
        assertEquals(20, chart.zones().get(0).x());
        assertEquals(231, chart.zones().get(0).width());
        assertEquals(620, chart.zones().get(1).x() + chart.zones().get(1).width());
        assertEquals(List.of(40, 120), chart.columns().stream().map(Distribution.Column::height).toList(), "1 and 3 of the tallest 3");
        assertEquals(20 + 346, chart.meanX(), "the mean 10 is 7.5/13 of the way");
        assertEquals("mean 10.00", chart.meanText());
    }

    @Test
    void pairedDotsLieOnTheScale() {
        Dots.Row r = Dots.of("", "", List.of(new Dots.Value("1. Greeting", 2.0, 3.5, "change +1.50", false)), 1, 5).rows().get(0);
        assertEquals(10 + 125, r.before());
        assertEquals(10 + 313, r.after());
        assertFalse(Dots.of("", "", List.of(new Dots.Value("x", null, null, "", false)), 1, 5).rows().get(0).paired());
    }
}
