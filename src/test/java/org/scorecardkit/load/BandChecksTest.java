package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorecardkit.model.Band;
import org.scorecardkit.model.ScoreRange;

/**
 * Band tiling on its own: bands are given with made-up positions (band n written on line n, min in
 * column 10, max in column 20) so each problem shows which band and which bound it points at.
 */
class BandChecksTest {
    private static final String FILE = "instruments/test.yaml";
    private static final ScoreRange SUM_12_TO_60 = new ScoreRange(12, 60, true, "12 items scored 1–5, summed");
    private static final ScoreRange MEAN_1_TO_5 = new ScoreRange(1, 5, false, "12 items scored 1–5, averaged");

    private final List<Problem> problems = new ArrayList<>();
    private final BandChecks checks = new BandChecks(new SourceFile(FILE, "", problems), "band", true);
    private final BandChecks realChecks = new BandChecks(new SourceFile(FILE, "", problems), "band", false);

    private static BandChecks.Written band(int line, String label, double min, double max) {
        return new BandChecks.Written(new Band(label.toLowerCase(), label, min, max, null),
                new Position(line, 10), new Position(line, 20));
    }

    private static Problem at(int line, int column, String message, String fix) {
        return new Problem(FILE, line, column, message, fix);
    }

    @Test
    void integerBandsThatMeetAtMaxPlusOneTileTheRange() {
        List<Band> bands = checks.check(List.of(
                band(1, "Low", 12, 27), band(2, "Mid", 28, 43), band(3, "High", 44, 60)), SUM_12_TO_60);
        assertEquals(List.of(), problems);
        assertEquals(List.of("Low", "Mid", "High"), bands.stream().map(Band::label).toList());
    }

    @Test
    void bandsAreReturnedInScoreOrderWhateverTheOrderWritten() {
        List<Band> bands = checks.check(List.of(
                band(1, "High", 44, 60), band(2, "Low", 12, 27), band(3, "Mid", 28, 43)), SUM_12_TO_60);
        assertEquals(List.of(), problems);
        assertEquals(List.of("Low", "Mid", "High"), bands.stream().map(Band::label).toList());
    }

    @Test
    void integerBandsThatShareAScoreOverlap() {
        checks.check(List.of(band(1, "Low", 12, 29), band(2, "High", 28, 60)), SUM_12_TO_60);
        assertEquals(List.of(at(2, 10, "bands \"Low\" (12–29) and \"High\" (28–60) overlap: both cover 28–29",
                "start \"High\" at 30")), problems);
    }

    @Test
    void realBandsThatMeetAtTheSameBoundTileTheRange() {
        List<Band> bands = realChecks.check(List.of(band(1, "Low", 1, 2.5), band(2, "High", 2.5, 5)), MEAN_1_TO_5);
        assertEquals(List.of(), problems);
        assertEquals(List.of(1.0, 2.5), bands.stream().map(Band::min).toList());
    }

    @Test
    void realBandsWithSpaceBetweenThemLeaveAGap() {
        realChecks.check(List.of(band(1, "Low", 1, 2.4), band(2, "High", 2.5, 5)), MEAN_1_TO_5);
        assertEquals(List.of(at(2, 10, "no band covers 2.4–2.5, between \"Low\" (1–2.4) and \"High\" (2.5–5)",
                "start \"High\" at 2.4, or end \"Low\" at 2.5")), problems);
    }

    @Test
    void realBandsThatMeetAtMaxPlusOneLeaveAGap() {
        realChecks.check(List.of(band(1, "Low", 1, 2), band(2, "High", 3, 5)), MEAN_1_TO_5);
        assertEquals(List.of(at(2, 10, "no band covers 2–3, between \"Low\" (1–2) and \"High\" (3–5)",
                "start \"High\" at 2, or end \"Low\" at 3")), problems);
    }

    @Test
    void integerGapNamesTheMissingScores() {
        checks.check(List.of(band(1, "Low", 12, 27), band(2, "High", 30, 60)), SUM_12_TO_60);
        assertEquals(List.of(at(2, 10, "no band covers 28–29, between \"Low\" (12–27) and \"High\" (30–60)",
                "start \"High\" at 28, or end \"Low\" at 29")), problems);
    }

    @Test
    void minAboveMaxIsReportedAndTheBandLeftOut() {
        List<Band> bands = checks.check(List.of(
                band(1, "Low", 12, 27), band(2, "Odd", 43, 28), band(3, "High", 28, 60)), SUM_12_TO_60);
        assertEquals(List.of(at(2, 10, "band \"Odd\" (43–28) starts above where it ends",
                "swap min and max: min: 28, max: 43")), problems);
        assertEquals(List.of("Low", "High"), bands.stream().map(Band::label).toList());
    }

    @Test
    void fractionalBoundOnWholeNumberScores() {
        checks.check(List.of(band(1, "Low", 12, 27.5), band(2, "High", 28, 60)), SUM_12_TO_60);
        assertEquals(List.of(
                at(1, 10, "band \"Low\" (12–27.5) has a fractional bound, but scores are whole numbers "
                        + "(12 items scored 1–5, summed)", "use whole numbers for min and max"),
                // With "Low" left out, nothing covers the lowest scores either.
                at(2, 10, "no band covers the lowest scores 12–27 (12 items scored 1–5, summed)",
                        "start \"High\" at 12")), problems);
    }

    @Test
    void fractionalBoundsAreFineOnRealScores() {
        realChecks.check(List.of(band(1, "Low", 1, 2.75), band(2, "High", 2.75, 5)), MEAN_1_TO_5);
        assertEquals(List.of(), problems);
    }

    @Test
    void realRangeNotReachedAtEitherEnd() {
        realChecks.check(List.of(band(1, "Low", 1.5, 3), band(2, "High", 3, 4.5)), MEAN_1_TO_5);
        assertEquals(List.of(
                at(1, 10, "no band covers the lowest scores 1–1.5 (12 items scored 1–5, averaged)", "start \"Low\" at 1"),
                at(2, 20, "no band covers the highest scores 4.5–5 (12 items scored 1–5, averaged)", "end \"High\" at 5")),
                problems);
    }

    @Test
    void twoBandsWithOneLabel() {
        checks.check(List.of(band(1, "Same", 12, 30), band(2, "Same", 31, 60)), SUM_12_TO_60);
        assertEquals(List.of(at(2, 10, "two bands are labelled \"Same\"", "give each band its own label")), problems);
    }

    @Test
    void withAnUnknownRangeOnlyTheOrderIsChecked() {
        List<Band> bands = checks.check(List.of(band(1, "Low", 0, 10), band(2, "High", 11, 1000)), null);
        assertEquals(List.of(), problems);
        assertEquals(2, bands.size());
    }

    @Test
    void categoriesAreCalledCategoriesInMessages() {
        BandChecks categories = new BandChecks(new SourceFile(FILE, "", problems), "category", true);
        categories.check(List.of(band(1, "Detractors", 0, 5), band(2, "Passives", 7, 8), band(3, "Promoters", 9, 10)),
                new ScoreRange(0, 10, true, "the answer to \"recommend\""));
        assertEquals(List.of(at(2, 10, "no category covers 6, between \"Detractors\" (0–5) and \"Passives\" (7–8)",
                "start \"Passives\" at 6, or end \"Detractors\" at 6")), problems);
    }
}
