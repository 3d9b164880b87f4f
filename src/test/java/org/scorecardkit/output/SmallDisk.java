package org.scorecardkit.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted on a test folder, to fill a disk for real; only root may mount, so
 * {@link #mount} says why it could not, and the test skips with that reason.
 */
public final class SmallDisk {
    private SmallDisk() {
    }

    /** Mounts a tmpfs of this size (e.g. "256k") on the folder; returns null, or why it could not. */
    public static String mount(Path folder, String size) throws IOException, InterruptedException {
        if (!System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return "tmpfs needs Linux, this is " + System.getProperty("os.name");
        }
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes()).strip();
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            String why = "mount -t tmpfs failed (" + (said.isEmpty() ? "exit " + p.exitValue() : said) + ")";
            System.err.println("SmallDisk: " + why + "; the test is skipped");
            return why;
        }
        return null;
    }

    /**
     * Unmounts what {@link #mount} mounted; lazily, because a writer that failed on the full disk
     * may still hold a file open (Java 17's StreamEncoder skips closing its stream when the last
     * flush fails).
     */
    public static void unmount(Path folder) throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", folder.toString()).inheritIO().start().waitFor(20, TimeUnit.SECONDS);
    }
}
