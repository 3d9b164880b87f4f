package org.scorecardkit.render.html.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, headless, with nothing of its own reaching the network
 * (no browser download, no background networking, component updates or sync). Launched once and
 * shared by the browser test classes of a run: starting Playwright's driver and the browser costs
 * about two seconds, which six classes would pay six times; each class still gets its own site,
 * server and, per test, its own browser context. JUnit closes it when the run ends.
 */
final class Chromium implements AutoCloseable {
    /** The one ./run-tests found (it exports SCORECARD_CHROMIUM), else Debian's. */
    static final Path EXECUTABLE = executable();
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    private final Playwright playwright;
    final Browser browser;

    private Chromium() {
        if (!java.nio.file.Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("the browser tests drive Chromium at " + EXECUTABLE
                    + ", which is missing: run ./run-tests, which finds or installs it");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    private static Path executable() {
        String given = System.getenv("SCORECARD_CHROMIUM");
        return Path.of(given != null && !given.isBlank() ? given.strip() : "/usr/bin/chromium");
    }

    /** The run's browser, launched on first use and kept in the root context's store until the run ends. */
    static Browser shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Chromium.class, k -> new Chromium(), Chromium.class).browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
