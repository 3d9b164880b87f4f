package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Screenshots to look at (target/screenshots/collect13-*.png): the customer NPS posting to the collector at 360 and
 * 1280 px, once sent and once refused with the collector's reasons (a value off the scale). Checks that each state
 * was reached and each picture written; the looking is a person's.
 */
class CollectorScreenshots {
    @RegisterExtension
    static final CollectorSite SITE = new CollectorSite(0);

    @Test
    void aRefusedParticipantAnswerAtBothWidths() throws Exception {
        Files.createDirectories(BrowserSite.SCREENSHOTS);
        for (int width : List.of(360, 1280)) {
            Page page = SITE.newPage(new Browser.NewContextOptions().setViewportSize(width, 800));
            page.navigate(SITE.url("staff/index.html"));
            FormPage form = new FormPage(page);
            form.click("recommend", 9);
            page.evaluate("() => document.querySelector('input[name=recommend]:checked').value = '11'");
            form.submit();
            page.locator("#result .send-error li").first().waitFor();
            Path shot = BrowserSite.SCREENSHOTS.resolve("collect13-staff-" + width + "-refused.png");
            page.locator("#result").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(shot));
            assertTrue(Files.size(shot) > 0);
        }
    }

    @Test
    void aSentAndARefusedCustomerAnswerAtBothWidths() throws Exception {
        Files.createDirectories(BrowserSite.SCREENSHOTS);
        for (int width : List.of(360, 1280)) {
            for (boolean refused : List.of(false, true)) {
                Page page = SITE.newPage(new Browser.NewContextOptions().setViewportSize(width, 800));
                page.navigate(SITE.url("nps/index.html"));
                FormPage form = new FormPage(page);
                form.click("recommend", 9);
                form.write("reason", "Kind staff, slow till");
                if (refused) {
                    page.evaluate("() => document.querySelector('input[name=recommend]:checked').value = '11'");
                }
                form.submitForResult();
                if (refused) {
                    page.locator("#result .send-error li").first().waitFor();
                } else {
                    page.waitForFunction("() => localStorage.getItem('scorecard:nps:1') === null");
                }
                assertEquals(refused ? 1 : 0, page.locator("#result .send-error").count());
                Path shot = BrowserSite.SCREENSHOTS.resolve("collect13-nps-" + width + (refused ? "-refused" : "-sent") + ".png");
                page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
                assertTrue(Files.size(shot) > 0);
            }
        }
    }
}
