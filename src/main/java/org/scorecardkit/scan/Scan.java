package org.scorecardkit.scan;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.load.SheetManifestReader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SheetGeometry;
import org.scorecardkit.render.pdf.SheetLayout;

/**
 * Scans returned files against one instrument, top to bottom: every page of every file as an image,
 * identified by its QR code and registered from its corner marks, every item read from its marks,
 * then pages assembled into sheets ({@link SheetAssembly}), named from the print manifest and
 * corrected as corrections.json says ({@link SheetNames}, {@link SheetCorrections}). Pages are
 * streamed: the listener sees each image once, and only the readings are kept.
 */
public final class Scan {
    private Scan() {
    }

    /** Sees each page as it is read: its result, its reading (null for a page reported) and its image (null if none). */
    public interface Listener {
        void page(PageResult result, PageReading reading, BufferedImage image);
    }

    /**
     * What to scan.
     *
     * @param files the files in the order given; their pages are read in this order
     * @param manifest the print manifest by serial, empty when there is none
     * @param corrections the choices made in review.html, {@link Corrections#NONE} when there are none
     */
    public record Request(Instrument instrument, List<Path> files, Map<String, SheetManifestReader.Entry> manifest,
                          Corrections corrections) {
        public Request {
            files = List.copyOf(files);
            manifest = Map.copyOf(manifest);
        }

        /** Just the files: no manifest, no corrections. */
        public Request(Instrument instrument, List<Path> files) {
            this(instrument, files, Map.of(), Corrections.NONE);
        }
    }

    /** Scans the request's files for sheets of its instrument (any paper it is printed on). */
    public static ScanResult run(Request request, Listener listener) {
        Instrument instrument = request.instrument();
        Map<String, SheetGeometry> geometries = new LinkedHashMap<>();
        for (Paper paper : Paper.values()) {
            SheetGeometry g = SheetLayout.layout(instrument, paper).scan();
            geometries.put(g.paper(), g);
        }
        List<SheetGeometry> papers = List.copyOf(geometries.values());
        SheetReader reader = new SheetReader(papers);
        MarkReader marks = MarkReader.of(instrument);
        SheetAssembly assembly = new SheetAssembly();
        List<PageProblem> problems = new ArrayList<>();
        int[] pages = {0};
        for (Path file : request.files()) {
            reader.readFile(file, (result, image) -> {
                pages[0] += result.pageNumber() == 0 ? 0 : 1;
                PageReading reading = null;
                if (result instanceof RegisteredPage r) {
                    SheetGeometry g = GeometryChoice.of(papers, r, image);
                    reading = marks.read(r, image, g.page(r.page()));
                    PageProblem twice = assembly.add(reading, g.pages().size());
                    if (twice != null) {
                        problems.add(twice);
                    }
                } else {
                    problems.add((PageProblem) result);
                }
                listener.page(result, reading, image);
            });
        }
        SheetNames.Named named = SheetNames.fill(assembly.sheets(), request.manifest(), instrument);
        SheetCorrections.Corrected corrected = SheetCorrections.apply(named.sheets(), request.corrections(), instrument);
        return new ScanResult(corrected.sheets(), problems, pages[0], named.warnings(), corrected.errors());
    }
}
