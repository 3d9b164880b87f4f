package org.scorecardkit.tally;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.tally.aggregate.StateJson;
import org.scorecardkit.tally.check.Reject;
import org.scorecardkit.tally.report.HtmlReport;
import org.scorecardkit.tally.report.RejectsCsv;
import org.scorecardkit.tally.report.ReportView;
import org.scorecardkit.tally.report.ReportViews;
import org.scorecardkit.tally.report.pdf.PdfReport;
import org.scorecardkit.tally.report.pdf.Scorecards;
import org.scorecardkit.tally.report.SummaryJson;
import org.scorecardkit.tally.stats.Summary;

/**
 * Runs a tally with its files around it: rejects.csv written as rows are rejected, then
 * summary.json and the reports in the output folder, and the saved state. Produces the tally's
 * result and the first few rejects to show in the terminal.
 */
public final class TallyOutputs {
    /** How many rejects the terminal lists; rejects.csv has them all. */
    public static final int SHOWN_REJECTS = 10;

    private TallyOutputs() {
    }

    /**
     * @param out the output folder, or null for the terminal summary only
     * @param saveState where to save the state, or null
     */
    public record Request(Path out, Path saveState, boolean scorecards) {
        public Request(Path out, Path saveState) {
            this(out, saveState, false);
        }
    }

    /** A tally's result with the first rejects, for the terminal. */
    public record Outcome(Tally.Result result, List<Reject> firstRejects) {
    }

    public static Outcome run(Instrument instrument, Tally.Options options, Request request) throws IOException {
        try {
            return run(CompletableFuture.completedFuture(instrument), options, request);
        } catch (ExecutionException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the tally while the instrument loads; nothing is written when it fails to.
     *
     * @throws ExecutionException what stopped the instrument from loading
     */
    public static Outcome run(Future<Instrument> instrument, Tally.Options options, Request request)
            throws IOException, ExecutionException, InterruptedException {
        List<Reject> first = new ArrayList<>();
        Consumer<Reject> keep = r -> {
            if (first.size() < SHOWN_REJECTS) {
                first.add(r);
            }
        };
        Tally.Result result;
        if (request.out() != null) {
            // Opened only once the instrument is known, so failing content leaves no half-written folder.
            try (RejectsCsv.Lazy csv = new RejectsCsv.Lazy(request.out().resolve("rejects.csv"))) {
                result = Tally.run(instrument, options, keep.andThen(csv));
                csv.open();
            }
            write(result.summary(), request.out());
            if (request.scorecards()) {
                Scorecards cards = new Scorecards(instrument.get(), result.summary(), request.out().resolve("scorecards"));
                Tally.accepted(instrument.get(), options, cards);
            }
        } else {
            result = Tally.run(instrument, options, keep);
        }
        if (request.saveState() != null) {
            writeFile(request.saveState(), StateJson.write(result.state(), result.notes()));
        }
        return new Outcome(result, List.copyOf(first));
    }

    /** Writes summary.json and the reports of a summary into {@code out}. */
    public static void write(Summary summary, Path out) throws IOException {
        Files.createDirectories(out);
        writeFile(out.resolve("summary.json"), SummaryJson.of(summary));
        ReportView view = ReportViews.of(summary);
        writeFile(out.resolve("report.html"), HtmlReport.of(view).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        writeFile(out.resolve("report.pdf"), PdfReport.of(view));
    }

    private static void writeFile(Path file, byte[] bytes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, bytes);
    }
}
