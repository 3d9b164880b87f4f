package org.scorecardkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.load.Problem;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Kind;
import org.scorecardkit.model.Paper;
import org.scorecardkit.output.AtomicFile;
import org.scorecardkit.render.pdf.Geometry;
import org.scorecardkit.render.pdf.Participants;
import org.scorecardkit.render.pdf.PdfSiteRenderer;
import org.scorecardkit.render.pdf.SheetLayout;
import org.scorecardkit.render.pdf.SheetRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scorecard print}: one personalised answer sheet per participant of a CSV file, in one PDF,
 * and beside it a manifest CSV mapping each sheet's serial to its participant.
 */
@Command(name = "print", mixinStandardHelpOptions = true,
        description = "Print personalised answer sheets: one per participant (name and group printed, a serial in the QR code).")
final class PrintCommand implements Callable<Integer> {
    /** Serials are six digits; 000000 is the site's blank sheet. */
    private static final int MAX_SERIAL = 999_999;

    @Parameters(index = "0", paramLabel = "INSTRUMENT", description = "the id of the instrument, e.g. skillset")
    String instrumentId;

    @Option(names = "--participants", required = true, paramLabel = "FILE.csv",
            description = "CSV with a header row naming a \"name\" column and optionally \"group\"")
    Path participants;

    @Option(names = "--paper", paramLabel = "a4|letter|a3",
            description = "paper size (default: the instrument's print paper, else the site's)")
    String paper;

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "output file (default: <instrument>-sheets.pdf)")
    Path out;

    @Option(names = "--first-serial", paramLabel = "N", defaultValue = "1",
            description = "the first sheet's serial (default 1): print a second batch of the same instrument from where"
                    + " the first ended, so sheets of both can be scanned together")
    int firstSerial;

    @Mixin
    ContentOption contentOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        Paper chosen = paper();
        if (firstSerial < 1 || firstSerial > MAX_SERIAL) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--first-serial must be a whole number from 1 to " + MAX_SERIAL + ", not " + firstSerial);
        }
        if (out != null) {
            AtomicFile.check(out);   // before any work: a folder given as --out is refused at once, in one line
        }
        // The participants are read, and the PDF side warmed up, on a second core while the content loads.
        FutureTask<List<Participants.Participant>> people = new FutureTask<>(() -> {
            SheetRenderer.warmUp();
            return Participants.read(participants);
        });
        Thread reader = new Thread(people, "participants");
        reader.setDaemon(true);
        reader.start();
        ContentLoader.Result loaded = ContentLoader.load(contentOption.dir());
        if (loaded.ok()) {
            List<Problem> unprintable = new PdfSiteRenderer().check(loaded.content(), contentOption.dir());
            loaded = unprintable.isEmpty() ? loaded : new ContentLoader.Result(loaded.content(), unprintable);
        }
        if (!loaded.ok()) {
            Report.problems(loaded, contentOption.dir(), false);
            return 1;
        }
        Instrument instrument = instrument(loaded);
        List<Participants.Participant> sheets;
        try {
            sheets = participants(people);
        } catch (Participants.Invalid e) {
            System.err.println(e.getMessage());
            return 1;
        }
        if (firstSerial - 1L + sheets.size() > MAX_SERIAL) {
            System.err.println(participants + ": " + sheets.size() + " participants from serial " + firstSerial
                    + " pass the last serial " + MAX_SERIAL + "; give a smaller --first-serial");
            return 1;
        }
        Paper size = chosen != null ? chosen : PdfSiteRenderer.defaultPaper(loaded.content(), instrument);
        Path target = out != null ? out : Path.of(instrument.id() + "-sheets.pdf");
        // A failure to write is one line from the top-level handler; the previous file stays as it was.
        Geometry.Sheet sheet = SheetLayout.layout(instrument, size, loaded.content().site());
        int pages = write(sheet, sheets, target, firstSerial);
        // The manifest follows the PDF it describes, so a manifest never names sheets that were not printed.
        Path manifest = PrintManifest.of(target);
        AtomicFile.write(manifest, PrintManifest.csv(instrument.id(), instrument.version(), sheet.pages().size(), sheets,
                firstSerial));
        System.out.println(String.format(Locale.ROOT, "Wrote %s (%s) for %s to %s and their serials to %s in %.2f s",
                Report.count(sheets.size(), "sheet"), Report.count(pages, "page"), instrument.id(), target, manifest,
                (System.nanoTime() - start) / 1e9));
        return 0;
    }

    /** Writes the batch whole or not at all: a failure leaves the previous file as it was. */
    private static int write(Geometry.Sheet sheet, List<Participants.Participant> sheets, Path target, int firstSerial)
            throws IOException {
        AtomicFile.check(target);
        int[] pages = new int[1];
        AtomicFile.write(target, temp -> pages[0] = SheetRenderer.batch(sheet, sheets, temp, firstSerial));
        return pages[0];
    }

    private static List<Participants.Participant> participants(FutureTask<List<Participants.Participant>> task)
            throws Participants.Invalid, IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the participants", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Participants.Invalid invalid) {
                throw invalid;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    /** The paper asked for, or null for the default; any size the site's {@code paper} allows. */
    private Paper paper() {
        if (paper == null) {
            return null;
        }
        for (Paper p : Paper.values()) {
            if (p.yamlName().equals(paper.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "--paper must be one of " + Paper.yamlNames() + ", not \"" + paper + "\"");
    }

    private Instrument instrument(ContentLoader.Result loaded) {
        Instrument instrument = loaded.content().instrument(instrumentId);
        List<String> printable = loaded.content().instruments().stream()
                .filter(i -> i.kind().responding()).map(Instrument::id).toList();
        if (instrument == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no instrument \"" + instrumentId + "\" in "
                    + contentOption.dir() + "; instruments with answer sheets: " + String.join(", ", printable));
        }
        if (instrument.kind() == Kind.POSTER) {
            throw new CommandLine.ParameterException(spec.commandLine(), "\"" + instrumentId
                    + "\" is a poster and has no answer sheet; choose one of: " + String.join(", ", printable));
        }
        return instrument;
    }
}
