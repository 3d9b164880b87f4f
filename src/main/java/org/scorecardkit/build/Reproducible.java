package org.scorecardkit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * Settings for byte-identical output: {@code SOURCE_DATE_EPOCH}, when set, fixes every date the
 * build records, file modification times included, so rebuilt output can be diffed and cached.
 */
public final class Reproducible {
    private Reproducible() {
    }

    /** The fixed build time from {@code SOURCE_DATE_EPOCH} in seconds, or null when it is not set. */
    public static Long sourceDateEpoch() {
        String v = System.getenv("SOURCE_DATE_EPOCH");
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be seconds since 1970, not \"" + v + "\"");
        }
    }

    /** Sets every file's modification time to {@code SOURCE_DATE_EPOCH}, when it is set. */
    static void stampTimes(Path dir) throws IOException {
        Long epoch = sourceDateEpoch();
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
