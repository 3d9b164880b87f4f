package org.scorecardkit.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.List;

/**
 * An output folder written as one set: the files go into a staging folder beside it, which gets a
 * manifest of them ({@value Manifest#FILE}) and replaces the output only once complete. The
 * output is replaced only when it is empty or holds exactly what an earlier run of the same kind
 * wrote (its manifest matches); a kill at any point leaves the old or the new set, and the next
 * run puts back a missing output and deletes the debris it can prove is its own.
 */
public final class StagedFolder implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * What writes a folder: the verb named in manifests and messages, the option that names the
     * folder, and how to recognise a folder written by a release that wrote no manifest.
     *
     * @param marker a file every such folder has, e.g. "index.html"
     * @param reads what the run reads, for messages, e.g. "the content folder"
     */
    public record Kind(String name, String option, String marker, String reads, Legacy legacy) {
    }

    /** Whether an entry of a folder without a manifest is one this kind of run writes. */
    public interface Legacy {
        /** @param staging the new output when written, or null for an early look before any work */
        boolean ours(String path, boolean dir, Path staging);
    }

    private final Path display;
    private final Path real;
    private final Kind kind;
    private final Path staging;
    private boolean swapped;

    private StagedFolder(Path display, Path real, Kind kind, Path staging) {
        this.display = display;
        this.real = real;
        this.kind = kind;
        this.staging = staging;
    }

    /**
     * Checks that {@code out} may be replaced, recovers what a killed run left, and creates the
     * staging folder; refuses with a one-line message before any work is done.
     *
     * @param reads folders and files the run reads, which the output must neither hold nor lie in
     */
    public static StagedFolder open(Path out, Kind kind, List<Path> reads) throws IOException {
        Path real = OutputGuard.resolve(out, kind.option());
        OutputGuard.check(out, real, kind, reads);
        Debris.recover(real);
        new Replaceable(out, real, kind).check(null, false);
        try {
            return new StagedFolder(out, real, kind, create(real, kind));
        } catch (IOException e) {
            // The staging folder's random name means nothing to the user: name the output they gave.
            throw new IOException("cannot write " + out + ": " + AtomicFile.reason(e)
                    + " (a folder beside it could not be created)", e);
        }
    }

    /**
     * Refuses, as {@link #open} would, an output that may not be replaced, without creating or
     * deleting anything; for a run that reads its inputs whole before it opens the output.
     */
    public static void check(Path out, Kind kind, List<Path> reads) throws IOException {
        Path real = OutputGuard.resolve(out, kind.option());
        OutputGuard.check(out, real, kind, reads);
        new Replaceable(out, real, kind).check(null, false);
    }

    /** The folder to write the new output into. */
    public Path staging() {
        return staging;
    }

    /**
     * Where a file given by path would land inside the output folder, as a path relative to it,
     * or null when it lies outside; so a file meant to go into the output can join the set.
     */
    public String inside(Path file) throws IOException {
        Path resolved = real(file.toAbsolutePath());
        return resolved.startsWith(real) && !resolved.equals(real) ? real.relativize(resolved).toString() : null;
    }

    /** The real path of the nearest existing folder above, with the rest of the path as given. */
    private static Path real(Path abs) throws IOException {
        if (Files.exists(abs) || abs.getParent() == null) {
            return abs.toRealPath();
        }
        return real(abs.getParent()).resolve(abs.getFileName().toString());
    }

    /** Writes the manifest of everything in the staging folder: from here on, the set is complete. */
    public void seal() throws IOException {
        // Through a temporary name: a kill mid-write must not leave a truncated manifest that no run accepts.
        AtomicFile.replace(staging.resolve(Manifest.FILE), Manifest.scan(staging, kind.name(), true).bytes());
        Checkpoint.reach("sealed");
    }

    /**
     * Puts the sealed staging folder in place of the output: the old output is renamed aside,
     * the new one renamed into place, then the old one deleted. Between the renames the output
     * name is briefly missing; the next run renames the old one back if a kill struck there. Once
     * the new output is in place the run has succeeded: an old one that cannot be deleted is left
     * for the next run to clean up, with a warning on standard error, and does not fail the run.
     */
    public void swap() throws IOException {
        boolean legacy = new Replaceable(display, real, kind).check(staging, true);
        Path previous = null;
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            if (legacy) {
                // Proof for the next run that the renamed-aside folder is ours to delete, should this one be killed.
                AtomicFile.replace(real.resolve(Manifest.FILE), Manifest.scan(real, kind.name(), true).bytes());
            }
            previous = sibling(real, Debris.PREVIOUS);
            Files.move(real, previous, StandardCopyOption.ATOMIC_MOVE);
            Checkpoint.reach("old-moved");
        }
        try {
            Files.move(staging, real, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (previous != null) {
                Files.move(previous, real, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        swapped = true;
        AtomicFile.syncFolder(real.getParent());
        Checkpoint.reach("new-moved");
        if (previous != null) {
            try {
                SafeDelete.tree(previous, Manifest.FILE);
            } catch (IOException e) {
                System.err.println("warning: the new " + display + " is in place, but the previous one, renamed to " + previous
                        + ", could not be deleted (" + AtomicFile.reason(e) + "); the next run deletes it");
            }
        }
    }

    /** Seals and swaps. */
    public void commit() throws IOException {
        seal();
        swap();
    }

    /** A failure while writing the set as one line naming the output; the previous output is untouched. */
    public IOException failure(IOException e) {
        return new IOException("cannot write " + display + ": " + AtomicFile.reason(e)
                + "; the previous " + display + " is untouched", e);
    }

    /** Deletes the staging folder unless it was swapped in. */
    @Override
    public void close() throws IOException {
        if (!swapped) {
            SafeDelete.tree(staging, Manifest.FILE);
        }
    }

    /** A new staging folder beside the output, with normal permissions (the umask's) and a marker manifest. */
    private static Path create(Path real, Kind kind) throws IOException {
        while (true) {
            Path dir = sibling(real, Debris.BUILDING);
            try {
                Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            Files.write(dir.resolve(Manifest.FILE), Manifest.marker(kind.name()));
            Checkpoint.reach("staging-created");
            return dir;
        }
    }

    private static Path sibling(Path real, String role) {
        while (true) {
            Path p = real.resolveSibling("." + real.getFileName() + role + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36));
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
    }
}
