package org.scorecardkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staged folder's rules on their own: what it replaces, what it refuses, what debris it removes or keeps. */
class StagedFolderTest {
    static final StagedFolder.Kind KIND = new StagedFolder.Kind("test", "--out", "main.txt", "the input",
            (path, dir, staging) -> path.endsWith(".txt"));

    @TempDir
    Path tmp;

    private Path write(Path out, String... names) throws IOException {
        try (StagedFolder f = StagedFolder.open(out, KIND, List.of())) {
            for (String n : names) {
                Path p = f.staging().resolve(n);
                Files.createDirectories(p.getParent());
                Files.writeString(p, "content of " + n);
            }
            f.commit();
        }
        return out;
    }

    @Test
    void aSecondRunReplacesTheFirstWhole() throws IOException {
        Path out = write(tmp.resolve("out"), "main.txt", "old/only.txt");
        write(out, "main.txt", "new.txt");

        assertEquals(List.of(".scorecard-manifest", "main.txt", "new.txt"), names(out));
        assertEquals(List.of("out"), names(tmp), "no staging or previous folder beside it");
        assertEquals("scorecard-kit manifest 1 test\n"
                + "file 19 " + checksum("content of main.txt") + " main.txt\n"
                + "file 18 " + checksum("content of new.txt") + " new.txt\n", Files.readString(out.resolve(".scorecard-manifest")));
    }

    @Test
    void refusesAFolderWithAFileItDidNotWriteAndKeepsEverything() throws IOException {
        Path out = write(tmp.resolve("out"), "main.txt");
        Files.writeString(out.resolve("thesis.docx"), "mine");

        IOException e = assertThrows(IOException.class, () -> StagedFolder.open(out, KIND, List.of()));

        assertEquals(out.resolve("thesis.docx") + " was not written by a test; move it away or choose another --out", e.getMessage());
        assertEquals(List.of(".scorecard-manifest", "main.txt", "thesis.docx"), names(out));
        assertEquals(List.of("out"), names(tmp));
    }

    @Test
    void refusesAChangedOrMissingFileAtTheSwap() throws IOException {
        Path out = write(tmp.resolve("out"), "main.txt", "b.txt");
        try (StagedFolder f = StagedFolder.open(out, KIND, List.of())) {
            Files.writeString(out.resolve("main.txt"), "content of main.tx!");   // same size as before: only the hash differs
            IOException e = assertThrows(IOException.class, f::commit);
            assertEquals(out.resolve("main.txt") + " was changed since a test wrote it; move it away or choose another --out",
                    e.getMessage());
        }
        Files.delete(out.resolve("b.txt"));
        IOException missing = assertThrows(IOException.class, () -> StagedFolder.open(out, KIND, List.of()));
        assertTrue(missing.getMessage().startsWith(out.resolve("b.txt") + " was written by the last test but is missing"),
                missing.getMessage());
        assertEquals("content of main.tx!", Files.readString(out.resolve("main.txt")));
        assertEquals(List.of("out"), names(tmp));
    }

    @Test
    void refusesTheOutputOfAnotherKind() throws IOException {
        Path out = write(tmp.resolve("out"), "main.txt");
        StagedFolder.Kind other = new StagedFolder.Kind("tally", "--out", "main.txt", "the input", (p, d, s) -> true);

        IOException e = assertThrows(IOException.class, () -> StagedFolder.open(out, other, List.of()));

        assertEquals("the output folder " + out + " holds the output of a test, not of a tally; choose another --out", e.getMessage());
    }

    @Test
    void aSymbolicLinkInsideTheOutputIsRefusedAndItsTargetKept() throws IOException {
        Path out = write(tmp.resolve("out"), "main.txt");
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("thesis.txt"), "years of work");
        Files.createSymbolicLink(out.resolve("docs"), docs);

        IOException e = assertThrows(IOException.class, () -> StagedFolder.open(out, KIND, List.of()));

        assertEquals(out.resolve("docs") + " was not written by a test; move it away or choose another --out", e.getMessage());
        assertEquals("years of work", Files.readString(docs.resolve("thesis.txt")));
    }

    @Test
    void anOutputGivenAsASymbolicLinkReplacesTheFolderItNamesAndKeepsTheLink() throws IOException {
        Path real = write(tmp.resolve("real"), "main.txt", "old.txt");
        Path link = Files.createSymbolicLink(tmp.resolve("www"), real);

        write(link, "main.txt", "new.txt");

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(List.of(".scorecard-manifest", "main.txt", "new.txt"), names(real));
        assertEquals(List.of("real", "www"), names(tmp));
    }

    @Test
    void refusesAnOutputHoldingOrInsideWhatTheRunReads() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project/content"));
        Path viaLink = Files.createSymbolicLink(tmp.resolve("content-link"), project);

        IOException holds = assertThrows(IOException.class, () -> StagedFolder.open(tmp.resolve("project"), KIND, List.of(viaLink)));
        IOException inside = assertThrows(IOException.class, () -> StagedFolder.open(viaLink.resolve("out"), KIND, List.of(project)));

        assertEquals("the output folder " + tmp.resolve("project") + " holds the input " + viaLink + "; choose another --out",
                holds.getMessage());
        assertEquals("the output folder " + viaLink.resolve("out") + " is inside the input " + project + "; choose another --out",
                inside.getMessage());
        assertTrue(Files.isDirectory(project));
    }

    @Test
    void refusesTheRootTheHomeAndTheCurrentFolder() {
        for (Path p : List.of(Path.of("/"), Path.of(System.getProperty("user.home")), Path.of(""), Path.of(".."))) {
            IOException e = assertThrows(IOException.class, () -> StagedFolder.open(p, KIND, List.of()), p.toString());
            assertTrue(e.getMessage().matches("the output folder .* (is the root folder|is your home folder|holds your home folder"
                    + "|is the current folder|holds the current folder); choose another --out"), e.getMessage());
        }
    }

    @Test
    void putsBackAnOutputLostBetweenTheRenamesAndDeletesOnlyItsOwnDebris() throws IOException {
        Path out = write(tmp.resolve("out"), "main.txt");
        Path previous = tmp.resolve(".out.previous-x1");
        Files.move(out, previous);                                   // a kill between the two renames
        Path staging = Files.createDirectories(tmp.resolve(".out.building-x2/sub"));
        Files.writeString(staging.getParent().resolve(".scorecard-manifest"), "scorecard-kit manifest 1 test\n");
        Files.createDirectories(tmp.resolve(".out.building-x3"));   // a kill right after creating it
        Path foreign = Files.createDirectories(tmp.resolve(".out.building-x4"));
        Files.writeString(foreign.resolve("someone-elses.txt"), "not ours");

        try (StagedFolder f = StagedFolder.open(out, KIND, List.of())) {
            assertTrue(Files.isDirectory(f.staging()));
        }

        assertEquals(List.of(".scorecard-manifest", "main.txt"), names(out), "the old output is back");
        assertEquals(List.of(".out.building-x4", "out"), names(tmp), "only the folder without a manifest is kept");
        assertEquals("not ours", Files.readString(foreign.resolve("someone-elses.txt")));
    }

    @Test
    void aHalfDeletedPreviousOutputIsDeletedButNotOneWithOtherFiles() throws IOException {
        Path out = write(tmp.resolve("out"), "main.txt", "a.txt");
        Path half = write(tmp.resolve("half"), "main.txt", "a.txt", "b.txt");
        Files.delete(half.resolve("a.txt"));
        Files.move(half, tmp.resolve(".out.previous-1"));
        Path mixed = write(tmp.resolve("mixed"), "main.txt");
        Files.writeString(mixed.resolve("added.txt"), "added later");
        Files.move(mixed, tmp.resolve(".out.previous-2"));

        StagedFolder.open(out, KIND, List.of()).close();

        assertEquals(List.of(".out.previous-2", "out"), names(tmp));
    }

    @Test
    void aFailureWhileWritingLeavesTheOldOutputAndNoStaging() throws IOException {
        Path out = write(tmp.resolve("out"), "main.txt");
        try (StagedFolder f = StagedFolder.open(out, KIND, List.of())) {
            Files.writeString(f.staging().resolve("main.txt"), "half");
            IOException e = f.failure(new IOException("No space left on device"));
            assertEquals("cannot write " + out + ": no space left on device; the previous " + out + " is untouched", e.getMessage());
        }
        assertEquals("content of main.txt", Files.readString(out.resolve("main.txt")));
        assertEquals(List.of("out"), names(tmp));
    }

    @Test
    void aLegacyFolderIsReplacedOnlyWithItsMarkerAndKnownFiles() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("main.txt"), "old release");
        write(out, "main.txt");
        assertEquals("content of main.txt", Files.readString(out.resolve("main.txt")));

        Path noMarker = Files.createDirectories(tmp.resolve("plain"));
        Files.writeString(noMarker.resolve("notes.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> StagedFolder.open(noMarker, KIND, List.of()));
        assertEquals(noMarker.resolve("notes.txt") + " was not written by a test; move it away or choose another --out", e.getMessage());
    }

    @Test
    void theStagingFolderHasTheUmasksPermissionsNotOwnerOnly() throws IOException {
        Path fresh = Files.createDirectory(tmp.resolve("fresh"));
        try (StagedFolder f = StagedFolder.open(tmp.resolve("out"), KIND, List.of())) {
            assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(f.staging()));
        }
    }

    @Test
    void aFileGivenForTheOutputIsInsideItEvenBeforeItExists() throws IOException {
        try (StagedFolder f = StagedFolder.open(tmp.resolve("out"), KIND, List.of())) {
            assertEquals("state.json", f.inside(tmp.resolve("out/state.json")));
            assertEquals("sub/state.json", f.inside(tmp.resolve("out/sub/state.json")));
            assertEquals(null, f.inside(tmp.resolve("elsewhere/state.json")));
        }
        assertFalse(Files.exists(tmp.resolve("out"), LinkOption.NOFOLLOW_LINKS), "a folder that was never committed is not created");
    }

    @Test
    void anOutputWithSpacesInItsFolderNamesIsReplacedBySecondRun() throws IOException {
        Path out = write(tmp.resolve("out"), "main.txt", "dir a b/one two.txt");

        write(out, "main.txt", "dir a b/three.txt");

        assertEquals(List.of(".scorecard-manifest", "dir a b", "main.txt"), names(out));
        assertEquals(List.of("three.txt"), names(out.resolve("dir a b")));
    }

    @Test
    void aFullDiskWhileMarkingAnEarlierReleasesFolderLeavesNoHalfManifest() throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        String why = SmallDisk.mount(disk, "256k");
        Assumptions.assumeTrue(why == null, () -> "no small tmpfs to fill: " + why);
        try {
            Path out = Files.createDirectories(disk.resolve("out"));
            Files.writeString(out.resolve("main.txt"), "old release");
            Path filler = disk.resolve("filler");
            try (StagedFolder f = StagedFolder.open(out, KIND, List.of())) {
                Files.writeString(f.staging().resolve("main.txt"), "new");
                f.seal();
                fill(filler);
                assertThrows(IOException.class, f::swap);
            }
            Files.delete(filler);

            assertEquals(List.of("main.txt"), names(out), "no manifest, whole or half, in the old folder");
            write(out, "main.txt");
            assertEquals("content of main.txt", Files.readString(out.resolve("main.txt")));
        } finally {
            SmallDisk.unmount(disk);
        }
    }

    @Test
    void aManifestCopyLeftByAKilledWriteDoesNotMakeTheFolderForeign() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("main.txt"), "old release");
        // What a run killed while writing the manifest leaves: AtomicFile's temporary copy, half written.
        Files.writeString(out.resolve("..scorecard-manifest.tmp-k1"), "scorecard-kit manifest 1 te");

        write(out, "main.txt");

        assertEquals(List.of(".scorecard-manifest", "main.txt"), names(out));
        assertEquals(List.of("out"), names(tmp));
    }

    private static void fill(Path filler) {
        byte[] block = new byte[4096];
        try (var s = Files.newOutputStream(filler)) {
            while (true) {
                s.write(block);
            }
        } catch (IOException full) {
            // The disk is full: exactly what the test needs.
        }
    }

    /** CRC-32C then CRC-32 of the text, as the manifest writes them. */
    static String checksum(String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(bytes);
        java.util.zip.CRC32 z = new java.util.zip.CRC32();
        z.update(bytes);
        return String.format("%08x%08x", c.getValue(), z.getValue());
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
