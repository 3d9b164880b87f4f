package org.scorecardkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoring.bandOf: which band a score falls in. */
class ScoringTest {
    private static Band band(String label, double min, double max) {
        return new Band(label.toLowerCase(), label, min, max, null);
    }

    private static String labelOf(Scoring scoring, double score) {
        Band b = scoring.bandOf(score);
        return b == null ? null : b.label();
    }

    /** Sum of 12 items on 1–5, in three whole-number bands. */
    private static final Scoring SUM = new Scoring(ScoringMethod.SUM, List.of(), 0.5,
            List.of(band("Low", 12, 27), band("Mid", 28, 43), band("High", 44, 60)));

    /** Mean on 1–5, in two real bands meeting at 2.5. */
    private static final Scoring MEAN = new Scoring(ScoringMethod.MEAN, List.of(), 0.5,
            List.of(band("Low", 1, 2.5), band("High", 2.5, 5)));

    /** Coverage in percent, in three real bands. */
    private static final Scoring COVERAGE = new Scoring(ScoringMethod.COVERAGE, List.of(), 0.5,
            List.of(band("Weak", 0, 50), band("Fair", 50, 80), band("Strong", 80, 100)));

    @Test
    void integerBandsIncludeBothBounds() {
        assertEquals("Low", labelOf(SUM, 12));
        assertEquals("Low", labelOf(SUM, 27));
        assertEquals("Mid", labelOf(SUM, 28));
        assertEquals("Mid", labelOf(SUM, 43));
        assertEquals("High", labelOf(SUM, 44));
        assertEquals("High", labelOf(SUM, 60));
    }

    @Test
    void integerScoresOutsideTheBandsHaveNone() {
        assertNull(labelOf(SUM, 11));
        assertNull(labelOf(SUM, 61));
    }

    @Test
    void realBandsIncludeTheirMinAndExcludeTheirMax() {
        assertEquals("Low", labelOf(MEAN, 1));
        assertEquals("Low", labelOf(MEAN, 2.49));
        assertEquals("High", labelOf(MEAN, 2.5));
        assertEquals("Weak", labelOf(COVERAGE, 49.99));
        assertEquals("Fair", labelOf(COVERAGE, 50));
        assertEquals("Fair", labelOf(COVERAGE, 79.9));
        assertEquals("Strong", labelOf(COVERAGE, 80));
    }

    @Test
    void theLastRealBandIncludesItsMax() {
        assertEquals("High", labelOf(MEAN, 5));
        assertEquals("Strong", labelOf(COVERAGE, 100));
        assertNull(labelOf(MEAN, 5.01));
        assertNull(labelOf(MEAN, 0.99));
    }

    @Test
    void noBandsNoBand() {
        assertNull(Scoring.none().bandOf(0));
        assertEquals(ScoringMethod.NONE, Scoring.none().method());
    }
}
