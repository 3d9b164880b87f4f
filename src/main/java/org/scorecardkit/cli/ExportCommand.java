package org.scorecardkit.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.scorecardkit.collect.export.ResponseExport;
import org.scorecardkit.collect.store.Database;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.load.InstrumentLoader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.output.AtomicFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scorecard export}: writes every response a collector stored for one instrument to a CSV, JSON
 * Lines or Excel file (by its extension), in the keying template's columns plus the collector's own,
 * which {@code scorecard tally} reads back figure for figure; the file appears whole or not at all.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the responses a collector stored for one instrument, as CSV, JSON Lines or Excel (.xlsx),"
                + " in the keying template's columns plus instrument, version, submission and received; formula-like cells"
                + " are neutralised.", "Exit 0 written, 1 an unknown instrument, a database that cannot be opened or a file"
                + " that cannot be written, 2 usage error."})
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTRUMENT", description = "the id of the instrument, e.g. skillset")
    String instrumentId;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--db", required = true, paramLabel = "URL", description = "the collector's database: a SQLite file, postgresql://user@host/db or a JDBC URL")
    String db;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write: .csv, .jsonl or .xlsx")
    Path out;

    @Option(names = "--since", paramLabel = "DATE", description = "only responses received at or after this day (YYYY-MM-DD, UTC) or instant (2026-03-01T09:00:00Z)")
    String since;

    @Override
    public Integer call() throws IOException {
        ResponseExport.Format format = ResponseExport.Format.of(out.getFileName().toString());
        if (format == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out names a .csv, .jsonl or .xlsx file, not \"" + out + "\"");
        }
        Instant from = DatabaseCounting.since(since, spec);
        InstrumentLoader.Result loaded = InstrumentLoader.load(contentOption.dir(), instrumentId);
        if (!loaded.ok()) {
            Report.problems(new ContentLoader.Result(null, loaded.problems()), contentOption.dir(), false);
            return 1;
        }
        Instrument instrument = loaded.instrument();
        if (instrument == null || !instrument.kind().responding()) {
            System.err.println("export: " + (instrument == null ? "no instrument \"" + instrumentId + "\""
                    : "\"" + instrumentId + "\" is a poster, which has no responses") + " in " + contentOption.dir()
                    + "; instruments with responses: " + String.join(", ", loaded.respondingIds()));
            return 1;
        }
        long[] written = new long[1];
        try (Database database = DatabaseCounting.database(db)) {
            AtomicFile.write(out, temp -> {
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW), 1 << 16)) {
                    written[0] = ResponseExport.write(instrument, database.responses(), from, format, o);
                }
            });
        } catch (DatabaseCounting.Unreachable e) {
            System.err.println("export: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("export: " + e.getMessage());
            return 1;
        }
        System.out.println(String.format(java.util.Locale.ROOT, "%,d response%s written to %s", written[0],
                written[0] == 1 ? "" : "s", out));
        return 0;
    }
}
