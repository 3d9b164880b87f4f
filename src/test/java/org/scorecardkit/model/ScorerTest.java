package org.scorecardkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scorecardkit.load.ContentLoader;

/** Scores of hand-worked answers on the shipped instruments and the fixture survey. */
class ScorerTest {
    static SiteContent content;
    static SiteContent fixture;

    @BeforeAll
    static void load() {
        content = ContentLoader.load(Path.of("content")).content();
        fixture = ContentLoader.load(Path.of("src/test/resources/sites/basic")).content();
    }

    /** The skillset's twelve answers in order: 3 1 4 1 5 2 2 5 3 5 4 4 — sum 39. */
    static Map<String, Object> skillset(int... values) {
        Map<String, Object> answers = new LinkedHashMap<>();
        List<Item> items = content.instrument("skillset").items();
        for (int i = 0; i < values.length; i++) {
            answers.put(items.get(i).id(), values[i]);
        }
        return answers;
    }

    @Test
    void skillsetSumsTheTwelveRatingsAndFindsTheBand() {
        Score score = Scorer.score(content.instrument("skillset"), skillset(3, 1, 4, 1, 5, 2, 2, 5, 3, 5, 4, 4));

        assertEquals(39.0, score.value());
        assertEquals("Established", score.band().label());
        assertEquals(List.of(), score.missing());
    }

    @Test
    void bandBoundariesAreInclusiveForWholeNumberScores() {
        assertEquals("Getting started", Scorer.score(content.instrument("skillset"), skillset(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1)).band().label());
        assertEquals("Developing", Scorer.score(content.instrument("skillset"), skillset(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2)).band().label());
        assertEquals("Strong", Scorer.score(content.instrument("skillset"), skillset(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5)).band().label());
    }

    @Test
    void growListsTheThreeLowestItemsBelowTheTopLowestFirstTiesInFormOrder() {
        Score score = Scorer.score(content.instrument("skillset"), skillset(3, 1, 4, 1, 5, 2, 2, 5, 3, 5, 4, 4));

        List<Item> items = content.instrument("skillset").items();
        assertEquals(List.of(items.get(1).id(), items.get(3).id(), items.get(5).id()), score.grow());
    }

    @Test
    void growIsEmptyWhenEveryItemIsAtTheTop() {
        assertEquals(List.of(), Scorer.score(content.instrument("skillset"), skillset(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5)).grow());
    }

    @Test
    void anUnansweredRequiredItemGivesNoScoreNeverZero() {
        Map<String, Object> answers = skillset(3, 1, 4, 1, 5, 2, 2, 5, 3, 5, 4, 4);
        List<Item> items = content.instrument("skillset").items();
        answers.remove(items.get(6).id());
        answers.put(items.get(9).id(), " ");

        Score score = Scorer.score(content.instrument("skillset"), answers);

        assertNull(score.value());
        assertNull(score.band());
        assertEquals(List.of(items.get(6).id(), items.get(9).id()), score.missing());
    }

    @Test
    void checklistCoverageCountsPartlyAsHalfOverAnsweredItemsPerSection() {
        Instrument sevenCs = content.instrument("seven-cs");
        Map<String, Object> answers = new HashMap<>();
        List<Item> all = sevenCs.answeredItems();
        String[] cycle = {"yes", "partly", "no"};
        for (int i = 0; i < all.size(); i++) {
            answers.put(all.get(i).id(), cycle[i % 3]);
        }

        Score score = Scorer.score(sevenCs, answers);

        // Caring Attitude: items 0–5 → yes partly no yes partly no → (1 + .5 + 0) · 2 / 6 = 50 %.
        assertEquals(50.0, score.sections().get("caring-attitude"));
        // Customized Practices: items 6–11 → yes partly no yes partly no → 50 %.
        assertEquals(50.0, score.sections().get("customized-practices"));
        // Competent CCPs: items 12–16 → yes partly no yes partly → 3 / 5 = 60 %.
        assertEquals(60.0, score.sections().get("competent-ccps"));
        double expectedOverall = 100 * credits(all.size()) / all.size();
        assertEquals(expectedOverall, score.value());
        assertEquals(7, score.sections().size());
    }

    private static double credits(int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += new double[] {1, 0.5, 0}[i % 3];
        }
        return sum;
    }

    @Test
    void npsScoreIsTheAnswerAndItsCategory() {
        Instrument nps = content.instrument("nps");

        assertEquals("promoters", Scorer.score(nps, Map.of("recommend", 9)).band().key());
        assertEquals("passives", Scorer.score(nps, Map.of("recommend", 8)).band().key());
        Score detractor = Scorer.score(nps, Map.of("recommend", 6, "reason", "slow"));
        assertEquals(6.0, detractor.value());
        assertEquals("detractors", detractor.band().key());
        assertEquals(List.of("recommend"), Scorer.score(nps, Map.of("reason", "no score")).missing());
    }

    @Test
    void meanOfTheFixtureSurveyUsesRealBandsMinInclusiveMaxExclusive() {
        Instrument pulse = fixture.instrument("pulse");
        Map<String, Object> answers = new HashMap<>(Map.of("energy", 2, "channel", "chat", "followed-up", "partly"));

        Score low = Scorer.score(pulse, answers);
        answers.put("energy", 3);
        Score high = Scorer.score(pulse, answers);

        assertEquals(2.0, low.value());
        assertEquals("Low", low.band().label());
        assertEquals("High", high.band().label());
        assertEquals(List.of(), low.grow(), "only self-assessments list where to grow");
    }

    @Test
    void aPosterIsNotScored() {
        Score score = Scorer.score(content.instrument("creed"), Map.of());
        assertNull(score.value());
        assertTrue(score.missing().isEmpty());
    }
}
