package org.scorecardkit.cli;

import java.nio.file.Path;
import org.scorecardkit.project.Project;
import picocli.CommandLine.Option;

/**
 * The {@code --content DIR} option of every verb that reads a content folder, mixed into each command;
 * without it, the project around the current folder ({@link Project#find}).
 */
final class ContentOption {
    @Option(names = "--content", paramLabel = "DIR",
            description = "content folder, the one with site.yaml (default: found from the current folder up)")
    Path given;

    private Project project;

    /** The content folder to read. */
    Path dir() {
        return project().content();
    }

    /** The project: of the folder given, else found from the current folder; a clear refusal when there is none. */
    Project project() {
        if (project == null) {
            project = resolve(given);
        }
        return project;
    }

    static Project resolve(Path given) {
        if (given != null) {
            return Project.ofContent(given);
        }
        Path here = Path.of("");
        return Project.find(here).orElseThrow(() -> new Failure.Refused(Project.notFound(here)));
    }
}
