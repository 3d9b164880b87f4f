package org.scorecardkit.tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every statistic has a plain-language note and a methods sentence in the bundle, and they fill in cleanly. */
class StatTextTest {

    @Test
    void everyStatisticHasANoteAndAMethod() {
        for (String key : StatText.KEYS) {
            for (String part : new String[] {".note", ".method"}) {
                String text = StatText.get(key + part);
                assertFalse(text.isBlank(), key + part);
                // Filled with placeholders of its own, nothing of MessageFormat's syntax is left over.
                String filled = StatText.format(key + part, "A", "B", "C", "D", "E");
                assertFalse(filled.contains("{") || filled.contains("}"), key + part + ": " + filled);
            }
        }
    }

    @Test
    void notesFillInTheFiguresInOrder() {
        assertEquals("With answers like these, the NPS of everyone these respondents stand for most likely lies between -19 and 65: "
                + "the fewer the answers, the wider this range.", StatText.format("nps.ci95.note", "-19", "65"));
        String change = StatText.format("change.ci95.note", "item 3", "+0.5", 12, "0.1", "0.9");
        assertTrue(change.contains("item 3 changed by +0.5 on average for the 12 people"), change);
        assertTrue(StatText.format("alpha.ci95.method").contains("Cronbach’s alpha"), "typographic apostrophes survive MessageFormat");
        assertEquals(StatText.get("nps.ci95.method"), Nps.METHOD);
    }
}
