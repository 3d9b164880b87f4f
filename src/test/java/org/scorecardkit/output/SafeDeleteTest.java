package org.scorecardkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting a tree removes links, never what they point to. */
class SafeDeleteTest {
    @TempDir
    Path tmp;

    @Test
    void removesLinksToFoldersAndFilesButNotTheirTargets() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("thesis.docx"), "years of work");
        Path tree = Files.createDirectories(tmp.resolve("tree/sub"));
        Files.writeString(tree.resolve("page.html"), "ours");
        Files.createSymbolicLink(tree.resolve("docs"), docs);
        Files.createSymbolicLink(tree.resolve("thesis"), docs.resolve("thesis.docx"));

        SafeDelete.tree(tmp.resolve("tree"));

        assertFalse(Files.exists(tmp.resolve("tree"), LinkOption.NOFOLLOW_LINKS));
        assertEquals("years of work", Files.readString(docs.resolve("thesis.docx")));
    }

    @Test
    void aLinkGivenAsTheTreeIsRemovedItself() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "kept");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), docs);

        SafeDelete.tree(link);

        assertFalse(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
        assertEquals("kept", Files.readString(docs.resolve("a.txt")));
    }
}
