package org.scorecardkit.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes a folder tree without ever following a symbolic link: a link is removed, never what it
 * points to. Where the platform offers it (Linux), the walk goes through directory handles, so a
 * folder swapped for a link while it runs cannot lead it outside the tree.
 */
public final class SafeDelete {
    private SafeDelete() {
    }

    /** Deletes {@code root} and everything under it; nothing happens when it does not exist. */
    public static void tree(Path root) throws IOException {
        tree(root, null);
    }

    /**
     * Deletes {@code root} and everything under it, the root's {@code last} file (if any) last of
     * all, so that a run killed half-way leaves that file (a manifest) naming the folder as ours.
     */
    static void tree(Path root, String last) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root);
            return;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(root)) {
            if (dir instanceof SecureDirectoryStream<Path> secure) {
                emptySecure(secure, last);
            } else {
                emptyPlain(root, last);
            }
        }
        if (last != null) {
            Files.deleteIfExists(root.resolve(last));
        }
        Files.delete(root);
    }

    private static void emptySecure(SecureDirectoryStream<Path> dir, String keep) throws IOException {
        List<Path> names = new ArrayList<>();
        for (Path entry : dir) {
            names.add(entry.getFileName());
        }
        for (Path name : names) {
            if (keep != null && name.toString().equals(keep)) {
                continue;
            }
            BasicFileAttributes attrs;
            try {
                attrs = dir.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).readAttributes();
            } catch (NoSuchFileException e) {
                continue;
            }
            if (attrs.isDirectory()) {
                try (SecureDirectoryStream<Path> sub = dir.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
                    emptySecure(sub, null);
                }
                dir.deleteDirectory(name);
            } else {
                dir.deleteFile(name);
            }
            Checkpoint.reach("deleted-one");
        }
    }

    private static void emptyPlain(Path root, String keep) throws IOException {
        List<Path> entries;
        try (var list = Files.list(root)) {
            entries = list.toList();
        }
        for (Path p : entries) {
            if (keep != null && p.getFileName().toString().equals(keep)) {
                continue;
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                emptyPlain(p, null);
            }
            Files.delete(p);
            Checkpoint.reach("deleted-one");
        }
    }
}
