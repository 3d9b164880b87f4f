package org.scorecardkit.tally.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scorecardkit.tally.TallyFixtures;

/** One record checked as a tally row: canonical answers when clean, the tally's own reasons when not. */
class RecordCheckTest {
    private final RecordCheck check = new RecordCheck(new Layout(TallyFixtures.instrument("trio")), null);

    private RecordCheck.Checked check(Map<String, String> fields) {
        return check.check("POST /responses/trio", new java.util.TreeMap<>(fields).entrySet(), fields.toString());
    }

    @Test
    void aCleanPostGivesTheAnswersAsAnExportWritesThem() {
        RecordCheck.Checked c = check(Map.of("instrument", "trio", "version", "2", "a", " 4 ", "respondent", "Ana",
                "date", "2026-03-05"));
        assertTrue(c.clean(), c.problems().toString());
        assertEquals(Map.of("a", "4"), c.answers());
        assertEquals("Ana", c.respondent());
        assertEquals("2026-03-05", c.date());
    }

    @Test
    void aValueOutsideTheScaleIsListedWithTheTallysReason() {
        RecordCheck.Checked c = check(Map.of("instrument", "trio", "version", "2", "a", "9"));
        assertFalse(c.clean());
        assertTrue(c.problems().stream().anyMatch(p -> "a".equals(p.column()) && p.reason() == Reason.OUTSIDE_SCALE),
                c.problems().toString());
    }

    @Test
    void anotherVersionIsRejectedAsARow() {
        RecordCheck.Checked c = check(Map.of("instrument", "trio", "version", "7", "a", "3"));
        assertNull(c.answers());
        assertEquals(List.of(Reason.OTHER_VERSION), c.problems().stream().map(Problem::reason).toList());
    }
}
