package org.scorecardkit.scan.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.scorecardkit.output.StagedFolder;
import org.scorecardkit.scan.Scan;
import org.scorecardkit.scan.ScanResult;

/**
 * Runs a scan into its output folder as one set ({@link StagedFolder} of kind "scan"): the folder is
 * checked before any page is read, every writer sees each page and writes at the end into a staging
 * folder, and the staging folder replaces the output only when the scan succeeded (every file read,
 * every correction applied). Otherwise the previous output is left exactly as it was.
 */
public final class ScanFolder {
    /** No release wrote a scan folder without a manifest: such a folder that is not empty is never ours. */
    public static final StagedFolder.Kind SCAN = new StagedFolder.Kind("scan", "--out", ScanJson.FILE, "the scanned file",
            (path, dir, staging) -> false);

    private ScanFolder() {
    }

    /** What the scan gave, and whether its outputs replaced the folder. */
    public record Outcome(ScanResult result, boolean written) {
    }

    /** Refuses an output folder that may not be replaced, before any work. */
    public static void check(Path out, List<Path> reads) throws IOException {
        StagedFolder.check(out, SCAN, reads);
    }

    /**
     * Scans into {@code out}; {@code also} sees every page too (a progress line).
     *
     * @param reads the files the scan reads, which the output must neither hold nor lie in
     */
    public static Outcome run(Scan.Request request, Path out, List<ScanWriter> writers, List<Path> reads,
                              Scan.Listener also) throws IOException {
        try (StagedFolder folder = StagedFolder.open(out, SCAN, reads)) {
            ScanResult result;
            try {
                result = Scan.run(request, (page, reading, image) -> {
                    for (ScanWriter w : writers) {
                        try {
                            w.page(page, reading, image);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    also.page(page, reading, image);
                });
                if (!succeeded(result)) {
                    return new Outcome(result, false);
                }
                for (ScanWriter w : writers) {
                    w.finish(result, folder.staging());
                }
                folder.seal();
            } catch (UncheckedIOException e) {
                throw folder.failure(e.getCause());
            } catch (IOException e) {
                throw folder.failure(e);
            }
            folder.swap();
            return new Outcome(result, true);
        }
    }

    /** A scan succeeded when every file was read and every correction applied; pages reported are listed, not failures. */
    public static boolean succeeded(ScanResult result) {
        return result.errors().isEmpty() && result.filesNotRead().isEmpty();
    }
}
