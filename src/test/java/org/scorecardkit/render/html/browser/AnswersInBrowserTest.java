package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;

/**
 * What happens to the answers in the browser: downloaded as JSON and CSV exactly as given, kept in
 * localStorage across a reload, and gone after "Clear my answers".
 */
class AnswersInBrowserTest {
    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.content(Audiences::npsForParticipants);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "Ann \"Annie\" O'Neil, Jr.";
    private static final String GROUP = "=Team A";
    private static final String REASON = "Quick reply,\nbut a \"slow\" refund";

    private static String read(Download d) throws IOException {
        byte[] bytes = Files.readAllBytes(d.path());
        assertFalse(bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF,
                d.suggestedFilename() + " has no byte order mark");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private FormPage npsAnswered() {
        FormPage form = new FormPage(SITE.open("nps/index.html"));
        form.typeNameAndGroup(NAME, GROUP);
        form.setDate("2026-11-22");
        form.click("recommend", 8);
        form.write("reason", REASON);
        form.submitForResult();
        return form;
    }

    @Test
    void npsJsonDownloadIsExactlyTheStateObjectPrettyPrinted() throws IOException {
        Page page = npsAnswered().page;

        Download d = page.waitForDownload(() -> page.locator("#download-json").click());

        assertEquals("nps-answers.json", d.suggestedFilename());
        String text = read(d);
        ObjectNode expected = JSON.createObjectNode().put("instrument", "nps").put("version", "1")
                .put("respondent", NAME).put("group", GROUP).put("date", "2026-11-22");
        expected.putObject("answers").put("recommend", 8).put("reason", REASON);
        JsonNode got = JSON.readTree(text);
        assertEquals(expected, got, "the downloaded JSON is the state object");
        assertTrue(got.get("answers").get("recommend").isIntegralNumber(), "a rating is a number, not a string");
        assertTrue(text.startsWith("{\n  \"instrument\": \"nps\",\n"), "pretty-printed with 2 spaces:\n" + text);
        assertEquals(expected, JSON.readTree((String) page.evaluate("() => localStorage.getItem('scorecard:nps:1')")),
                "localStorage holds the same state object under scorecard:<id>:<version>");
    }

    @Test
    void npsCsvDownloadQuotesNeutralisesAndEndsLinesWithCrlf() throws IOException {
        Page page = npsAnswered().page;

        Download d = page.waitForDownload(() -> page.locator("#download-csv").click());

        assertEquals("nps-answers.csv", d.suggestedFilename());
        String text = read(d);
        assertEquals("respondent,group,date,recommend,reason\r\n"
                + "\"Ann \"\"Annie\"\" O'Neil, Jr.\",'=Team A,2026-11-22,8,\"Quick reply,\nbut a \"\"slow\"\" refund\"\r\n", text,
                "RFC 4180 quoting, the formula-like group neutralised with ', CRLF line ends");
        List<List<String>> rows = Csv.parse(text);
        assertEquals(List.of(List.of("respondent", "group", "date", "recommend", "reason"),
                List.of(NAME, "'" + GROUP, "2026-11-22", "8", REASON)), rows);
    }

    @Test
    void csvDownloadNeutralisesCellsStartingWithAtMinusOrATab() throws IOException {
        FormPage form = new FormPage(SITE.open("nps/index.html"));
        form.page.locator("#f-respondent").fill("@Ann");
        form.page.locator("#f-group").fill("\t=cmd|' /C calc'!A0");
        form.setDate("2026-11-22");
        form.click("recommend", 9);
        form.write("reason", "-2 for the wait, +1 for the smile");
        form.submitForResult();

        Download d = form.page.waitForDownload(() -> form.page.locator("#download-csv").click());

        assertEquals("respondent,group,date,recommend,reason\r\n"
                + "'@Ann,'\t=cmd|' /C calc'!A0,2026-11-22,9,\"'-2 for the wait, +1 for the smile\"\r\n", read(d),
                "@, a leading tab and - each get a ' before them (so does +, = and a carriage return)");
    }

    @Test
    void skillsetCsvHasAColumnPerItemInFormOrderAndJsonAgrees() throws IOException {
        Instrument skillset = SITE.instrument("skillset");
        FormPage form = new FormPage(SITE.open("skillset/index.html"));
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Item item : skillset.answeredItems()) {
            int v = 5 - answers.size() % 5;
            answers.put(item.id(), v);
            form.click(item.id(), v);
        }
        form.submitForResult();
        String today = LocalDate.now().toString();

        Download csv = form.page.waitForDownload(() -> form.page.locator("#download-csv").click());
        Download json = form.page.waitForDownload(() -> form.page.locator("#download-json").click());

        List<List<String>> rows = Csv.parse(read(csv));
        List<String> header = new ArrayList<>(List.of("respondent", "group", "date"));
        skillset.answeredItems().forEach(i -> header.add(i.id()));
        assertEquals(2, rows.size(), "a header and one row");
        assertEquals(header, rows.get(0));
        List<String> row = new ArrayList<>(List.of("", "", today));
        answers.values().forEach(v -> row.add(String.valueOf(v)));
        assertEquals(row, rows.get(1), "no name or group given: empty cells; date: today; each rating as digits");
        JsonNode state = JSON.readTree(read(json));
        assertEquals("", state.get("respondent").asText());
        assertEquals(today, state.get("date").asText());
        Map<String, Object> fromJson = JSON.convertValue(state.get("answers"), Map.class);
        assertEquals(new LinkedHashMap<String, Object>(answers), fromJson);
    }

    @Test
    void withoutAnEndpointTheFormIsAGetFormAndScoringSendsNothing() {
        FormPage form = new FormPage(SITE.open("skillset/index.html"));
        assertEquals("get", form.page.evaluate("() => document.getElementById('response-form').method"), "a GET form (the method in effect)");
        assertNull(form.page.locator("#response-form").getAttribute("action"), "no action: nothing to send to");
        assertEquals(1, form.page.locator("noscript").count(), "a <noscript> note explains the scorecard needs JavaScript");
        List<String> loaded = SITE.requestedUrls();

        form.restore(SITE.instrument("skillset"), FormPage.sampleAnswers(SITE.instrument("skillset")), "Ann", "Team A");
        form.submitForResult();

        List<String> after = SITE.requestedUrls().subList(loaded.size(), SITE.requestedUrls().size());
        List<String> pageAndAssets = new ArrayList<>(List.of(SITE.url("skillset/index.html")));
        SITE.assetsOf("skillset/index.html").forEach(a -> pageAndAssets.add(SITE.url(a)));
        assertEquals(pageAndAssets, after,
                "after the reload, seeing the scorecard asks for nothing: no request, no navigation");
        assertEquals(SITE.url("skillset/index.html"), form.page.url(), "the page did not navigate (no ?query from a GET submit)");
    }

    @Test
    void dateIsLeftBlankUntilTheAnswersAreScoredThenDatedToday() {
        FormPage form = new FormPage(SITE.open("nps/index.html"));
        assertEquals("", form.page.locator("#f-date").inputValue(), "blank on the page, so a printed form leaves it for the pen");

        form.click("recommend", 9);
        form.submitForResult();

        assertEquals(LocalDate.now().toString(), form.page.locator("#f-date").inputValue(), "answers given on screen are dated today");
    }

    @Test
    void reloadKeepsAPartlyFilledFormAndItsStoredState() throws IOException {
        FormPage form = new FormPage(SITE.open("seven-cs/index.html"));
        form.typeNameAndGroup("Cy", "Back office");
        form.setDate("2026-03-04");
        form.click("caring", "yes");
        form.keyboard("friendly", "partly");
        form.click("easy-forms", "no");
        Map<String, Object> before = form.shownAnswers();

        form.page.reload();

        assertEquals("Cy", form.page.locator("#f-respondent").inputValue());
        assertEquals("Back office", form.page.locator("#f-group").inputValue());
        assertEquals("2026-03-04", form.page.locator("#f-date").inputValue());
        assertEquals("yes", form.checked("caring"));
        assertEquals("partly", form.checked("friendly"));
        assertEquals("no", form.checked("easy-forms"));
        assertNull(form.checked("helpful"), "an unanswered item stays unanswered");
        assertEquals(before, form.shownAnswers(), "every input as it was");
        JsonNode stored = JSON.readTree((String) form.page.evaluate("() => localStorage.getItem('scorecard:seven-cs:1')"));
        assertEquals(JSON.readTree("{\"caring\":\"yes\",\"friendly\":\"partly\",\"easy-forms\":\"no\"}"), stored.get("answers"),
                "only answered items are stored, never as 0");
    }

    @Test
    void reloadKeepsTheNpsReasonText() {
        FormPage form = new FormPage(SITE.open("nps/index.html"));
        form.click("recommend", 5);
        form.write("reason", REASON);

        form.page.reload();

        assertEquals(REASON, form.page.locator("#i-reason").inputValue());
        assertEquals("5", form.checked("recommend"));
    }

    @Test
    void clearMyAnswersEmptiesStorageAndTheFormStaysEmptyAfterReload() {
        FormPage form = new FormPage(SITE.open("nps/index.html"));
        form.typeNameAndGroup("Dee", "Shop");
        form.click("recommend", 10);
        form.write("reason", "Great");
        form.submitForResult();
        assertTrue(form.page.evaluate("() => localStorage.getItem('scorecard:nps:1')") != null, "answers were kept");

        form.page.locator("#clear-answers").click();

        assertNull(form.page.evaluate("() => localStorage.getItem('scorecard:nps:1')"), "storage is cleared");
        assertFalse(form.page.locator("#result").isVisible(), "the result is put away");
        form.page.reload();
        assertNull(form.checked("recommend"));
        assertEquals("", form.page.locator("#f-respondent").inputValue());
        assertEquals("", form.page.locator("#i-reason").inputValue());
        assertEquals("", form.page.locator("#f-date").inputValue(), "the date is cleared with the answers");
    }

    @Test
    void changeMyAnswersHidesTheResultAndKeepsTheAnswers() {
        FormPage form = new FormPage(SITE.open("nps/index.html"));
        form.click("recommend", 3);
        form.submitForResult();

        form.page.locator("#edit-answers").click();

        assertFalse(form.page.locator("#result").isVisible());
        assertFalse((Boolean) form.page.evaluate("() => document.body.classList.contains('printing-result')"));
        assertEquals("3", form.checked("recommend"));
    }
}
