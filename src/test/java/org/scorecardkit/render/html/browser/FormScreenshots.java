package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Screenshots to look at (target/screenshots/form12-*.png): the shipped NPS (a customer page) and the skillset at
 * 360 and 1280 px, before and after answering. Checks only that each picture was written; the looking is a person's.
 */
class FormScreenshots {
    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.standardContent();

    @Test
    void npsAndSkillsetBeforeAndAfterAnswering() throws Exception {
        Files.createDirectories(BrowserSite.SCREENSHOTS);
        for (int width : List.of(360, 1280)) {
            for (String id : List.of("nps", "skillset")) {
                Page page = SITE.newPage(new Browser.NewContextOptions().setViewportSize(width, 800));
                page.navigate(SITE.url(id + "/index.html"));
                var before = BrowserSite.SCREENSHOTS.resolve("form12-" + id + "-" + width + "-before.png");
                page.screenshot(new Page.ScreenshotOptions().setPath(before).setFullPage(true));
                FormPage form = new FormPage(page);
                FormPage.sampleAnswers(SITE.instrument(id)).forEach((item, v) -> {
                    if (!(v instanceof String s && s.startsWith("Note"))) {
                        form.click(item, v);
                    }
                });
                form.submitForResult();
                var after = BrowserSite.SCREENSHOTS.resolve("form12-" + id + "-" + width + "-after.png");
                page.locator("#result").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(after));
                assertTrue(Files.size(before) > 0 && Files.size(after) > 0);
            }
        }
    }
}
