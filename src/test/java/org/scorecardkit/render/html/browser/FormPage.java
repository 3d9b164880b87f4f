package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;

/**
 * A form page driven as a person does it: labels clicked with the mouse, radio groups reached with Tab
 * and set with Space and the arrow keys, names typed. Every action checks it had the effect a person
 * would see (the focus landed where expected, the radio is checked), so a broken tab order or label
 * fails here rather than later.
 */
final class FormPage {
    final Page page;

    FormPage(Page page) {
        this.page = page;
    }

    /** The wrapper of an item (fieldset or div), by the contract's {@code id="q-ID"}. */
    static String item(String id) {
        return "#q-" + id;
    }

    /** Clicks the label "Your name", types the name, Tabs to "Group or team" and types the group. */
    void typeNameAndGroup(String name, String group) {
        page.locator("label[for=f-respondent]").click();
        assertEquals("f-respondent", activeId(), "clicking the label 'Your name' focuses its input");
        page.keyboard().type(name);
        page.keyboard().press("Tab");
        assertEquals("f-group", activeId(), "Tab from the name goes to the group");
        page.keyboard().type(group);
    }

    void setDate(String isoDate) {
        page.locator("#f-date").fill(isoDate);
    }

    /** Clicks, with the mouse, the label of the choice with this value. */
    void click(String itemId, Object value) {
        page.locator(item(itemId) + " label:has(input[value=\"" + value + "\"])").click();
        assertEquals(String.valueOf(value), checked(itemId), "clicking the label of " + value + " checks it in " + itemId);
    }

    /**
     * Reaches the radio group with Tab from where the focus is (the previous item), then Space checks
     * the first choice and the arrow key (right or down, alternately) moves to the value wanted.
     */
    void keyboard(String itemId, Object value) {
        page.keyboard().press("Tab");
        assertEquals(itemId, (String) page.evaluate("() => document.activeElement.name"),
                "Tab should move into the radio group of " + itemId + " (the next item in form order)");
        List<String> values = values(itemId);
        int target = values.indexOf(String.valueOf(value));
        assertTrue(target >= 0, value + " is a choice of " + itemId + ": " + values);
        assertEquals(values.get(0), (String) page.evaluate("() => document.activeElement.value"),
                "Tab into an unanswered group focuses its first choice");
        page.keyboard().press("Space");
        for (int i = 0; i < target; i++) {
            page.keyboard().press(i % 2 == 0 ? "ArrowRight" : "ArrowDown");
        }
        assertEquals(String.valueOf(value), checked(itemId), "keyboard choice of " + value + " in " + itemId);
    }

    /** Clicks the label of a text item and types the text (newlines as Enter). */
    void write(String itemId, String text) {
        page.locator(item(itemId) + " label").first().click();
        page.keyboard().type(text);
    }

    /**
     * A full, deterministic set of answers: ratings walk up the scale two points at a time, check
     * items and choices cycle through their values, text items get a line.
     */
    static Map<String, Object> sampleAnswers(Instrument instrument) {
        Map<String, Object> given = new LinkedHashMap<>();
        int k = 0;
        for (Item item : instrument.answeredItems()) {
            switch (item.type()) {
                case RATING -> given.put(item.id(), item.scale().min() + (k * 2) % (item.scale().max() - item.scale().min() + 1));
                case TEXT -> given.put(item.id(), "Note " + (k + 1));
                case MULTIPLE -> given.put(item.id(), List.of(item.choices().get(k % item.choices().size()).value()));
                default -> given.put(item.id(), item.choices().get(k % item.choices().size()).value());
            }
            k++;
        }
        return given;
    }

    /**
     * Puts answers in place the way a returning visitor has them: as the state object in localStorage
     * (key {@code scorecard:<id>:<version>}), then reloads so the page restores them.
     */
    void restore(Instrument instrument, Map<String, Object> answers, String name, String group) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("instrument", instrument.id());
        state.put("version", instrument.version());
        state.put("respondent", name);
        state.put("group", group);
        state.put("date", "2026-11-22");
        state.put("answers", answers);
        try {
            page.evaluate("([k, v]) => localStorage.setItem(k, v)",
                    List.of("scorecard:" + instrument.id() + ":" + instrument.version(), new ObjectMapper().writeValueAsString(state)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        page.reload();
        Map<String, Object> expected = new LinkedHashMap<>();
        for (Item item : instrument.answeredItems()) {
            Object v = answers.get(item.id());
            expected.put(item.id(), v == null ? "" : v instanceof List<?> l ? String.join(";", l.stream().map(String::valueOf).toList()) : String.valueOf(v));
        }
        assertEquals(expected, shownAnswers(), "the page restores the stored answers");
    }

    void submit() {
        page.locator("#response-form button[type=submit]").click();
    }

    /** Submits and waits for the result to show. */
    Result submitForResult() {
        submit();
        page.locator("#result .score, #result dl.answers, #result .thanks").first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        return new Result(page);
    }

    String checked(String itemId) {
        return (String) page.evaluate("id => { const c = document.querySelector('input[name=\"' + id + '\"]:checked'); return c ? c.value : null; }", itemId);
    }

    List<String> values(String itemId) {
        @SuppressWarnings("unchecked")
        List<String> v = (List<String>) page.evaluate("id => [...document.querySelectorAll('input[name=\"' + id + '\"]')].map(e => e.value)", itemId);
        return v;
    }

    String activeId() {
        return (String) page.evaluate("() => document.activeElement.id");
    }

    /** Every item's current answer as the page shows it: checked values and textarea text, by item id. */
    Map<String, Object> shownAnswers() {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) page.evaluate("() => { const out = {};"
                + " for (const w of document.querySelectorAll('#response-form .q[id^=q-]')) { const id = w.id.slice(2);"
                + "  const ta = w.querySelector('textarea'); if (ta) { out[id] = ta.value; continue; }"
                + "  const c = [...w.querySelectorAll('input:checked')].map(e => e.value); out[id] = c.join(';'); }"
                + " return out; }");
        return new LinkedHashMap<>(m);
    }

    /** The result view (#result) as the tests read it through the contract's hooks. */
    static final class Result {
        final Page page;

        Result(Page page) {
            this.page = page;
        }

        double score() {
            String s = page.locator("#result .score").getAttribute("data-score");
            assertTrue(s != null, "#result .score has data-score");
            return Double.parseDouble(s);
        }

        String band() {
            return page.locator("#result .band").getAttribute("data-band");
        }

        String category() {
            return page.locator("#result .band").getAttribute("data-category");
        }

        /** data-coverage by data-section of the coverage table; sections without the attribute are left out. */
        Map<String, Double> coverage() {
            Map<String, Double> out = new LinkedHashMap<>();
            for (Locator row : page.locator("#result table.coverage tr[data-section]").all()) {
                String c = row.getAttribute("data-coverage");
                if (c != null) {
                    out.put(row.getAttribute("data-section"), Double.parseDouble(c));
                }
            }
            return out;
        }

        List<String> coverageSections() {
            return page.locator("#result table.coverage tr[data-section]").all().stream().map(r -> r.getAttribute("data-section")).toList();
        }

        List<String> grow() {
            List<String> out = new ArrayList<>();
            for (Locator li : page.locator("#result .grow li[data-item]").all()) {
                out.add(li.getAttribute("data-item"));
            }
            return out;
        }
    }
}
