package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * axe-core (4.11, injected from target/browser) run with its default rules on every page the build
 * writes, and on each form's result view and error summary: no violation at all.
 */
class AccessibilityTest {
    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.standardContent();

    /** The violations by page, as one readable message. */
    static String report(Map<String, List<String>> violations) {
        StringBuilder s = new StringBuilder("axe-core violations:");
        violations.forEach((page, list) -> {
            s.append("\n== ").append(page).append(" (").append(list.size()).append(")");
            list.forEach(v -> s.append("\n  - ").append(v));
        });
        return s.toString();
    }

    @Test
    void everyGeneratedPageHasNoAxeViolations() {
        List<String> pages = SITE.htmlPages();
        assertEquals(List.of("index.html", "skillset/index.html", "attributes/index.html", "seven-cs/index.html",
                "bad-news/index.html", "creed/index.html", "nps/index.html", "nps/about.html", "complaint/index.html",
                "complaint/about.html", "print.html", "trainers.html", "workshop.html", "write-your-own.html"), pages, "the pages the standard content builds");
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String path : pages) {
            Page page = SITE.open(path);
            violations.put(path, Axe.violations(page));
        }
        assertEquals("4.11.0", Axe.version(SITE.page()));

        violations.values().removeIf(List::isEmpty);
        assertTrue(violations.isEmpty(), report(violations));
    }

    @Test
    void everyResultViewHasNoAxeViolations() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String path : SITE.formPages()) {
            String id = path.substring(0, path.indexOf('/'));
            FormPage form = new FormPage(SITE.open(path));
            form.restore(SITE.instrument(id), FormPage.sampleAnswers(SITE.instrument(id)), "Ann", "Team A");
            form.submitForResult();
            violations.put(id + " result", Axe.violations(form.page));
        }
        assertEquals(6, violations.size(), "a result view for each of the six forms");

        violations.values().removeIf(List::isEmpty);
        assertTrue(violations.isEmpty(), report(violations));
    }

    @Test
    void theErrorSummaryOfAnIncompleteFormHasNoAxeViolations() {
        Page page = SITE.open("seven-cs/index.html");
        new FormPage(page).click("caring", "yes");
        new FormPage(page).submit();
        page.locator("#missing").waitFor();

        List<String> violations = Axe.violations(page);

        assertTrue(violations.isEmpty(), report(Map.of("seven-cs with the error summary", violations)));
    }
}
