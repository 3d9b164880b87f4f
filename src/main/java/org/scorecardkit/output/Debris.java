package org.scorecardkit.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What a killed run leaves beside an output folder, and putting it right: a {@code .NAME.previous-*}
 * folder is the old output, renamed back when the output is missing (a kill between the two
 * renames of a swap); {@code .NAME.building-*} staging folders and spent previous outputs are
 * deleted, but only when they are provably the kit's: the name pattern and a manifest inside.
 */
final class Debris {
    static final String BUILDING = ".building-";
    static final String PREVIOUS = ".previous-";

    private Debris() {
    }

    /** Recovers the output from a previous folder if it is missing, then deletes the kit's own debris. */
    static void recover(Path real) throws IOException {
        List<Path> previous = siblings(real, PREVIOUS);
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS) && !previous.isEmpty()) {
            // Renaming back deletes nothing, so it needs no proof: whatever the folder holds is restored as it was.
            Files.move(previous.remove(0), real, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Path p : previous) {
            if (isEmpty(p) || holdsOnlyListed(p)) {
                delete(p);
            }
        }
        for (Path p : siblings(real, BUILDING)) {
            if (isEmpty(p) || Manifest.read(p) != null) {
                delete(p);
            }
        }
    }

    /** Deletes one of the kit's leftovers; one that cannot be deleted is no reason to stop this run. */
    private static void delete(Path leftover) {
        try {
            SafeDelete.tree(leftover, Manifest.FILE);
        } catch (IOException e) {
            System.err.println("warning: cannot delete " + leftover + ", left by an earlier run (" + AtomicFile.reason(e)
                    + "); the next run tries again");
        }
    }

    /** The folders (not links) beside the output named {@code .NAME<role>*}, in name order. */
    static List<Path> siblings(Path real, String role) throws IOException {
        String prefix = "." + real.getFileName() + role;
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(real.getParent(), "." + "*")) {
            for (Path p : dir) {
                if (p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(p);
                }
            }
        }
        found.sort(null);
        return found;
    }

    /** Whether every entry left in a folder is one its manifest lists: a swap's spent output, maybe half deleted. */
    private static boolean holdsOnlyListed(Path dir) throws IOException {
        Manifest listed = Manifest.read(dir);
        if (listed == null) {
            return false;
        }
        for (Manifest.Entry e : Manifest.scan(dir, "", false).entries().values()) {
            Manifest.Entry l = listed.entries().get(e.path());
            if (l == null || l.type() != e.type() || e.type() == Manifest.Type.OTHER) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }
}
