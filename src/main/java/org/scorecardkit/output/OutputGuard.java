package org.scorecardkit.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where an output folder really is, and whether it may be replaced at all: the path as the file
 * system resolves it (symbolic links included), refused when it is the root, the home or the
 * current folder (or holds one), or holds or lies inside a folder the run reads from.
 */
final class OutputGuard {
    private OutputGuard() {
    }

    /**
     * The real path of an output folder, creating its parent folders: a link given as the output
     * is followed to the folder it names, so that folder is what gets replaced (the link stays).
     */
    static Path resolve(Path out, String option) throws IOException {
        Path abs = out.toAbsolutePath();
        if (Files.isSymbolicLink(abs) && !Files.exists(abs)) {
            throw new OutputRefused("the output " + out + " is a symbolic link to " + Files.readSymbolicLink(abs)
                    + ", which does not exist; create that folder or choose another " + option);
        }
        if (Files.exists(abs)) {
            Path real = abs.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new OutputRefused("the output " + out + " is a file, not a folder; choose another " + option);
            }
            return real;
        }
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        return parent.toRealPath().resolve(abs.getFileName().toString());
    }

    /** Refuses an output that must never be replaced; {@code reads} are the folders and files the run reads. */
    static void check(Path out, Path real, StagedFolder.Kind kind, List<Path> reads) throws IOException {
        String refused = null;
        if (real.getParent() == null) {
            refused = "is the root folder";
        } else if (within(real, home())) {
            refused = real.equals(home()) ? "is your home folder" : "holds your home folder";
        } else if (within(real, here())) {
            refused = real.equals(here()) ? "is the current folder" : "holds the current folder";
        }
        for (Path read : reads) {
            if (refused == null && Files.exists(read)) {
                Path r = read.toRealPath();
                if (within(real, r)) {
                    refused = "holds " + kind.reads() + " " + read;
                } else if (within(r, real)) {
                    refused = "is inside " + kind.reads() + " " + read;
                }
            }
        }
        if (refused != null) {
            throw new OutputRefused("the output folder " + out + " " + refused + "; choose another " + kind.option());
        }
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    private static boolean within(Path outer, Path inner) {
        return inner != null && inner.startsWith(outer);
    }

    private static Path home() throws IOException {
        return real(System.getProperty("user.home"));
    }

    private static Path here() throws IOException {
        return real("");
    }

    private static Path real(String path) throws IOException {
        if (path == null) {
            return null;
        }
        Path p = Path.of(path).toAbsolutePath();
        return Files.exists(p) ? p.toRealPath() : null;
    }
}
