package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.Score;
import org.scorecardkit.model.Scorer;

/**
 * Each responding instrument of the shipped content filled in real Chromium as a person would (mouse
 * on labels for some items, Tab / Space / arrows for the others), submitted with the button, and the
 * scorecard shown compared with what the Java {@link Scorer} computes from the same definition.
 */
class ScoringInBrowserTest {
    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.content(Audiences::npsForParticipants);

    private static final double EPS = 1e-9;

    /** Answers the items in form order, even positions with the mouse, odd ones with the keyboard. */
    private static void answerAlternately(FormPage form, Map<String, Object> answers) {
        int i = 0;
        for (Map.Entry<String, Object> a : answers.entrySet()) {
            if (i++ % 2 == 0) {
                form.click(a.getKey(), a.getValue());
            } else {
                form.keyboard(a.getKey(), a.getValue());
            }
        }
    }

    private static void assertResultMatchesScorer(FormPage.Result shown, Score expected) {
        assertNotNull(expected.value(), "the Java scorer gives a score for complete answers");
        assertEquals(expected.value(), shown.score(), EPS, "data-score");
        assertEquals(expected.grow(), shown.grow(), "the 'where you could grow' items");
    }

    private static void assertResultShownAndFocused(Page page) {
        assertTrue(page.locator("#result").isVisible(), "#result is shown");
        assertEquals("result", page.evaluate("() => document.activeElement.id"), "focus moves to #result");
        assertEquals("Your scorecard", page.locator("#result-title").textContent().trim());
        assertTrue((Boolean) page.evaluate("() => document.getElementById('response-form').classList.contains('answered')"),
                "the form gets class 'answered'");
        assertTrue(page.locator("#response-form").isVisible(), "the form stays visible above the result");
        for (String button : List.of("download-json", "download-csv", "print-result", "clear-answers", "edit-answers")) {
            assertTrue(page.locator("#result button#" + button).isVisible(), "the result offers #" + button);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> chartTexts(Page page, String kind) {
        return (List<String>) page.evaluate("k => [...document.querySelectorAll('#result svg.chart.' + k + ' text')].map(t => t.textContent.trim())", kind);
    }

    @Test
    void skillsetCyclingOneToFiveScoresThirtyFiveInDevelopingWithTheThreeOnesToGrow() {
        Instrument skillset = SITE.instrument("skillset");
        Map<String, Object> answers = new LinkedHashMap<>();
        List<Item> items = skillset.answeredItems();
        for (int i = 0; i < items.size(); i++) {
            answers.put(items.get(i).id(), (i * 3) % 5 + 1);   // 1 4 2 5 3 1 4 2 5 3 1 4
        }
        Score expected = Scorer.score(skillset, answers);
        assertEquals(35.0, expected.value(), "the pattern sums to the top of 'Developing' (24–35)");

        FormPage form = new FormPage(SITE.open("skillset/index.html"));
        form.typeNameAndGroup("Ann Example", "Team A");
        answerAlternately(form, answers);
        FormPage.Result shown = form.submitForResult();

        assertResultMatchesScorer(shown, expected);
        assertEquals(expected.band().key(), shown.band());
        assertEquals("developing", shown.band());
        assertEquals("Developing", form.page.locator("#result .band h3").textContent().trim());
        assertEquals(List.of("importance-of-service", "service-models-and-processes", "always-courteous"), shown.grow());
        assertEquals("35", form.page.locator("#result .score").getAttribute("data-score"), "an integer score is written as String(35)");
        assertTrue(form.page.locator("#result .score").textContent().contains("of 60"));
        assertTrue(form.page.locator("#result p.who").textContent().contains("Ann Example"), "the name line shows the name");
        assertEquals("img", form.page.locator("#result svg.chart.profile").getAttribute("role"));
        assertFalse(form.page.locator("#result svg.chart.profile").getAttribute("aria-label").isBlank(), "the chart has a text alternative");
        List<String> labels = chartTexts(form.page, "profile").stream().filter(t -> t.matches("\\d+\\. .*")).toList();
        assertEquals(12, labels.size(), "one labelled bar per scored item: " + labels);
        for (int i = 0; i < 12; i++) {
            assertTrue(labels.get(i).startsWith((i + 1) + ". "), "bar " + (i + 1) + " is labelled with its item number: " + labels.get(i));
        }
        assertResultShownAndFocused(form.page);
        assertTrue((Boolean) form.page.evaluate("() => document.body.classList.contains('printing-result')"),
                "body gets class printing-result while the result shows");
    }

    @Test
    void skillsetAllFivesScoresSixtyInStrongWithNothingToGrow() {
        Instrument skillset = SITE.instrument("skillset");
        Map<String, Object> answers = new LinkedHashMap<>();
        skillset.answeredItems().forEach(i -> answers.put(i.id(), 5));
        Score expected = Scorer.score(skillset, answers);

        FormPage form = new FormPage(SITE.open("skillset/index.html"));
        answerAlternately(form, answers);
        FormPage.Result shown = form.submitForResult();

        assertResultMatchesScorer(shown, expected);
        assertEquals(60.0, shown.score());
        assertEquals("strong", shown.band());
        assertEquals(expected.band().key(), shown.band());
        assertEquals(List.of(), shown.grow(), "no item is below the top of the scale");
        assertTrue(form.page.locator("#result .grow").textContent().toLowerCase().contains("top"),
                "the grow part says every item is at the top of the scale: " + form.page.locator("#result .grow").textContent());
    }

    @Test
    void sevenCsMixedYesPartlyNoMatchesTheScorerOverallAndPerSection() {
        Instrument sevenCs = SITE.instrument("seven-cs");
        String[] pattern = {"yes", "partly", "no", "yes", "yes", "partly", "no"};   // 7 long: shifts across sections
        Map<String, Object> answers = new LinkedHashMap<>();
        List<Item> items = sevenCs.answeredItems();
        for (int i = 0; i < items.size(); i++) {
            answers.put(items.get(i).id(), pattern[i % pattern.length]);
        }
        Score expected = Scorer.score(sevenCs, answers);

        FormPage form = new FormPage(SITE.open("seven-cs/index.html"));
        form.typeNameAndGroup("Bo", "Front desk");
        answerAlternately(form, answers);
        FormPage.Result shown = form.submitForResult();

        assertEquals(expected.value(), shown.score(), EPS, "overall coverage");
        assertEquals(expected.sections().keySet(), shown.coverage().keySet(), "one data-coverage per answered section");
        for (Map.Entry<String, Double> s : expected.sections().entrySet()) {
            assertEquals(s.getValue(), shown.coverage().get(s.getKey()), EPS, "coverage of section " + s.getKey());
        }
        assertEquals(sevenCs.sections().stream().map(s -> s.id()).toList(), shown.coverageSections(), "a row per section, in order");
        assertEquals(1, form.page.locator("#result svg.chart.coverage[role=img]").count(), "one coverage chart");
        List<String> chartText = chartTexts(form.page, "coverage");
        for (var section : sevenCs.sections()) {
            assertTrue(chartText.contains(section.title()), "the chart has a bar labelled " + section.title() + ": " + chartText);
        }
        String caring = form.page.locator("#result table.coverage tr[data-section=caring-attitude] td").textContent().trim();
        assertEquals(Math.round(expected.sections().get("caring-attitude")) + "%", caring, "the table shows rounded percentages");
        assertEquals(List.of(), shown.grow(), "a checklist has no grow list");
        assertResultShownAndFocused(form.page);
    }

    @Test
    void npsShowsTheAnswerAndItsCategoryAtEveryCategoryBoundary() {
        Instrument nps = SITE.instrument("nps");
        for (int answer : new int[] {0, 6, 7, 8, 9, 10}) {
            Map<String, Object> answers = new LinkedHashMap<>();
            answers.put("recommend", answer);
            answers.put("reason", "Because " + answer);
            Score expected = Scorer.score(nps, answers);

            FormPage form = new FormPage(SITE.open("nps/index.html"));
            if (answer % 2 == 0) {
                form.click("recommend", answer);
                form.write("reason", "Because " + answer);
            } else {
                form.write("reason", "Because " + answer);
                form.page.keyboard().press("Shift+Tab");   // back from the reason into the 0–10 group, at its last point
                assertEquals("recommend", form.page.evaluate("() => document.activeElement.name"));
                assertEquals("10", form.page.evaluate("() => document.activeElement.value"));
                form.page.keyboard().press("Space");
                for (int i = 10; i > answer; i--) {
                    form.page.keyboard().press("ArrowLeft");
                }
                assertEquals(String.valueOf(answer), form.checked("recommend"));
            }
            FormPage.Result shown = form.submitForResult();

            assertEquals(expected.value(), shown.score(), EPS, "answer " + answer);
            assertEquals(String.valueOf(answer), form.page.locator("#result .score").getAttribute("data-score"));
            assertEquals(expected.band().key(), shown.category(), "answer " + answer);
            String category = answer <= 6 ? "detractors" : answer <= 8 ? "passives" : "promoters";
            assertEquals(category, shown.category(), "answer " + answer);
            String label = answer <= 6 ? "Detractor" : answer <= 8 ? "Passive" : "Promoter";
            assertTrue(form.page.locator("#result .band").textContent().contains(label), "the band names the category " + label);
            form.page.evaluate("() => localStorage.clear()");
        }
    }

    @Test
    void submittingWithRequiredItemsUnansweredListsExactlyThoseAndShowsNoScore() {
        Instrument skillset = SITE.instrument("skillset");
        Map<String, Object> answers = new LinkedHashMap<>();
        List<String> skipped = List.of("adapt-to-customers", "handling-conflict", "open-to-improvement");
        for (Item item : skillset.answeredItems()) {
            if (!skipped.contains(item.id())) {
                answers.put(item.id(), 3);
            }
        }
        Score expected = Scorer.score(skillset, answers);
        assertEquals(skipped, expected.missing());

        FormPage form = new FormPage(SITE.open("skillset/index.html"));
        answers.forEach(form::click);
        form.submit();

        Page page = form.page;
        page.locator("#missing").waitFor();
        assertEquals("alert", page.locator("#missing").getAttribute("role"));
        assertEquals("missing", page.evaluate("() => document.activeElement.id"), "focus moves to the error summary");
        List<String> hrefs = new ArrayList<>();
        for (var a : page.locator("#missing li a").all()) {
            hrefs.add(a.getAttribute("href"));
        }
        assertEquals(expected.missing().stream().map(id -> "#q-" + id).toList(), hrefs, "the summary links exactly the unanswered items");
        assertEquals(List.of("3. " + skillset.item("adapt-to-customers").text(), "7. " + skillset.item("handling-conflict").text(),
                "12. " + skillset.item("open-to-improvement").text()), page.locator("#missing li a").allTextContents().stream().map(String::trim).toList());
        assertEquals(0, page.locator(".score").count(), "no score is shown");
        assertFalse(page.locator("#result").isVisible(), "no result is shown");
        assertTrue((Boolean) page.evaluate("() => (document.getElementById('missing').compareDocumentPosition(document.querySelector('#response-form .form-section')) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0"),
                "the summary stands before the form's first section");
        for (String id : skipped) {
            assertTrue(page.locator("#q-" + id).getAttribute("class").contains("missing"), id + " is marked missing");
        }

        form.click("handling-conflict", 2);
        assertFalse(page.locator("#q-handling-conflict").getAttribute("class").contains("missing"), "answering clears the mark");
        assertTrue(page.locator("#q-adapt-to-customers").getAttribute("class").contains("missing"), "the others keep it");
    }
}
