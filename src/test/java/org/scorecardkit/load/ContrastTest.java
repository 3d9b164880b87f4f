package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WCAG 2 contrast: known pairs, how ratios are written, and the darker colour suggested as a fix. */
class ContrastTest {
    @Test
    void blackOnWhiteIsTwentyOneToOne() {
        assertEquals(21.0, Contrast.ratio("#ffffff", "#000000"), 1e-9);
        assertEquals(21.0, Contrast.ratio("#000000", "#ffffff"), 1e-9, "the order of the pair does not matter");
    }

    @Test
    void aColourOnItselfIsOneToOne() {
        assertEquals(1.0, Contrast.ratio("#0b5cad", "#0b5cad"), 1e-9);
    }

    @Test
    void grey777OnWhiteFallsJustShort() {
        double r = Contrast.ratio("#777777", "#ffffff");
        assertEquals(4.48, r, 0.005);
        assertTrue(r < Contrast.AA_TEXT);
        assertEquals("4.4:1", Contrast.shown(r), "written rounded down, never as if it reached 4.5");
    }

    @ParameterizedTest(name = "{0} on white: {1}")
    @CsvSource({"#767676, 4.54", "#0b5cad, 6.67", "#f5c400, 1.64", "#ff0000, 4.0"})
    void knownPairs(String colour, double expected) {
        assertEquals(expected, Contrast.ratio(colour, "#ffffff"), 0.01);
    }

    @ParameterizedTest(name = "{0} darkened")
    @CsvSource({"#f5c400", "#777777", "#ff0000", "#33aaff", "#ffffff"})
    void theSuggestedColourPassesAndKeepsItsHue(String colour) {
        String darker = Contrast.darkened(colour, "#ffffff", 4.5);
        assertTrue(Contrast.ratio(darker, "#ffffff") >= 4.5, darker);
        assertTrue(Contrast.ratio(darker, "#ffffff") < 4.8, darker + " is the lightest that passes, not black");
        double[] before = Contrast.hsl(colour);
        double[] after = Contrast.hsl(darker);
        assertEquals(before[0], after[0], 0.02, "same hue");
        assertTrue(after[2] < before[2], "darker");
    }

    @Test
    void aPassingColourIsKept() {
        assertEquals("#0b5cad", Contrast.darkened("#0b5cad", "#ffffff", 4.5));
    }
}
