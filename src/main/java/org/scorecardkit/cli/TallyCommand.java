package org.scorecardkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.load.ColumnMapLoader;
import org.scorecardkit.load.InstrumentLoader;
import org.scorecardkit.model.ColumnMap;
import org.scorecardkit.model.DateOrder;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.tally.Tally;
import org.scorecardkit.tally.TallyOutputs;
import org.scorecardkit.tally.aggregate.Breakdown;
import org.scorecardkit.tally.aggregate.TallyState;
import org.scorecardkit.tally.check.Problem;
import org.scorecardkit.tally.check.ProblemKind;
import org.scorecardkit.tally.read.ScanResponses;
import org.scorecardkit.tally.report.ReportContext;
import org.scorecardkit.tally.report.TerminalSummary;
import org.scorecardkit.load.SheetManifestReader;
import org.scorecardkit.scan.Corrections;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scorecard tally}: tallies response files of one instrument and prints the summary; writes the reports with --out. */
@Command(name = "tally", mixinStandardHelpOptions = true, subcommands = TallyMergeCommand.class,
        description = {"Tally returned responses (CSV in any encoding, Excel .xlsx, Google and Microsoft Forms exports, JSON,"
                + " JSON Lines, filled fillable PDFs, scanned or photographed sheets as PDF, TIFF, PNG or JPEG, freely mixed)"
                + " of one instrument; rejects.csv lists everything not taken as written.",
                "Exit 0 every file read, 1 a file not read, anything listed under --strict, invalid content or --columns map,"
                + " 2 usage error."})
final class TallyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // Optional for picocli only, so that "tally merge" is not refused for want of an instrument.
    @Parameters(index = "0", arity = "0..1", paramLabel = "INSTRUMENT", description = "the id of the instrument, e.g. skillset")
    String instrumentId;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE", description = "response files; the format is told by the content")
    List<Path> files = new ArrayList<>();

    @Mixin
    ContentOption contentOption;

    @Option(names = "--out", paramLabel = "DIR", description = "write summary.json, rejects.csv and the reports here")
    Path out;

    @Option(names = "--strict", description = "exit 1 when anything was not taken as written: a row rejected, a cell ignored, a date unknown, a total that differs, a scanned mark unclear or double (not corrected), a scanned page not read or missing (ignored columns are only warned of)")
    boolean strict;

    @Option(names = "--by", paramLabel = "group|month|quarter", description = "the same numbers per group, month or quarter")
    String by;

    @Option(names = "--before", paramLabel = "FILE", description = "responses before, paired with --after by respondent id")
    List<Path> before = new ArrayList<>();

    @Option(names = "--after", paramLabel = "FILE", description = "responses after; the numbers are theirs")
    List<Path> after = new ArrayList<>();

    @Option(names = "--save-state", paramLabel = "FILE", description = "save the mergeable counts, with a digest of each respondent id, for \"tally merge\"")
    Path saveState;

    @Option(names = "--max-groups", paramLabel = "N", description = "refuse a breakdown into more than N groups, months or quarters (default 1,000)")
    int maxGroups = TallyState.MAX_GROUPS;

    @Option(names = "--date-order", paramLabel = "dmy|mdy", description = "read dates such as 05/03/2026 day first (dmy) or month first (mdy); without it each file settles its order from a date with a day above 12 (else site.yaml's date_order)")
    String dateOrder;

    @Option(names = "--columns", paramLabel = "MAP.yaml", description = "what the files' column headers mean, where the tally does not recognise them: each line \"header as written\": item id, respondent, group, date, total or ignore")
    Path columns;

    @Option(names = "--sheet", paramLabel = "NAME", description = "read only this sheet of each .xlsx workbook (default: every sheet whose header names responses)")
    String sheet;

    @Option(names = "--corrections", paramLabel = "FILE", description = "the marks chosen in the scan's review.html (corrections.json): a chosen mark counts as chosen")
    Path corrections;

    @Option(names = "--manifest", paramLabel = "FILE", description = "the .manifest.csv that print --participants wrote: fills each scanned sheet's respondent and group from its serial")
    Path manifest;

    @Option(names = "--scorecards", description = "with --out: one PDF per respondent, their profile against the group mean")
    boolean scorecards;

    @Option(names = "--db", paramLabel = "URL", description = "tally the responses a collector stored in this database (a SQLite file, postgresql://user@host/db or a JDBC URL) instead of files; with PostgreSQL the counting runs inside the database")
    String db;

    @Option(names = "--since", paramLabel = "DATE", description = "with --db: only responses received at or after this day (YYYY-MM-DD, UTC) or instant (2026-03-01T09:00:00Z)")
    String since;

    @Option(names = "--no-push-down", description = "with a PostgreSQL --db: read every response through the checker instead of counting inside the database (the same figures, slower)")
    boolean noPushDown;

    @Option(names = "--title", paramLabel = "TEXT", description = "the workshop's title, printed at the top of report.html and report.pdf")
    String title;

    @Override
    public Integer call() throws IOException {
        Tally.Options options;
        try {
            options = options().scanning(scanInput());
        } catch (Corrections.Invalid | SheetManifestReader.Invalid e) {
            System.err.println("tally: " + e.getMessage());
            return 1;
        }
        // The content loads on another thread while the files are read; only site.yaml and the instrument
        // are read in full (InstrumentLoader): a mistake elsewhere in the content is for validate and build.
        CompletableFuture<InstrumentLoader.Result> loading = CompletableFuture.supplyAsync(
                () -> InstrumentLoader.load(contentOption.dir(), instrumentId), r -> {
            Thread t = new Thread(r, "content-loader");
            t.setDaemon(true);
            t.start();
        });
        TallyOutputs.Outcome outcome;
        try (DatabaseCounting counting = db == null ? null : DatabaseCounting.open(db, since, noPushDown, spec)) {
            TallyOutputs.Request request = new TallyOutputs.Request(out, saveState, scorecards,
                    () -> new ReportContext(title, siteOrganisation, siteBrand));
            outcome = counting == null ? TallyOutputs.run(loading.thenApply(this::instrument), options, request)
                    : TallyOutputs.run(loading.thenApply(this::instrument), options, request, counting.with(() -> siteDateOrder));
        } catch (DatabaseCounting.Unreachable e) {
            System.err.println("tally: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (TallyState.TooManyGroups e) {
            System.err.println("tally: " + e.getMessage());
            return 1;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CommandLine.ParameterException usage) {
                throw usage;
            }
            if (e.getCause() instanceof ColumnsInvalid invalid) {
                invalid.problems.forEach(p -> System.err.println(p.format()));
                return 1;
            }
            if (!loading.join().ok()) {
                Report.problems(new ContentLoader.Result(null, loading.join().problems()), contentOption.dir(), false);
                return 1;
            }
            throw new IllegalStateException(e.getCause());
        }
        System.out.print(TerminalSummary.of(outcome.result().summary()));
        printRejects(outcome);
        outcome.warnings().forEach(w -> System.err.println("warning: " + w));
        if (outcome.result().unreadable()) {
            return 1;
        }
        return strict && !clean(outcome.result().summary()) ? 1 : 0;
    }

    private Tally.Options options() {
        if (instrumentId == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "name the INSTRUMENT, e.g. \"scorecard tally nps answers.csv\"");
        }
        if (!after.isEmpty() && !files.isEmpty() || before.isEmpty() != after.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "a comparison takes --before FILE --after FILE and no other files");
        }
        if (db != null) {
            DatabaseCounting.refuse(this, spec);
        } else if (since != null || noPushDown) {
            throw new CommandLine.ParameterException(spec.commandLine(), (since != null ? "--since" : "--no-push-down")
                    + " applies to --db only: name the collector's database with --db URL");
        } else if (files.isEmpty() && after.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "name at least one response FILE, or a collector's database with --db URL");
        }
        if (saveState != null && !before.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--save-state cannot keep a before/after pairing");
        }
        if (scorecards && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scorecards needs --out DIR");
        }
        if (maxGroups < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-groups takes a number of 1 or more, not " + maxGroups);
        }
        Breakdown breakdown;
        try {
            breakdown = by == null ? null : Breakdown.of(by);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        DateOrder given;
        try {
            given = dateOrder == null ? null : DateOrder.of(dateOrder);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--date-order: " + e.getMessage());
        }
        return new Tally.Options(after.isEmpty() ? files : after, breakdown, before, maxGroups, saveState != null)
                .reading(() -> new Tally.Reading(given != null ? given : siteDateOrder, columnMap), sheet);
    }

    /** The manifest and corrections the scanned files are read with; each file checked to be of this instrument. */
    private ScanResponses.Input scanInput() throws Corrections.Invalid, SheetManifestReader.Invalid {
        Corrections chosen = corrections == null ? Corrections.NONE : Corrections.read(corrections);
        if (!chosen.instrument().isEmpty() && !chosen.instrument().equals(instrumentId)) {
            throw new Corrections.Invalid(corrections + ": the corrections are for instrument \"" + chosen.instrument()
                    + "\", not \"" + instrumentId + "\"; give the corrections.json of this instrument's scan");
        }
        Map<String, SheetManifestReader.Entry> sheets = manifest == null ? Map.of() : SheetManifestReader.read(manifest);
        for (SheetManifestReader.Entry e : sheets.values()) {
            if (!e.instrument().equals(instrumentId)) {
                throw new SheetManifestReader.Invalid(manifest + ": serial " + e.serial() + " was printed for instrument \""
                        + e.instrument() + "\", not \"" + instrumentId + "\"; give the manifest of this instrument's sheets");
            }
        }
        return new ScanResponses.Input(sheets, chosen);
    }

    /**
     * Whether everything was taken as written: no row rejected, no cell ignored, no date unknown, no total differing,
     * no scanned mark waiting for review, no scanned page not read or missing (ignored columns aside).
     */
    private static boolean clean(org.scorecardkit.tally.stats.Summary summary) {
        return summary.problems().entrySet().stream()
                .allMatch(e -> e.getValue() == 0 || e.getKey().equals(ProblemKind.COLUMN_IGNORED.key()));
    }

    /** site.yaml's date_order, known once the content is loaded (before the tally asks for it). */
    private volatile DateOrder siteDateOrder;
    /** site.yaml's organisation, for the top of the report. */
    private volatile String siteOrganisation;
    /** site.yaml's brand, for the report's logo and colour. */
    private volatile org.scorecardkit.model.Brand siteBrand;
    /** The --columns map, loaded once the instrument is known (its ids are checked against it). */
    private volatile ColumnMap columnMap = ColumnMap.NONE;

    /** A --columns map with mistakes: each is one located line; nothing is counted. */
    private static final class ColumnsInvalid extends RuntimeException {
        final transient List<org.scorecardkit.load.Problem> problems;

        ColumnsInvalid(List<org.scorecardkit.load.Problem> problems) {
            super("the --columns map is invalid");
            this.problems = problems;
        }
    }

    /** The instrument to tally from valid content; fails when the content is invalid or has no such instrument. */
    private Instrument instrument(InstrumentLoader.Result loaded) {
        if (!loaded.ok()) {
            throw new IllegalStateException("the content is invalid");
        }
        siteDateOrder = loaded.site().dateOrder();
        siteOrganisation = loaded.site().organisation();
        siteBrand = loaded.site().brand();
        Instrument instrument = instrument(loaded, instrumentId, spec);
        if (columns != null) {
            ColumnMapLoader.Result map = ColumnMapLoader.load(columns, instrument);
            if (!map.ok()) {
                throw new ColumnsInvalid(map.problems());
            }
            columnMap = map.map();
        }
        return instrument;
    }

    /** The instrument with this id, or a usage error listing the ids there are. */
    static Instrument instrument(InstrumentLoader.Result loaded, String id, CommandLine.Model.CommandSpec spec) {
        Instrument instrument = loaded.instrument();
        if (instrument == null || !instrument.kind().responding()) {
            List<String> ids = loaded.respondingIds();
            throw new CommandLine.ParameterException(spec.commandLine(), (instrument == null ? "no instrument \"" + id + "\""
                    : "\"" + id + "\" is a poster, which has no responses") + "; instruments with responses: " + String.join(", ", ids));
        }
        return instrument;
    }

    private void printRejects(TallyOutputs.Outcome outcome) {
        List<Problem> first = outcome.firstRejects();
        long total = outcome.result().summary().problems().values().stream().mapToLong(Long::longValue).sum();
        for (Problem p : first) {
            System.err.println(p.file() + ":" + p.line() + ": " + p.kind().label()
                    + (p.column().isEmpty() ? "" : " (column \"" + p.column() + "\""
                    + (p.value().isEmpty() ? "" : ", value \"" + p.value() + "\"") + ")") + ": " + p.message());
        }
        if (total > first.size()) {
            System.err.println("… and " + (total - first.size()) + " more listed"
                    + (out == null ? "; --out DIR writes them all to rejects.csv" : " in " + out.resolve("rejects.csv")));
        }
    }
}
