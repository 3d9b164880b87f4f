package org.scorecardkit.tally;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.tally.aggregate.StateJson;
import org.scorecardkit.tally.aggregate.TallyState;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.stats.Summarize;
import org.scorecardkit.tally.stats.Summary;

/**
 * Merges states saved with --save-state into one, which gives exactly the numbers of tallying all
 * their rows at once (duplicate respondent ids across the states cannot be found, since states
 * keep no ids). Produces the merged summary.
 */
public final class Merge {
    private Merge() {
    }

    /** Thrown when the states cannot be merged: unreadable, of different instruments, or breakdowns. */
    public static final class MergeException extends Exception {
        public MergeException(String message) {
            super(message);
        }
    }

    public static Summary merge(SiteContent content, List<Path> states) throws MergeException {
        TallyState merged = null;
        List<String> notes = new ArrayList<>();
        for (Path file : states) {
            try {
                byte[] json = Files.readAllBytes(file);
                String id = StateJson.instrumentOf(json);
                Instrument instrument = content.instrument(id);
                if (instrument == null) {
                    throw new MergeException(file + ": the state is of instrument \"" + id + "\", which the content does not define");
                }
                if (merged != null && !merged.layout().instrument().id().equals(id)) {
                    throw new MergeException(file + ": the state is of \"" + id + "\", the others of \""
                            + merged.layout().instrument().id() + "\"");
                }
                StateJson.Saved saved = StateJson.read(json, merged == null ? new Layout(instrument) : merged.layout());
                merged = add(merged, saved.state(), file);
                notes.addAll(saved.notes());
            } catch (IOException e) {
                throw new MergeException(file + ": " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
            }
        }
        if (merged == null) {
            throw new MergeException("name at least one state file");
        }
        return Summarize.of(merged, null, notes);
    }

    private static TallyState add(TallyState merged, TallyState next, Path file) throws MergeException {
        if (merged == null) {
            return next;
        }
        if (merged.by() != next.by()) {
            throw new MergeException(file + ": the state was saved " + (next.by() == null ? "without a breakdown"
                    : "--by " + next.by().option()) + ", the others " + (merged.by() == null ? "without one" : "--by " + merged.by().option()));
        }
        merged.addAll(next);
        return merged;
    }
}
