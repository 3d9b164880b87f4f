package org.scorecardkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single output files: whole or not at all, the previous file kept on failure, no temporary file left. */
class AtomicFileTest {
    @TempDir
    Path tmp;

    @Test
    void replacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path f = tmp.resolve("a/state.json");
        AtomicFile.write(f, "one".getBytes());
        AtomicFile.write(f, "two".getBytes());

        assertEquals("two", Files.readString(f));
        assertEquals(List.of("state.json"), StagedFolderTest.names(f.getParent()));
    }

    @Test
    void aFailureHalfWayKeepsThePreviousFileAndRemovesTheTemporaryOne() throws IOException {
        Path f = tmp.resolve("sheets.pdf");
        Files.writeString(f, "the previous batch");

        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(f, temp -> {
            try (OutputStream out = Files.newOutputStream(temp)) {
                out.write("half a PDF".getBytes());
                throw new IOException("No space left on device");
            }
        }));

        assertEquals("cannot write " + f + ": no space left on device; the previous file, if any, is untouched", e.getMessage());
        assertEquals("the previous batch", Files.readString(f));
        assertEquals(List.of("sheets.pdf"), StagedFolderTest.names(tmp));
    }

    @Test
    void aFolderIsRefusedAndALeftoverTemporaryFileOfAKilledRunIsRemoved() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("out.pdf"));
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(folder, new byte[1]));
        assertEquals("the output " + folder + " is a folder, not a file; give a file name", e.getMessage());

        Files.writeString(tmp.resolve(".x.pdf.tmp-killed"), "left by a kill");
        Files.writeString(tmp.resolve(".y.pdf.tmp-other"), "another file's");
        AtomicFile.write(tmp.resolve("x.pdf"), "new".getBytes());
        assertEquals(List.of(".y.pdf.tmp-other", "out.pdf", "x.pdf"), StagedFolderTest.names(tmp));
    }

    @Test
    void theFileGetsTheUmasksPermissions() throws IOException {
        Path plain = Files.writeString(tmp.resolve("plain"), "x");
        Path f = tmp.resolve("f");
        AtomicFile.write(f, "x".getBytes());
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aRealFullDiskKeepsThePreviousFile() throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        String why = SmallDisk.mount(disk, "256k");
        Assumptions.assumeTrue(why == null, () -> "no small tmpfs to fill: " + why);
        try {
            Path f = disk.resolve("state.json");
            AtomicFile.write(f, "previous".getBytes());

            IOException e = assertThrows(IOException.class, () -> AtomicFile.write(f, new byte[1 << 20]));

            assertTrue(e.getMessage().startsWith("cannot write " + f + ": no space left on device"), e.getMessage());
            assertEquals("previous", Files.readString(f));
            assertEquals(List.of("state.json"), StagedFolderTest.names(disk));
        } finally {
            SmallDisk.unmount(disk);
        }
    }
}
