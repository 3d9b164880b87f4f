package org.scorecardkit.tally;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.scorecardkit.model.ColumnMap;
import org.scorecardkit.model.DateOrder;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.tally.aggregate.Breakdown;
import org.scorecardkit.tally.aggregate.ScoreCache;
import org.scorecardkit.tally.aggregate.ScoreValues;
import org.scorecardkit.tally.aggregate.TallyState;
import org.scorecardkit.tally.check.Intake;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.Predecoder;
import org.scorecardkit.tally.check.Problem;
import org.scorecardkit.tally.check.Row;
import org.scorecardkit.tally.read.CellBatch;
import org.scorecardkit.tally.read.ReadAhead;
import org.scorecardkit.tally.read.ResponseSource;
import org.scorecardkit.tally.read.ScanResponses;
import org.scorecardkit.tally.stats.Comparison;
import org.scorecardkit.tally.stats.Pairs;
import org.scorecardkit.tally.stats.Summarize;
import org.scorecardkit.tally.stats.Summary;

/**
 * Tallies response files against one instrument, top to bottom: read every file by its content,
 * accept or reject every row, count the accepted ones into mergeable aggregates (with a breakdown
 * and a before/after pairing when asked), and produce the summary of the numbers.
 */
public final class Tally {
    private Tally() {
    }

    /**
     * What to tally.
     *
     * @param files the response files; with a comparison, the after files
     * @param by the breakdown, or null
     * @param before the before files of a comparison, or empty
     * @param maxGroups the most breakdown keys; the row of one more stops the tally
     * @param keepRespondents whether to keep what a saved state needs to merge exactly (--save-state):
     *                        without it nothing grows with the rows
     * @param reading how to read the files, asked once the instrument is loaded (it may depend on the
     *                content: site.yaml's date_order, a --columns map checked against the instrument)
     * @param sheet the only workbook sheet to read (--sheet), or null for every sheet whose header names responses
     * @param scans what the scanned files among them need: the print manifest and the corrections (--manifest, --corrections)
     */
    public record Options(List<Path> files, Breakdown by, List<Path> before, int maxGroups, boolean keepRespondents,
                          Supplier<Reading> reading, String sheet, ScanResponses.Input scans) {
        public Options {
            files = List.copyOf(files);
            before = List.copyOf(before);
            if (maxGroups < 1) {
                throw new IllegalArgumentException("maxGroups must be at least 1");
            }
        }

        public Options(List<Path> files, Breakdown by, List<Path> before, int maxGroups, boolean keepRespondents) {
            this(files, by, before, maxGroups, keepRespondents, () -> Reading.AS_WRITTEN, null, ScanResponses.Input.NONE);
        }

        /** Options with the default bound on groups, keeping no respondents. */
        public Options(List<Path> files, Breakdown by, List<Path> before) {
            this(files, by, before, TallyState.MAX_GROUPS, false);
        }

        /** The same options, keeping what a saved state needs (or not). */
        public Options keepingRespondents(boolean keep) {
            return new Options(files, by, before, maxGroups, keep, reading, sheet, scans);
        }

        /** The same options, reading the files so, and only this sheet of a workbook (null: all). */
        public Options reading(Supplier<Reading> how, String onlySheet) {
            return new Options(files, by, before, maxGroups, keepRespondents, how, onlySheet, scans);
        }

        /** The same options, the scanned files read with this manifest and these corrections. */
        public Options scanning(ScanResponses.Input input) {
            return new Options(files, by, before, maxGroups, keepRespondents, reading, sheet, input);
        }

        /** The files as sources, the scans among them read last, together, once the instrument is loaded. */
        List<ResponseSource> sources(List<Path> paths, Future<Instrument> instrument) {
            return ResponseSource.files(paths, sheet, new ScanResponses(instrument, scans));
        }
    }

    /**
     * How to read the files, as far as it goes beyond their content.
     *
     * @param dateOrder the day/month order of every file's dates (--date-order, else site.yaml), or null to settle it file by file
     * @param columns what the file's headers mean beyond what the tally recognises (--columns map.yaml)
     */
    public record Reading(DateOrder dateOrder, ColumnMap columns) {
        /** Everything settled from the files themselves. */
        public static final Reading AS_WRITTEN = new Reading(null, ColumnMap.NONE);

        /** The instrument's columns as this reading names them. */
        public Layout layout(Instrument instrument) {
            return new Layout(instrument, columns);
        }
    }

    /**
     * What a tally found.
     *
     * @param notes file-level problems: unknown columns, files not read to their end
     * @param unreadable whether some file could not be read to its end
     * @param dateOrders the day/month order each file's dates settled on by their own values, by file index
     */
    public record Result(Summary summary, TallyState state, List<String> notes, boolean unreadable,
                         Map<Integer, DateOrder> dateOrders) {
    }

    /** Runs the tally; every rejected row goes to {@code rejects} as it is found. */
    public static Result run(Instrument instrument, Options options, Consumer<Problem> rejects) {
        try {
            return run(CompletableFuture.completedFuture(instrument), options, rejects);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the tally while the instrument is still being loaded: the files are read ahead meanwhile.
     *
     * @throws ExecutionException what stopped the instrument from loading; nothing is counted then
     */
    public static Result run(Future<Instrument> loading, Options options, Consumer<Problem> rejects) throws ExecutionException {
        List<Path> first = options.before().isEmpty() ? options.files() : options.before();
        Predecoder predecoder = new Predecoder();
        try (ReadAhead ahead = ReadAhead.of(options.sources(first, loading), 0, predecoder::accept)) {
            Instrument instrument = instrument(loading);
            Reading reading = options.reading().get();
            Layout layout = reading.layout(instrument);
            start(predecoder, layout, ahead);
            return run(layout, reading, options, rejects, ahead, loading);
        }
    }

    /** Decoding, and scoring when the answers are too varied for the cache, move to the reader's thread. */
    static void start(Predecoder predecoder, Layout layout, ReadAhead ahead) {
        ScoreCache scores = new ScoreCache(layout, new ScoreValues());
        predecoder.scoreAhead(row -> {
            ScoreCache.Scored s = scores.score(row);
            return scores.remembering() ? null : s.score();
        }, ahead::lagging);
        predecoder.start(layout);
    }

    private static Instrument instrument(Future<Instrument> loading) throws ExecutionException {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExecutionException(e);
        }
    }

    private static Result run(Layout layout, Reading reading, Options options, Consumer<Problem> rejects, ReadAhead first,
                              Future<Instrument> instrument) {
        DateOrder dateOrder = reading.dateOrder();
        Pairs pairs = options.before().isEmpty() ? null : new Pairs(layout);
        Summary.Rows beforeRows = null;
        List<String> notes = new ArrayList<>();
        Map<Integer, DateOrder> orders = new HashMap<>();
        boolean unreadable = false;
        if (pairs != null) {
            TallyState beforeState = new TallyState(layout, null);
            Intake intake = count(new Intake(layout, true, row -> {
                beforeState.accept(row);
                pairs.before(row);
            }, rejects, dateOrder, Map.of()), first);
            orders.putAll(intake.dateOrders());
            beforeRows = new Summary.Rows(intake.read(), intake.accepted(), intake.rejected(), intake.blank());
            notes.addAll(intake.notes());
            unreadable = intake.unreadable();
        }
        TallyState state = new TallyState(layout, options.by(), options.maxGroups(), options.keepRespondents());
        Consumer<Row> count = pairs == null ? state : row -> {
            state.accept(row);
            pairs.after(row);
        };
        Intake intake = new Intake(layout, true, count, rejects, dateOrder, Map.of()).onDatesSettled(state::settled);
        if (pairs == null) {
            count(intake, first);
        } else {
            Predecoder predecoder = new Predecoder();
            // The before files' sources end with their scans: the after files come one index later.
            try (ReadAhead after = ReadAhead.of(options.sources(options.files(), instrument), options.before().size() + 1,
                    predecoder::accept)) {
                start(predecoder, layout, after);
                count(intake, after);
            }
        }
        state.rows(intake.read(), intake.blank(), intake.reasons(), intake.kinds());
        state.scanned(intake.scanned());
        notes.addAll(intake.notes());
        orders.putAll(intake.dateOrders());
        Comparison comparison = pairs == null ? null : pairs.result(beforeRows);
        return new Result(Summarize.of(state, comparison, notes), state, List.copyOf(notes),
                unreadable || intake.unreadable(), Map.copyOf(orders));
    }

    /**
     * Reads the files again and hands each accepted row, exactly as the tally accepted it, to
     * {@code accepted} (for per-respondent outputs such as scorecards); problems are not repeated.
     *
     * @param dateOrders the day/month orders the tally's files settled on ({@link Result#dateOrders()})
     */
    public static void accepted(Instrument instrument, Options options, Map<Integer, DateOrder> dateOrders, Consumer<Row> accepted) {
        Predecoder predecoder = new Predecoder();
        Reading reading = options.reading().get();
        Layout layout = reading.layout(instrument);
        predecoder.start(layout);
        int first = options.before().isEmpty() ? 0 : options.before().size() + 1;
        try (ReadAhead ahead = ReadAhead.of(options.sources(options.files(), CompletableFuture.completedFuture(instrument)), first,
                predecoder::accept)) {
            count(new Intake(layout, true, accepted, r -> { }, reading.dateOrder(), dateOrders), ahead);
        }
    }

    /**
     * Feeds every batch read ahead to the intake, recycling each once counted; then closes the
     * intake, which lets go of its respondent ids (memory and spilled files) while its counts stay.
     */
    static Intake count(Intake intake, ReadAhead ahead) {
        try (intake) {
            for (CellBatch b = ahead.next(); b != null; b = ahead.next()) {
                intake.accept(b);
                ahead.recycle(b);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the tally was interrupted", e);
        }
        return intake;
    }
}
