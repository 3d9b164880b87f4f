package org.scorecardkit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.scorecardkit.render.SourceDate;

/**
 * Settings for byte-identical output: {@code SOURCE_DATE_EPOCH}, when set, fixes every date the
 * build records, file modification times included, so rebuilt output can be diffed and cached.
 */
final class Reproducible {
    private Reproducible() {
    }

    /** Sets every file's modification time to {@code SOURCE_DATE_EPOCH}, when it is set. */
    static void stampTimes(Path dir) throws IOException {
        Long epoch = SourceDate.epochSeconds();
        if (epoch == null) {
            return;
        }
        FileTime time = FileTime.fromMillis(epoch * 1000);
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.toList();
        }
        for (Path p : all) {
            Files.setLastModifiedTime(p, time);
        }
    }
}
