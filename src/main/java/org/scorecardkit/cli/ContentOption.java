package org.scorecardkit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --content DIR} option of every verb that reads a content folder, mixed into each command. */
final class ContentOption {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "content folder (default: ${DEFAULT-VALUE})")
    Path dir;
}
