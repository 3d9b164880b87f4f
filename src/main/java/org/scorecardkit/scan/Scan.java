package org.scorecardkit.scan;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SheetGeometry;
import org.scorecardkit.render.pdf.SheetLayout;

/**
 * Scans returned files against one instrument, top to bottom: every page of every file as an image,
 * identified by its QR code and registered from its corner marks, every item read from its marks,
 * then pages assembled into sheets by serial. Pages are streamed: the listener sees each image once,
 * and only the readings are kept.
 */
public final class Scan {
    private Scan() {
    }

    /** Sees each page as it is read: its result, its reading (null for a page reported) and its image (null if none). */
    public interface Listener {
        void page(PageResult result, PageReading reading, BufferedImage image);
    }

    /** Scans {@code files} for sheets of {@code instrument} (any paper it is printed on). */
    public static ScanResult run(Instrument instrument, List<Path> files, Listener listener) {
        Map<String, SheetGeometry> geometries = new LinkedHashMap<>();
        for (Paper paper : Paper.values()) {
            SheetGeometry g = SheetLayout.layout(instrument, paper).scan();
            geometries.put(g.paper(), g);
        }
        SheetReader reader = new SheetReader(List.copyOf(geometries.values()));
        MarkReader marks = MarkReader.of(instrument);
        List<PageReading> readings = new ArrayList<>();
        List<PageProblem> problems = new ArrayList<>();
        int[] pages = {0};
        for (Path file : files) {
            reader.readFile(file, (result, image) -> {
                pages[0] += result.pageNumber() == 0 ? 0 : 1;
                PageReading reading = null;
                if (result instanceof RegisteredPage r) {
                    reading = marks.read(r, image, geometry(geometries.values(), r));
                    readings.add(reading);
                } else {
                    problems.add((PageProblem) result);
                }
                listener.page(result, reading, image);
            });
        }
        return new ScanResult(assemble(readings, geometries.values()), problems, pages[0]);
    }

    private static SheetGeometry.Page geometry(Iterable<SheetGeometry> geometries, RegisteredPage r) {
        for (SheetGeometry g : geometries) {
            if (g.instrument().equals(r.instrument()) && g.version().equals(r.version()) && g.page(r.page()) != null) {
                return g.page(r.page());
            }
        }
        throw new IllegalStateException("a registered page always has its geometry");
    }

    /** Pages into sheets: by serial, in the order their first pages came. */
    private static List<ScannedSheet> assemble(List<PageReading> readings, Iterable<SheetGeometry> geometries) {
        Map<String, List<PageReading>> bySerial = new LinkedHashMap<>();
        for (PageReading p : readings) {
            bySerial.computeIfAbsent(p.page().serial(), k -> new ArrayList<>()).add(p);
        }
        int pageCount = geometries.iterator().next().pages().size();
        List<ScannedSheet> sheets = new ArrayList<>();
        for (List<PageReading> pages : bySerial.values()) {
            pages.sort((a, b) -> Integer.compare(a.page().page(), b.page().page()));
            RegisteredPage first = pages.get(0).page();
            List<String> missing = new ArrayList<>();
            for (int n = 1; n <= pageCount; n++) {
                final int number = n;
                if (pages.stream().noneMatch(p -> p.page().page() == number)) {
                    missing.add("page " + n + " of " + pageCount + " is missing");
                }
            }
            sheets.add(new ScannedSheet(first.file() + "#" + first.pageNumber(), first.serial(), first.instrument(),
                    first.version(), pages, missing, "", ""));
        }
        return sheets;
    }
}
