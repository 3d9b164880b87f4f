package org.scorecardkit.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.scorecardkit.load.Keys;
import org.scorecardkit.output.AtomicFile;
import org.scorecardkit.output.OutputRefused;

/** Adds a commented instrument skeleton to a project ({@code scorecard new --instrument NAME}): produces instruments/NAME.yaml, which validates as written. */
public final class InstrumentSkeleton {
    private InstrumentSkeleton() {
    }

    /** Whether the name can be an instrument id: lower-case letters and digits in groups joined by single hyphens. */
    public static boolean isId(String name) {
        return Keys.SLUG.matcher(name).matches();
    }

    /** Writes the skeleton of instrument {@code id} into the content folder and returns the file written. */
    public static Path write(Path content, String id) throws IOException {
        Path file = content.resolve("instruments").resolve(id + ".yaml").normalize();
        if (Files.exists(file) || Files.exists(content.resolve("instruments").resolve(id + ".yml"))) {
            throw new OutputRefused(file + " is already there: choose another name, or edit that file");
        }
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, text(id).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** The skeleton's text for this id, its title made from the id ("my-survey" is "My survey"). */
    static String text(String id) throws IOException {
        String words = id.replace('-', ' ');
        String title = words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        return Resources.text("org/scorecardkit/project/instrument.yaml").replace("${id}", id)
                .replace("${title}", YamlText.scalar(title));
    }
}
