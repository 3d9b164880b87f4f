package org.scorecardkit.tally.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.scorecardkit.load.SheetManifestReader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.scan.FileKind;
import org.scorecardkit.scan.Corrections;
import org.scorecardkit.scan.PageProblem;
import org.scorecardkit.scan.RegisteredPage;
import org.scorecardkit.scan.Scan;
import org.scorecardkit.scan.ScanResult;
import org.scorecardkit.scan.ScannedSheet;
import org.scorecardkit.tally.check.ProblemKind;

/**
 * The scanned returns of a tally as one response source: the page images (PNG, JPEG, TIFF) and the
 * PDFs without form fields among its files, scanned together (so that a sheet whose pages lie in
 * several files is assembled) once the instrument is known. Produces one named row per sheet
 * ({@link ScanRows}), the pages the scan reported as listed problems, and the scan's counts.
 */
public final class ScanResponses implements ResponseSource {
    /** What a tally's scans need besides their files: the print manifest (serial → entry) and the corrections. */
    public record Input(Map<String, SheetManifestReader.Entry> manifest, Corrections corrections) {
        /** No manifest, no corrections. */
        public static final Input NONE = new Input(Map.of(), Corrections.NONE);

        public Input {
            manifest = Map.copyOf(manifest);
        }
    }

    private final Future<Instrument> instrument;
    private final Input input;
    /** The files handed over by the file sources before this one, in their order: read on the reader's thread only. */
    private final List<Path> files = new ArrayList<>();
    /** The PDFs among them, which a person may have meant as filled forms. */
    private final Set<Path> pdfs = new HashSet<>();

    /** @param instrument the instrument being loaded; the scan waits for it, the other files are read meanwhile */
    public ScanResponses(Future<Instrument> instrument, Input input) {
        this.instrument = instrument;
        this.input = input;
    }

    @Override
    public String name() {
        return files.isEmpty() ? "the scans" : files.get(0) + (files.size() > 1 ? " and the other scanned files" : "");
    }

    /**
     * Takes the file when it is a scan (a page image, or a PDF without form fields, which the fillable
     * PDF reader cannot read): it is then read with the other scans, after every other file.
     */
    boolean take(Path path, byte[] head) {
        if (FileKind.image(head) || FileKind.pdf(head) && !hasFormFields(path)) {
            files.add(path);
            if (FileKind.pdf(head)) {
                pdfs.add(path);
            }
            return true;
        }
        return false;
    }

    /** Whether the PDF has fields; a PDF that cannot be opened is left to the PDF form reader, which says why. */
    private static boolean hasFormFields(Path path) {
        try (PDDocument doc = Loader.loadPDF(path.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            return form != null && !form.getFields().isEmpty();
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    @Override
    public CellBatch read(int index, CellBatch batch, BatchSink sink) {
        if (files.isEmpty()) {
            return batch;
        }
        Instrument loaded;
        try {
            loaded = instrument.get();
        } catch (ExecutionException e) {
            // The tally stops for the content's own failure; nothing is scanned for it.
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return batch;
        }
        List<String> clashes = new ArrayList<>();
        List<Path> scanned = namedOnce(clashes);
        Set<String> read = new HashSet<>();
        ScanResult result = scan(loaded, scanned, input, (page, reading, image) -> {
            if (page instanceof RegisteredPage) {
                read.add(page.file());
            }
        });
        ScanRows rows = new ScanRows(index, files.get(0), input.corrections());
        CellBatch b = batch;
        for (ScannedSheet sheet : result.sheets()) {
            b = sink.accept(rows.sheet(sheet, b));
        }
        b.reset(CellBatch.Kind.END, new ResponseFile(index, files.get(0), "scans", Format.SCAN, (char) 0));
        for (PageProblem p : result.problems()) {
            String at = p.pageNumber() == 0 ? p.file() : p.file() + "#" + p.pageNumber();
            b.list(new CellBatch.Listed(-1, ProblemKind.PAGE_NOT_READ, at, p.pageNumber(), "", "", p.reason()));
        }
        b.note(note(result, rows));
        b.scanned(new ScanCounts(result.pages(), result.sheets().size(), rows.corrected(), unread(loaded, result, read, scanned, clashes)));
        return sink.accept(b);
    }

    /**
     * The files to scan, each name once: sheets are named by file name and page, so a second file of
     * a name already given (a/scan.pdf, b/scan.pdf) is not read, and {@code clashes} says why.
     */
    private List<Path> namedOnce(List<String> clashes) {
        java.util.Map<String, Path> seen = new java.util.HashMap<>();
        List<Path> once = new ArrayList<>();
        for (Path f : files) {
            Path first = seen.putIfAbsent(f.getFileName().toString(), f);
            if (first == null) {
                once.add(f);
            } else {
                clashes.add(f + ": has the same name as " + first + ", and scanned sheets are named by file name and"
                        + " page, so it is not read; rename one");
            }
        }
        return once;
    }

    /**
     * What the reader should know that cost no row: the scanner's warnings (a serial the manifest
     * lacks) and the corrections it could not apply, which then count as not given, or null.
     */
    private static String note(ScanResult result, ScanRows rows) {
        List<String> lines = new ArrayList<>(result.errors());
        lines.addAll(result.warnings());
        if (result.errors().isEmpty() && rows.unusedCorrections() != null) {
            lines.add(rows.unusedCorrections());
        }
        return lines.isEmpty() ? null : String.join("; ", lines);
    }

    /** One line per file of which no page was read as a sheet: the file-wide reason, or that no page was a sheet. */
    private List<String> unread(Instrument instrument, ScanResult result, Set<String> read, List<Path> scanned,
                                List<String> clashes) {
        List<String> out = new ArrayList<>(clashes);
        for (Path f : scanned) {
            String name = f.getFileName().toString();
            if (read.contains(name)) {
                continue;
            }
            String whole = result.problems().stream().filter(p -> p.file().equals(name) && p.pageNumber() == 0)
                    .map(PageProblem::reason).findFirst().orElse(null);
            String why = whole != null ? whole : "no page is a sheet of " + instrument.id() + " version " + instrument.version()
                    + " (each page is listed in rejects.csv as \"page not read\", with why)";
            // A fillable PDF flattened by a viewer lost its fields: say why it was read as scanned pages.
            out.add(f + ": " + why + (pdfs.contains(f) ? "; a PDF without form fields is read as scanned pages" : ""));
        }
        return out;
    }

    /** The scan, the manifest's names and the corrections' choices applied by the scanner. */
    static ScanResult scan(Instrument instrument, List<Path> files, Input input, Scan.Listener listener) {
        return Scan.run(new Scan.Request(instrument, files, input.manifest(), input.corrections()), listener);
    }
}
