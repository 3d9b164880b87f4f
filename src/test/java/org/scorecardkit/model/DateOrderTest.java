package org.scorecardkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The day/month order as written in site.yaml and on the command line. */
class DateOrderTest {
    @Test
    void readsBothWordsInAnyCase() {
        assertEquals(DateOrder.DMY, DateOrder.of("dmy"));
        assertEquals(DateOrder.DMY, DateOrder.of("DMY"));
        assertEquals(DateOrder.MDY, DateOrder.of("mDy"));
        assertEquals("mdy", DateOrder.MDY.word());
    }

    @Test
    void anotherWordNamesTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateOrder.of("ymd"));

        assertEquals("the date order must be dmy (day first) or mdy (month first), not \"ymd\"", e.getMessage());
    }
}
