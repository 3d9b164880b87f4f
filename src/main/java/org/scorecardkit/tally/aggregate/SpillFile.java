package org.scorecardkit.tally.aggregate;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens the temporary file a saved state's respondents spill to, the way the id set opens its own
 * (tally.check's IdRuns, whose helper is private there): in the folder of {@link #TMP_PROPERTY},
 * deleted on close, in a folder of its own that is removed at once where an open file can be
 * unlinked, so that nothing is left behind whatever ends the run. Produces the open channel.
 */
final class SpillFile {
    /** The same system property as the id set's temporary files (tally.check.IdSet.TMP_PROPERTY). */
    static final String TMP_PROPERTY = "scorecard.ids.tmpdir";

    private SpillFile() {
    }

    /** The folder for temporary files: {@link #TMP_PROPERTY}, else java.io.tmpdir. */
    static Path root() {
        String value = System.getProperty(TMP_PROPERTY);
        return Path.of(value == null || value.isBlank() ? System.getProperty("java.io.tmpdir") : value);
    }

    /** A new empty file in {@code root}, readable and writable, deleted when closed. */
    static FileChannel open(Path root) throws IOException {
        Path folder = Files.createTempDirectory(root, "scorecard-state-");
        FileChannel channel;
        try {
            channel = FileChannel.open(folder.resolve("respondents"), StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException x) {
            Files.deleteIfExists(folder);
            throw x;
        }
        try {
            Files.delete(folder);
        } catch (IOException stillHoldsTheFile) {
            folder.toFile().deleteOnExit();   // e.g. on Windows: the file goes on close, the folder at exit
        }
        return channel;
    }
}
