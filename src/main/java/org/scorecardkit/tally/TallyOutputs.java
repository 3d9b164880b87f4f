package org.scorecardkit.tally;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.output.AtomicFile;
import org.scorecardkit.output.Checkpoint;
import org.scorecardkit.output.OutputRefused;
import org.scorecardkit.output.StagedFolder;
import org.scorecardkit.tally.aggregate.StateJson;
import org.scorecardkit.tally.aggregate.TallyState;
import org.scorecardkit.tally.check.Problem;
import org.scorecardkit.tally.report.HtmlReport;
import org.scorecardkit.tally.report.RejectsCsv;
import org.scorecardkit.tally.report.ReportContext;
import org.scorecardkit.tally.report.ReportView;
import org.scorecardkit.tally.report.ReportViews;
import org.scorecardkit.tally.report.pdf.PdfReport;
import org.scorecardkit.tally.report.pdf.Scorecards;
import org.scorecardkit.tally.report.SummaryJson;
import org.scorecardkit.tally.stats.Summary;

/**
 * Runs a tally with its files around it: rejects.csv written as rows are rejected, then
 * summary.json and the reports, all into a staging folder that replaces the output folder as one
 * set, and the saved state. Produces the tally's result and the first few rejects to show in the
 * terminal.
 */
public final class TallyOutputs {
    /** How many rejects the terminal lists; rejects.csv has them all. */
    public static final int SHOWN_REJECTS = 10;

    private TallyOutputs() {
    }

    /**
     * @param out the output folder, or null for the terminal summary only
     * @param saveState where to save the state, or null
     * @param context the report's workshop title and organisation, asked for once the instrument is loaded
     */
    public record Request(Path out, Path saveState, boolean scorecards, java.util.function.Supplier<ReportContext> context) {
        public Request(Path out, Path saveState, boolean scorecards) {
            this(out, saveState, scorecards, () -> ReportContext.NONE);
        }

        public Request(Path out, Path saveState) {
            this(out, saveState, false);
        }
    }

    /**
     * A tally's result with the first rejects, for the terminal.
     *
     * @param warnings what the PDFs could not show faithfully (a character no font draws), one line each
     */
    public record Outcome(Tally.Result result, List<Problem> firstRejects, List<String> warnings) {
        Outcome with(List<String> more) {
            List<String> all = new ArrayList<>(warnings);
            all.addAll(more);
            return new Outcome(result, firstRejects, List.copyOf(all));
        }
    }

    public static Outcome run(Instrument instrument, Tally.Options options, Request request) throws IOException {
        try {
            return run(CompletableFuture.completedFuture(instrument), options, request);
        } catch (ExecutionException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the tally while the instrument loads; nothing is written when it fails to. The output
     * folder and the state file are checked before any input is read, and written as one set:
     * the folder swapped in whole, the state renamed into place, each only once complete.
     *
     * @throws ExecutionException what stopped the instrument from loading
     * @throws IOException a one-line message naming the output that was refused or could not be written
     */
    public static Outcome run(Future<Instrument> instrument, Tally.Options options, Request request)
            throws IOException, ExecutionException, InterruptedException {
        return run(instrument, options, request, Tally::run);
    }

    /** What counts a tally's responses: {@link Tally#run} reads the options' files; the collector's database counts its own. */
    @FunctionalInterface
    public interface Counting {
        Tally.Result run(Future<Instrument> instrument, Tally.Options options, Consumer<Problem> rejects) throws ExecutionException;
    }

    /** As {@link #run(Future, Tally.Options, Request)}, the responses counted by {@code counting}. */
    public static Outcome run(Future<Instrument> instrument, Tally.Options options, Request request, Counting counting)
            throws IOException, ExecutionException, InterruptedException {
        if (request.saveState() != null) {
            refuseOverwritingAnInput(AtomicFile.check(request.saveState()), request.saveState(), options);
        }
        // Respondent digests are kept (on disk) only for a state, so a plain tally does not grow with its rows.
        options = options.keepingRespondents(request.saveState() != null);
        if (request.out() == null) {
            Outcome outcome = tally(instrument, options, null, counting);
            saveState(request.saveState(), outcome.result());
            return outcome;
        }
        try (StagedFolder folder = TallyFolder.open(request.out(), options)) {
            String stateInside = request.saveState() == null ? null : folder.inside(request.saveState());
            Outcome outcome;
            try {
                outcome = writeInto(folder.staging(), instrument, options, request, stateInside, counting);
                folder.seal();
            } catch (IOException e) {
                throw folder.failure(e);
            } catch (WriteFailed e) {
                throw folder.failure(e.getCause());
            }
            folder.swap();
            if (stateInside == null) {
                saveState(request.saveState(), outcome.result());
            }
            return outcome;
        }
    }

    /** Refuses a state file that is one of the files the tally reads (through a link or another spelling too). */
    private static void refuseOverwritingAnInput(Path real, Path given, Tally.Options options) throws IOException {
        List<Path> reads = new ArrayList<>(options.files());
        reads.addAll(options.before());
        for (Path read : reads) {
            if (Files.exists(real) && Files.exists(read) && Files.isSameFile(real, read)) {
                throw new OutputRefused("--save-state " + given + " is the response file " + read
                        + ", which the tally reads; give another file name for the state");
            }
        }
    }

    /** The tally with its files written into a staging folder; the state too, when it is to land in the output. */
    private static Outcome writeInto(Path dir, Future<Instrument> instrument, Tally.Options options, Request request,
            String stateInside, Counting counting) throws IOException, ExecutionException, InterruptedException {
        Outcome outcome;
        try (RejectsCsv.Lazy csv = new RejectsCsv.Lazy(dir.resolve("rejects.csv"))) {
            outcome = tally(instrument, options, writing(csv), counting);
            csv.open();
        }
        Summary summary = outcome.result().summary();
        List<String> warnings = new ArrayList<>(writeReports(summary, dir, request.context().get()));
        if (request.scorecards()) {
            Scorecards cards = new Scorecards(instrument.get(), summary, dir.resolve("scorecards"));
            Tally.accepted(instrument.get(), options, outcome.result().dateOrders(), row -> {
                try {
                    cards.accept(row);
                } catch (UncheckedIOException e) {
                    throw new WriteFailed(e.getCause());
                }
            });
            warnings.addAll(cards.warnings());
        }
        if (stateInside != null) {
            Path file = dir.resolve(stateInside);
            Files.createDirectories(file.toAbsolutePath().getParent());
            writeState(file, outcome.result());
        }
        Checkpoint.reach("written");
        return outcome.with(warnings);
    }

    /**
     * rejects.csv and the scorecards are written from inside the tally's loop, where a failure can
     * only travel unchecked; marked as theirs, it is told apart from a failure of the tally itself
     * (e.g. of its temporary files), which must not be reported as "cannot write" the output.
     */
    private static final class WriteFailed extends RuntimeException {
        WriteFailed(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private static Consumer<Problem> writing(Consumer<Problem> csv) {
        return r -> {
            try {
                csv.accept(r);
            } catch (UncheckedIOException e) {
                throw new WriteFailed(e.getCause());
            }
        };
    }

    private static Outcome tally(Future<Instrument> instrument, Tally.Options options, Consumer<Problem> rejects,
                                 Counting counting) throws IOException, ExecutionException, InterruptedException {
        List<Problem> first = new ArrayList<>();
        Consumer<Problem> keep = r -> {
            if (first.size() < SHOWN_REJECTS) {
                first.add(r);
            }
        };
        Tally.Result result = counting.run(instrument, options, rejects == null ? keep : keep.andThen(rejects));
        return new Outcome(result, List.copyOf(first), List.of());
    }

    private static void saveState(Path file, Tally.Result result) throws IOException {
        if (file != null) {
            AtomicFile.write(file, temp -> writeState(temp, result));
        }
    }

    /** Streams the state: with a respondent record per id, a large tally's state does not fit in memory. */
    private static void writeState(Path file, Tally.Result result) throws IOException {
        // Closing the state lets go of its respondents' spill file as soon as they are saved, or failed to be.
        try (TallyState state = result.state();
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), 1 << 16)) {
            StateJson.write(state, result.notes(), out);
        }
    }

    /** Refuses an output folder for a merge of these states before any is read: one that holds them, or is not a tally's. */
    public static void checkMerged(Path out, List<Path> states) throws IOException {
        TallyFolder.checkMerged(out, states);
    }

    /**
     * Writes summary.json and the reports of a summary as the output folder {@code out}, replacing it whole.
     *
     * @param states the states the summary was merged from, which the output folder may not hold
     * @return what the PDF could not show faithfully, one line each
     */
    public static List<String> write(Summary summary, Path out, List<Path> states) throws IOException {
        return write(summary, out, states, ReportContext.NONE);
    }

    /** As {@link #write(Summary, Path, List)}, the report headed with the workshop's title and the organisation. */
    public static List<String> write(Summary summary, Path out, List<Path> states, ReportContext context) throws IOException {
        try (StagedFolder folder = TallyFolder.openMerged(out, states)) {
            List<String> warnings;
            try {
                warnings = writeReports(summary, folder.staging(), context);
                folder.seal();
            } catch (IOException e) {
                throw folder.failure(e);
            }
            folder.swap();
            return warnings;
        }
    }

    private static List<String> writeReports(Summary summary, Path out, ReportContext context) throws IOException {
        writeFile(out.resolve("summary.json"), SummaryJson.of(summary));
        ReportView view = ReportViews.of(summary, context);
        writeFile(out.resolve("report.html"), HtmlReport.of(view).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        PdfReport.Written pdf = PdfReport.write(summary, context);
        writeFile(out.resolve("report.pdf"), pdf.pdf());
        return pdf.warnings();
    }

    private static void writeFile(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, bytes);
    }
}
