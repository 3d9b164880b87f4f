package org.scorecardkit.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * One output file written whole or not at all: the bytes go to a temporary name in the same
 * folder, are flushed to disk, and are renamed over the target only when complete. A failure
 * leaves the previous file as it was and no temporary file behind, and is one line naming the file.
 */
public final class AtomicFile {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMP = ".tmp-";

    private AtomicFile() {
    }

    /** Writes the target through a temporary file. */
    @FunctionalInterface
    public interface Body {
        /** Writes the whole file at {@code temp}, which does not exist yet. */
        void writeTo(Path temp) throws IOException;
    }

    /** Writes these bytes as the target file. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, temp -> {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
        });
    }

    /** Writes the target by having {@code body} write a temporary file, then renames it into place. */
    public static void write(Path target, Body body) throws IOException {
        Path real = check(target);
        try {
            Files.createDirectories(real.getParent());
            replace(real, body, "file-written");
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e) + "; the previous file, if any, is untouched", e);
        }
    }

    /**
     * Writes a file of an output folder (its manifest) whole or not at all, in an existing folder;
     * the failure is the bare cause, for the folder's own message.
     */
    static void replace(Path real, byte[] bytes) throws IOException {
        replace(real, temp -> Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), null);
    }

    /** Whether a name is one of the temporary files a write of {@code target} (a file name) uses. */
    static boolean isTemp(String name, String target) {
        return name.startsWith("." + target + TEMP);
    }

    private static void replace(Path real, Body body, String checkpoint) throws IOException {
        Path temp = null;
        try {
            removeStale(real);
            temp = real.resolveSibling("." + real.getFileName() + TEMP + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36));
            body.writeTo(temp);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            if (checkpoint != null) {
                Checkpoint.reach(checkpoint);
            }
            Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(real.getParent());
        } catch (IOException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * The file a write to {@code target} replaces (a link is written through to its target), or
     * a one-line refusal when it is a folder; callers check before doing any work.
     */
    public static Path check(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new OutputRefused("the output " + target + " is a folder, not a file; give a file name");
        }
        return Files.isSymbolicLink(abs) && Files.exists(abs) ? abs.toRealPath() : abs;
    }

    /** The cause of a failed write in a few words, e.g. "no space left on device". */
    public static String reason(IOException e) {
        String m = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.strip();
        return m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1))
                ? Character.toLowerCase(m.charAt(0)) + m.substring(1) : m;
    }

    /** Flushes a folder's entries (a rename) to disk where the platform can; elsewhere a no-op. */
    static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // Not every platform can open a folder for syncing; the rename itself is already atomic.
        }
    }

    /** Deletes temporary files of this target that a killed run left: regular files named .NAME.tmp-*. */
    private static void removeStale(Path real) throws IOException {
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(real.getParent(), ".*")) {
            for (Path p : dir) {
                if (isTemp(p.getFileName().toString(), real.getFileName().toString()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The original failure is the one to report; a leftover is removed by the next write.
        }
    }
}
