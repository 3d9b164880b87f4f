package org.scorecardkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.load.InstrumentLoader;
import org.scorecardkit.load.SheetManifestReader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.scan.Corrections;
import org.scorecardkit.scan.Scan;
import org.scorecardkit.scan.ScanInputs;
import org.scorecardkit.scan.ScanMessages;
import org.scorecardkit.scan.ScanResult;
import org.scorecardkit.scan.output.Overlays;
import org.scorecardkit.scan.output.ResponsesCsv;
import org.scorecardkit.scan.output.ReviewPage;
import org.scorecardkit.scan.output.ScanFolder;
import org.scorecardkit.scan.output.ScanJson;
import org.scorecardkit.scan.output.ScanWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scorecard scan}: reads scanned and photographed sheets of one instrument into responses.csv,
 * scan.json and the review outputs, and prints what was read, what was reported and what to review.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Read scanned or photographed answer sheets into responses.csv, with every doubtful mark sent to review.",
                "Reads PDF, TIFF, PNG and JPEG files, or folders of them; writes responses.csv for the tally, scan.json"
                + " for audit and review.html to decide every doubtful mark.",
                "Exit 0 scanned (pages reported and items to review are listed), 1 a file not read, invalid content,"
                + " manifest or corrections (nothing is written then), 2 usage error."})
final class ScanCommand implements Callable<Integer> {
    /** The review page's file name in the output folder. */
    static final String REVIEW = "review.html";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTRUMENT", description = "the id of the instrument, e.g. skillset")
    String instrumentId;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE",
            description = "scans and photos: PDF, TIFF, PNG or JPEG files, or folders holding them (read in name order)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "scan",
            description = "write responses.csv, scan.json and review.html here (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--corrections", paramLabel = "FILE",
            description = "apply the choices saved from review.html (corrections.json)")
    Path corrections;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "the .manifest.csv that print --participants wrote: fills in respondent and group by serial")
    Path manifest;

    @Mixin
    ContentOption contentOption;

    /** Every output of a scan, in the order they are written: the one place a new output is added. */
    static List<ScanWriter> writers(Instrument instrument) {
        return List.of(new ResponsesCsv(instrument), new ScanJson(instrument), new Overlays(instrument), new ReviewPage(instrument));
    }

    @Override
    public Integer call() throws IOException {
        ScanInputs.Checked inputs = ScanInputs.of(files);
        InstrumentLoader.Result loaded = InstrumentLoader.load(contentOption.dir(), instrumentId);
        if (!loaded.ok()) {
            Report.problems(new ContentLoader.Result(null, loaded.problems()), contentOption.dir(), false);
            return 1;
        }
        Instrument instrument = TallyCommand.instrument(loaded, instrumentId, spec);
        List<String> problems = new ArrayList<>(inputs.problems());
        Corrections chosen = corrections(problems);
        Map<String, SheetManifestReader.Entry> names = manifest(problems);
        List<Path> reads = new ArrayList<>(inputs.files());
        for (Path extra : new Path[] {corrections, manifest}) {
            if (extra != null) {
                reads.add(extra);
                notInside(extra, problems);
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            return 1;
        }
        Scan.Request request = new Scan.Request(instrument, inputs.files(), names, chosen);
        ScanFolder.Outcome outcome;
        try (ScanProgress progress = ScanProgress.forTerminal(inputs.files())) {
            outcome = ScanFolder.run(request, out, writers(instrument), reads, progress);
        }
        return report(outcome, inputs, instrument);
    }

    private int report(ScanFolder.Outcome outcome, ScanInputs.Checked inputs, Instrument instrument) {
        ScanResult result = outcome.result();
        inputs.warnings().forEach(w -> System.err.println("warning: " + w));
        String prefix = manifest == null ? "" : manifest + ": ";
        result.warnings().forEach(w -> System.err.println("warning: " + prefix + w));
        if (!outcome.written()) {
            result.filesNotRead().forEach(p -> System.err.println(pathOf(inputs.files(), p.file()) + ": " + p.reason()));
            result.errors().forEach(System.err::println);
            System.err.println(ScanMessages.nothingWritten(out));
            return 1;
        }
        ScanMessages.summary(result, instrument, out, out.resolve(REVIEW)).forEach(System.out::println);
        return 0;
    }

    /** The path as given for a file the scan names by its name alone. */
    private static String pathOf(List<Path> files, String name) {
        return files.stream().filter(f -> f.getFileName() != null && f.getFileName().toString().equals(name))
                .map(Path::toString).findFirst().orElse(name);
    }

    private Corrections corrections(List<String> problems) {
        if (corrections == null) {
            return Corrections.NONE;
        }
        try {
            return Corrections.read(corrections);
        } catch (Corrections.Invalid e) {
            problems.add(e.getMessage());
            return Corrections.NONE;
        }
    }

    private Map<String, SheetManifestReader.Entry> manifest(List<String> problems) {
        if (manifest == null) {
            return Map.of();
        }
        try {
            return SheetManifestReader.read(manifest);
        } catch (SheetManifestReader.Invalid e) {
            problems.add(e.getMessage());
            return Map.of();
        }
    }

    /** A file the scan reads may not lie in the output folder, which the scan replaces as a whole. */
    private void notInside(Path file, List<String> problems) throws IOException {
        Path folder = out.toAbsolutePath().normalize();
        Path real = Files.exists(folder) ? folder.toRealPath() : folder;
        Path f = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
        if (f.startsWith(real)) {
            problems.add(file + ": it is inside the output folder " + out + ", which a scan replaces whole;"
                    + " move it out (beside the scans, say) or choose another --out");
        }
    }
}
