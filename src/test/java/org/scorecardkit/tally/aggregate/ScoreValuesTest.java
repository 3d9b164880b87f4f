package org.scorecardkit.tally.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Score values get ids in order of first sight, one per distinct value, found again without allocating. */
class ScoreValuesTest {
    @Test
    void eachDistinctValueGetsTheNextIdAndKeepsIt() {
        ScoreValues values = new ScoreValues();
        for (int i = 0; i < 1000; i++) {   // past the first array and table sizes
            assertEquals(i, values.id(i * 0.25 - 7), "value " + (i * 0.25 - 7));
        }
        for (int i = 999; i >= 0; i--) {
            assertEquals(i, values.id(i * 0.25 - 7));
            assertEquals(i * 0.25 - 7, values.value(i));
        }
        assertEquals(1000, values.size());
    }

    @Test
    void minusZeroIsZeroAndEveryNanIsOne() {
        ScoreValues values = new ScoreValues();
        int zero = values.id(0.0);
        assertEquals(zero, values.id(-0.0));
        assertEquals(0.0, values.value(zero));
        int nan = values.id(Double.NaN);
        assertEquals(nan, values.id(Double.longBitsToDouble(0x7ff8_0000_0000_0001L)));
        assertEquals(2, values.size());
    }

    @Test
    void findingAKnownValueAllocatesNothing() {
        ScoreValues values = new ScoreValues();
        for (int v = 0; v <= 60; v++) {
            values.id(v);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 20_000; i++) {
            sum += values.id(i % 61 + 0.0);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 20_000, allocated + " bytes for 20000 lookups (sum " + sum + ")");
    }
}
