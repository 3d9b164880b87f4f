package org.scorecardkit.tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The difference of two independent NPS with its adjusted-Wald interval, worked by hand:
 * (NPS'₁ − NPS'₂) ± 1.96·√(V'₁/n'₁ + V'₂/n'₂), with n' = n + 3, p' = (count + ¾)/n', V' = p'P + p'D − (p'P − p'D)².
 */
class NpsDifferenceTest {

    /*
     * North: 5 promoters (P 5, passives 0, D 0): n' = 8, p'P = 5.75/8 = 0.71875, p'D = 0.75/8 = 0.09375,
     *   NPS' = 0.625, V' = 0.8125 − 0.390625 = 0.421875, V'/n' = 0.052734375.
     * South: P 0, passives 3, D 2: n' = 8, p'P = 0.09375, p'D = 2.75/8 = 0.34375, NPS' = −0.25,
     *   V' = 0.4375 − 0.0625 = 0.375, V'/n' = 0.046875.
     * Plain difference 100 − (−40) = 140; adjusted 100·(0.625 + 0.25) = 87.5;
     * half = 196·√0.099609375 = 196·0.315610 = 61.859468: [25.640532, 149.359468], clear of zero.
     */
    @Test
    void aGroupOfPromotersAgainstAGroupOfDetractorsDiffersClearly() {
        Nps.Difference d = Nps.Difference.of(Nps.of(5, 0, 0), Nps.of(0, 3, 2));

        assertEquals(140.0, d.difference(), 1e-12);
        assertEquals(25.640532, d.low(), 1e-6);
        assertEquals(149.359468, d.high(), 1e-6);
        assertTrue(d.clearOfZero());
        assertFalse(d.small(), "five answers on each side is not small");
        Nps.Difference back = Nps.Difference.of(Nps.of(0, 3, 2), Nps.of(5, 0, 0));
        assertEquals(-149.359468, back.low(), 1e-6, "the other way round, the same interval mirrored");
        assertEquals(-25.640532, back.high(), 1e-6);
    }

    /*
     * P 3, passives 1, D 1 (score 40) against P 4, passives 3, D 3 (score 10): plain difference 30.
     *   First: n' = 8, p'P = 3.75/8 = 0.46875, p'D = 1.75/8 = 0.21875, NPS' = 0.25, V' = 0.6875 − 0.0625 = 0.625, V'/n' = 0.078125.
     *   Second: n' = 13, p'P = 4.75/13, p'D = 3.75/13, NPS' = 1/13, V' = 8.5/13 − 1/169 = 109.5/169, V'/n' = 0.049841.
     *   Centre 100·(0.25 − 1/13) = 17.307692; half = 196·√0.127966 = 196·0.357723 = 70.113694:
     *   [−52.806001, 87.421386], which includes 0.
     */
    @Test
    void aThirtyPointGapBetweenFiveAndTenAnswersIsNotClearOfZero() {
        Nps.Difference d = Nps.Difference.of(Nps.of(3, 1, 1), Nps.of(4, 3, 3));

        assertEquals(30.0, d.difference(), 1e-12);
        assertEquals(-52.806001, d.low(), 1e-6);
        assertEquals(87.421386, d.high(), 1e-6);
        assertFalse(d.clearOfZero());
        assertEquals(5, d.n());
        assertEquals(10, d.restN());
    }

    /*
     * Two answers (P 1, D 1) against six (P 2, passives 2, D 2): both centres 0;
     *   first n' = 5, p'P = p'D = 0.35, V' = 0.7, V'/n' = 0.14; second n' = 9, p'P = p'D = 2.75/9,
     *   V' = 5.5/9 = 0.611111, V'/n' = 0.067901; half = 196·√0.207901 = 89.368528. Marked small: the first side has fewer than 5.
     */
    @Test
    void aSmallGroupStillGetsItsIntervalMarkedSmall() {
        Nps.Difference d = Nps.Difference.of(Nps.of(1, 0, 1), Nps.of(2, 2, 2));

        assertEquals(0.0, d.difference(), 1e-12);
        assertEquals(-89.368528, d.low(), 1e-6);
        assertEquals(89.368528, d.high(), 1e-6);
        assertTrue(d.small());
    }

    @Test
    void nobodyOnOneSideMeansNoDifference() {
        assertNull(Nps.Difference.of(Nps.of(2, 1, 0), Nps.of(0, 0, 0)));
        assertNull(Nps.Difference.of(Nps.of(0, 0, 0), Nps.of(2, 1, 0)));
        Nps none = Nps.of(0, 0, 0);
        assertNull(none.low());
        assertTrue(none.small());
    }

    /*
     * Three promoters against three detractors: plain difference 200. Adjusted: NPS' = ±(3.75 − 0.75)/6 = ±0.5,
     * centre 100; V'/n' = 0.5/6 = 1/12 on each side; half = 196·√(1/6) = 80.016665: [19.983335, 180.016665].
     * The adjustment pulls three answers a side well towards 0, so the interval sits below the plain 200:
     * with so few answers it does not take 200 at its word, yet it is still clear of zero.
     */
    @Test
    void threeAgainstThreeIsPulledTowardsZeroButStaysClear() {
        Nps.Difference d = Nps.Difference.of(Nps.of(3, 0, 0), Nps.of(0, 0, 3));

        assertEquals(200.0, d.difference(), 1e-12);
        assertEquals(19.983335, d.low(), 1e-6);
        assertEquals(180.016665, d.high(), 1e-6);
        assertTrue(d.clearOfZero());
        assertTrue(d.small());
    }
}
