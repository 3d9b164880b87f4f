package org.scorecardkit.render.html.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs axe-core (installed by the Maven build under target/browser) in a page and lists its violations. */
final class Axe {
    static final Path SCRIPT = Path.of("target/browser/node_modules/axe-core/axe.min.js");
    private static String source;

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is installed by `npm ci` in the Maven build: " + SCRIPT, e);
            }
        }
        return source;
    }

    /** The axe version injected, e.g. 4.11.0. */
    static String version(Page page) {
        return (String) page.evaluate("() => axe.version");
    }

    /**
     * Injects axe into the page (once) and runs {@code axe.run()} on the whole document with its default
     * rules; returns one readable block per violation: id, impact, help and every node's target and summary.
     */
    static List<String> violations(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(source()));
        }
        String json = (String) page.evaluate("async () => JSON.stringify((await axe.run()).violations)");
        List<String> out = new ArrayList<>();
        try {
            for (JsonNode v : new ObjectMapper().readTree(json)) {
                StringBuilder s = new StringBuilder();
                s.append(v.path("id").asText()).append(" [").append(v.path("impact").asText()).append("] ")
                        .append(v.path("help").asText()).append(" (").append(v.path("helpUrl").asText()).append(')');
                for (JsonNode node : v.path("nodes")) {
                    s.append("\n    at ").append(node.path("target")).append(": ")
                            .append(node.path("failureSummary").asText().replace("\n", " ")).append("\n       ")
                            .append(node.path("html").asText());
                }
                out.add(s.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
