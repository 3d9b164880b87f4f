package org.scorecardkit.tally;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.tally.aggregate.StateMerge;
import org.scorecardkit.tally.aggregate.StateReader;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.stats.Summarize;
import org.scorecardkit.tally.stats.Summary;

/**
 * Merges states saved with --save-state into one, which gives exactly the numbers of tallying all
 * their files at once in the same order: a respondent a later state shares with an earlier one is
 * rejected there as a later duplicate. Every state is checked on load (its checksum, its counts,
 * its respondents) and a state named twice is refused. Produces the merged summary.
 */
public final class Merge {
    private Merge() {
    }

    /** Thrown when the states cannot be merged; the message is one line naming the file. */
    public static final class MergeException extends Exception {
        public MergeException(String message) {
            super(message);
        }
    }

    public static Summary merge(SiteContent content, List<Path> states) throws MergeException {
        StateMerge merge = null;
        String instrumentId = null;
        for (Path file : states) {
            try {
                String id;
                try (var in = Files.newInputStream(file)) {
                    id = StateReader.instrumentOf(in);
                }
                Instrument instrument = content.instrument(id);
                if (instrument == null || !instrument.kind().responding()) {
                    throw new MergeException(file + ": the state is of instrument \"" + id + "\", which the content does not define");
                }
                if (merge != null && !instrumentId.equals(id)) {
                    throw new MergeException(file + ": the state is of \"" + id + "\", the others of \"" + instrumentId + "\"");
                }
                if (merge == null) {
                    merge = new StateMerge(new Layout(instrument));
                    instrumentId = id;
                }
                merge.add(file.toString(), () -> Files.newInputStream(file));
            } catch (NoSuchFileException e) {
                throw new MergeException(file + ": no such file");
            } catch (StateReader.InvalidState e) {
                throw new MergeException(file + ": " + e.getMessage());
            } catch (IOException e) {
                throw new MergeException(file + ": cannot be read (" + (Files.isDirectory(file) ? "a folder" : e.getMessage()) + ")");
            }
        }
        if (merge == null) {
            throw new MergeException("name at least one state file");
        }
        return Summarize.of(merge.result(), null, merge.notes());
    }
}
