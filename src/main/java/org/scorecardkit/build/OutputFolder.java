package org.scorecardkit.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder a build writes to. A build goes into a staging folder beside it, which replaces it in
 * two renames only once everything is written; a folder that does not look like an earlier build is
 * never replaced, so a mistyped {@code --out} cannot wipe other files.
 */
final class OutputFolder {
    private final Path out;

    private OutputFolder(Path out) {
        this.out = out;
    }

    /** The output folder, once it is known to be safe to replace. */
    static OutputFolder check(Path out, Path content) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        if (content.toAbsolutePath().normalize().startsWith(abs)) {
            throw new IOException("the output folder " + out + " holds the content folder; choose another --out");
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new IOException("the output " + out + " is a file, not a folder; choose another --out");
        }
        if (Files.isDirectory(abs) && !isEmpty(abs) && !Files.exists(abs.resolve("index.html"))) {
            throw new IOException("the output folder " + out + " has files but no index.html, so it does not look "
                    + "like an earlier build; empty it or choose another --out");
        }
        return new OutputFolder(abs);
    }

    /** A fresh staging folder beside the output, on the same file system so the swap is a rename. */
    Path staging() throws IOException {
        Files.createDirectories(out.getParent());
        return Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".building-");
    }

    /** Puts the staging folder in place of the output and deletes the previous output. */
    void replaceWith(Path staging) throws IOException {
        Path previous = null;
        if (Files.exists(out)) {
            previous = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".previous-");
            Files.delete(previous);
            move(out, previous);
        }
        try {
            move(staging, out);
        } catch (IOException e) {
            if (previous != null) {
                move(previous, out);
            }
            throw e;
        }
        delete(previous);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Deletes a folder tree if it exists. */
    static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
