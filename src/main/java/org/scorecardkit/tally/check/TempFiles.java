package org.scorecardkit.tally.check;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens the tally's temporary files (spilled respondent ids, a saved state's respondents) so that
 * nothing is left behind whatever ends the run: each file is deleted on close and gets a folder of
 * its own, removed at once where an open file can be unlinked, so the file has no name left to
 * leak even after a kill. Produces the open channel and, where the folder could not go yet, that folder.
 */
public final class TempFiles {
    /** The system property naming the folder for the tally's temporary files; java.io.tmpdir otherwise. */
    public static final String PROPERTY = "scorecard.ids.tmpdir";

    private TempFiles() {
    }

    /**
     * An open temporary file.
     *
     * @param folderLeft its folder when it could not be removed while the file is open (e.g. on Windows), else null
     */
    public record Opened(FileChannel channel, Path folderLeft) {
    }

    /** The folder for temporary files: {@link #PROPERTY}, else java.io.tmpdir. */
    public static Path root() {
        return root(System.getProperty(PROPERTY));
    }

    static Path root(String value) {
        return Path.of(value == null || value.isBlank() ? System.getProperty("java.io.tmpdir") : value);
    }

    /** A new empty file {@code name}, readable and writable, in a folder {@code prefix…} under {@code root}. */
    public static Opened open(Path root, String prefix, String name) throws IOException {
        Path folder = Files.createTempDirectory(root, prefix);
        FileChannel channel;
        try {
            channel = FileChannel.open(folder.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException x) {
            Files.deleteIfExists(folder);
            throw x;
        }
        try {
            Files.delete(folder);
            return new Opened(channel, null);
        } catch (IOException stillHoldsTheFile) {
            return new Opened(channel, folder);
        }
    }
}
