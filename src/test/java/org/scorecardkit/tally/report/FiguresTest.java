package org.scorecardkit.tally.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One rule for decimals per kind of figure: means 2, percentages 1, NPS whole (1 decimal in tables), counts with separators. */
class FiguresTest {
    @Test
    void meansHaveTwoDecimalsSoFourStandsBesideThreePointFiveFive() {
        assertEquals("4.00", Figures.mean(4.0));
        assertEquals("3.55", Figures.mean(3.55));
        assertEquals("3.56", Figures.mean(3.555), "halves round up");
        assertEquals("1,234.50", Figures.mean(1234.5), "thousands are separated");
        assertEquals("–", Figures.mean(null), "no answers: no figure");
    }

    @Test
    void percentagesHaveOneDecimal() {
        assertEquals("38.5%", Figures.percent(38.46));
        assertEquals("50.0%", Figures.percent(1, 2));
        assertEquals("–", Figures.percent(0, 0));
    }

    @Test
    void anNpsIsWholeInAHeadlineAndHasOneDecimalInATableWithATrueMinus() {
        assertEquals("\u221223", Figures.nps(-300.0 / 13));
        assertEquals("\u221223.1", Figures.npsTable(-300.0 / 13));
        assertEquals("8", Figures.nps(7.5), "7.5 rounds up");
        assertEquals("0", Figures.nps(-0.4), "never a minus zero");
        assertEquals("0.0", Figures.npsTable(-0.04));
    }

    @Test
    void countsAndChangesAndIntervals() {
        assertEquals("1,000,000", Figures.count(1_000_000));
        assertEquals("+0.40", Figures.change(0.4, 2));
        assertEquals("\u22120.25", Figures.change(-0.25, 2));
        assertEquals("0.00", Figures.change(0.001, 2), "no sign on a change that rounds to nothing");
        assertEquals("\u221245 to \u22121", Figures.interval(-45.2, -0.6, Figures::nps));
        assertEquals("–", Figures.interval(null, 3.0, Figures::nps));
        assertEquals("0.83", Figures.coefficient(0.8333));
    }
}
