package org.scorecardkit.tally;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.scorecardkit.output.StagedFolder;

/**
 * The folder a tally writes its reports to, as a {@link StagedFolder} of kind "tally": replaced
 * only when empty or holding exactly an earlier tally's output. A folder from a release without
 * manifests is replaced only when it has a summary.json and nothing but the files a tally writes.
 */
final class TallyFolder {
    private static final Set<String> FILES = Set.of("summary.json", "rejects.csv", "report.html", "report.pdf");

    static final StagedFolder.Kind TALLY = new StagedFolder.Kind("tally", "--out", "summary.json", "the response file",
            TallyFolder::legacy);

    /** The same folder as written by a merge: the same files, so each replaces the other; only its messages name states. */
    static final StagedFolder.Kind MERGE = new StagedFolder.Kind("tally", "--out", "summary.json", "the state file",
            TallyFolder::legacy);

    private TallyFolder() {
    }

    /** The staged output folder; it must not hold, or lie in, the response files read. */
    static StagedFolder open(Path out, Tally.Options options) throws IOException {
        List<Path> reads = new ArrayList<>();
        if (options != null) {
            reads.addAll(options.files());
            reads.addAll(options.before());
        }
        return StagedFolder.open(out, TALLY, reads);
    }

    /** The staged output folder of a merge; it must not hold, or lie in, the states merged. */
    static StagedFolder openMerged(Path out, List<Path> states) throws IOException {
        return StagedFolder.open(out, MERGE, states);
    }

    /** Refuses a merge's output folder before the states are read, as {@link #openMerged} would. */
    static void checkMerged(Path out, List<Path> states) throws IOException {
        StagedFolder.check(out, MERGE, states);
    }

    private static boolean legacy(String path, boolean dir, Path staging) {
        if (dir) {
            return path.equals("scorecards");
        }
        return FILES.contains(path) || path.startsWith("scorecards/") && path.indexOf('/', 11) < 0 && path.endsWith(".pdf");
    }
}
