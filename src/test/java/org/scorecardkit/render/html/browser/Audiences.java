package org.scorecardkit.render.html.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Content edits for the browser tests that drive the shipped NPS as a workshop would (name, group, the
 * scorecard, the downloads): since issue 12 the NPS page speaks to customers by default, so these tests
 * build it with {@code audience: participants}.
 */
final class Audiences {
    private Audiences() {
    }

    /** Makes the shipped NPS a participants' page in a copy of the content. */
    static void npsForParticipants(Path content) {
        Path nps = content.resolve("instruments/nps.yaml");
        try {
            String yaml = Files.readString(nps);
            yaml = yaml.matches("(?s).*\\naudience:.*") ? yaml.replaceAll("\\naudience:[^\\n]*", "\naudience: participants")
                    : yaml + (yaml.endsWith("\n") ? "" : "\n") + "audience: participants\n";
            Files.writeString(nps, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
