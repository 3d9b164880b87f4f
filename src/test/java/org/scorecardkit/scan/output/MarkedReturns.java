package org.scorecardkit.scan.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SheetGeometry;
import org.scorecardkit.render.pdf.Geometry;
import org.scorecardkit.render.pdf.SheetLayout;
import org.scorecardkit.render.pdf.SheetRenderer;
import org.scorecardkit.scan.Decision;
import org.scorecardkit.scan.ItemReading;
import org.scorecardkit.scan.MarkReader;
import org.scorecardkit.scan.PageProblem;
import org.scorecardkit.scan.PageReading;
import org.scorecardkit.scan.PageResult;
import org.scorecardkit.scan.RegisteredPage;
import org.scorecardkit.scan.ScanResult;
import org.scorecardkit.scan.ScannedSheet;
import org.scorecardkit.scan.SheetReader;

/**
 * Real readings for the review writers' tests: the standard skillset sheet rendered by SheetRenderer,
 * rasterised by PDFBox at 150 dpi, marked by hand here (item 1 answered 3, item 2 a double mark 2 and 4,
 * item 3 a light grey fill in 4 that is neither filled nor empty, items 4–12 answered, item 12 left blank),
 * registered by SheetReader and read by MarkReader; plus a blank page that is reported. The pages
 * are fed to the writers as the scan streams them, and the ScanResult is assembled as the scan does.
 */
public final class MarkedReturns {
    public static final String FILE = "returns.pdf";
    public static final float DPI = 150;
    private static Instrument skillset;
    private static Instrument pulse;
    private static BufferedImage marked;
    private static final Map<String, PageReading> READINGS = new HashMap<>();

    private MarkedReturns() {
    }

    public static synchronized Instrument skillset() {
        if (skillset == null) {
            ContentLoader.Result result = ContentLoader.load(Path.of("content"));
            assertEquals(List.of(), result.problems(), "the standard content must be valid");
            skillset = result.content().instrument("skillset");
        }
        return skillset;
    }

    public static Geometry.Sheet layout() {
        return SheetLayout.layout(skillset(), Paper.A4);
    }

    /** The marked page image (a fresh copy each time: readers and writers may not change it, but tests might). */
    public static synchronized BufferedImage markedPage() {
        if (marked == null) {
            Geometry.Sheet layout = layout();
            BufferedImage page = raster(SheetRenderer.blank(layout));
            SheetGeometry g = layout.scan();
            List<SheetGeometry.Bubble> bubbles = g.page(1).bubbles();
            Graphics2D ink = page.createGraphics();
            ink.setColor(new Color(35, 35, 35));
            for (int item = 0; item < 11; item++) {
                if (item == 1) {
                    fill(ink, g, bubbles.get(5 + 1), 0.85);      // item 2: 2 …
                    fill(ink, g, bubbles.get(5 + 3), 0.85);      // … and 4: a double mark
                } else if (item == 2) {
                    light(ink, g, bubbles.get(10 + 3));         // item 3: 4 filled so lightly it may be an erasure
                } else {
                    fill(ink, g, bubbles.get(5 * item + (item == 0 ? 2 : item % 5)), 0.85);
                }
            }
            ink.dispose();
            marked = page;
        }
        return copy(marked);
    }

    /** The registered page and its reading, asserting the marks read as drawn (read once per file and page: QR detection is slow). */
    public static synchronized PageReading read(String file, int pageNumber, BufferedImage image) {
        return READINGS.computeIfAbsent(file + "#" + pageNumber, k -> readNow(file, pageNumber, image));
    }

    private static PageReading readNow(String file, int pageNumber, BufferedImage image) {
        SheetGeometry g = layout().scan();
        PageResult result = new SheetReader(List.of(g)).read(file, pageNumber, image);
        if (!(result instanceof RegisteredPage r)) {
            throw new AssertionError("the marked sheet must register: " + result);
        }
        PageReading reading = MarkReader.of(skillset()).read(r, image, g.page(1));
        List<Decision> got = reading.items().stream().map(ItemReading::decision).toList();
        List<Decision> drawn = new ArrayList<>(List.of(Decision.ANSWERED, Decision.DOUBLE, Decision.UNCLEAR));
        for (int k = 3; k < 11; k++) {
            drawn.add(Decision.ANSWERED);
        }
        drawn.add(Decision.BLANK);
        assertEquals(drawn, got, "the hand-drawn marks read as drawn");
        return reading;
    }

    /** A blank white page: reported ("no QR code found"), with its image. */
    public static BufferedImage blankPage() {
        BufferedImage white = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, white.getWidth(), white.getHeight());
        g.dispose();
        return white;
    }

    /**
     * Streams {@code returns.pdf}: page 1 the marked sheet for {@code respondent}, page 2 the same marks
     * on a second copy whose item 2 a person corrected to {@code corrected2} (null: not corrected),
     * page 3 blank, page 4 unreadable (no image); feeds each page to the writers and returns the result.
     */
    public static ScanResult scan(String respondent, String corrected2, List<ScanWriter> writers) throws IOException {
        List<ScannedSheet> sheets = new ArrayList<>();
        List<PageProblem> problems = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            BufferedImage image = markedPage();
            PageReading reading = read(FILE, n, image);
            for (ScanWriter w : writers) {
                w.page(reading.page(), reading, image);
            }
            if (n == 2 && corrected2 != null) {
                reading = correct(reading, Map.of(reading.items().get(1).item(), corrected2));
            }
            sheets.add(new ScannedSheet(FILE + "#" + n, "00000" + n, "skillset", skillset().version(), List.of(reading),
                    List.of(), n == 1 ? respondent : "", n == 1 ? "Team <b>A</b>" : ""));
        }
        BufferedImage blank = blankPage();
        PageResult reported = new SheetReader(List.of(layout().scan())).read(FILE, 3, blank);
        PageProblem unreadable = new PageProblem(FILE, 4, "the page's image cannot be decoded");
        for (ScanWriter w : writers) {
            w.page(reported, null, blank);
            w.page(unreadable, null, null);
        }
        problems.add((PageProblem) reported);
        problems.add(unreadable);
        return new ScanResult(sheets, problems, 4);
    }

    /** The test site's Team Pulse survey: a rating, a single choice, a multiple choice (boxes) and a check item. */
    public static synchronized Instrument pulse() {
        if (pulse == null) {
            ContentLoader.Result result = ContentLoader.load(Path.of("src/test/resources/sites/basic"));
            assertEquals(List.of(), result.problems(), "the basic test site must be valid");
            pulse = result.content().instrument("pulse");
        }
        return pulse;
    }

    /**
     * One Team Pulse sheet, {@code pulse.png}: energy 3; channel both "chat" and "email" (a double mark);
     * tools "wiki" filled and a light grey "bot" (unclear, on a multiple-choice item); followed-up "yes".
     */
    public static ScanResult scanPulse(List<ScanWriter> writers) throws IOException {
        Geometry.Sheet layout = SheetLayout.layout(pulse(), Paper.A4);
        SheetGeometry g = layout.scan();
        BufferedImage page = raster(SheetRenderer.blank(layout));
        Graphics2D ink = page.createGraphics();
        ink.setColor(new Color(35, 35, 35));
        java.util.Set<String> marks = java.util.Set.of("energy=3", "channel=chat", "channel=email", "tools=wiki",
                "followed-up=yes");
        for (SheetGeometry.Bubble b : g.page(1).bubbles()) {
            if (marks.contains(b.item() + "=" + b.value())) {
                fill(ink, g, b, 0.85);
            } else if ((b.item() + "=" + b.value()).equals("tools=bot")) {
                light(ink, g, b);
            }
        }
        ink.dispose();
        PageResult result = new SheetReader(List.of(g)).read("pulse.png", 1, page);
        if (!(result instanceof RegisteredPage r)) {
            throw new AssertionError("the marked pulse sheet must register: " + result);
        }
        PageReading reading = MarkReader.of(pulse()).read(r, page, g.page(1));
        assertEquals(List.of("energy ANSWERED", "channel DOUBLE", "tools UNCLEAR", "followed-up ANSWERED"),
                reading.items().stream().map(i -> i.item() + " " + i.decision()).toList(), "the pulse marks read as drawn");
        for (ScanWriter w : writers) {
            w.page(r, reading, page);
        }
        return new ScanResult(List.of(new ScannedSheet("pulse.png#1", "000000", "pulse", pulse().version(),
                List.of(reading), List.of(), "", "")), List.of(), 1);
    }

    /** The reading with the items named corrected as the scan applies corrections.json. */
    public static PageReading correct(PageReading reading, Map<String, String> choices) {
        List<ItemReading> items = reading.items().stream()
                .map(i -> choices.containsKey(i.item()) ? i.correctedTo(choices.get(i.item())) : i).toList();
        return new PageReading(reading.page(), items, reading.sensitivity());
    }

    /** A bubble filled in a light grey, as a hard-erased pencil mark leaves it: neither filled nor empty. */
    private static void light(Graphics2D ink, SheetGeometry g, SheetGeometry.Bubble b) {
        Color pen = ink.getColor();
        ink.setColor(new Color(200, 200, 200));
        fill(ink, g, b, 0.85);
        ink.setColor(pen);
    }

    private static void fill(Graphics2D ink, SheetGeometry g, SheetGeometry.Bubble b, double share) {
        double s = DPI / 72;
        double r = share * b.r() * s;
        double x = b.x() * s;
        double y = (g.height() - b.y()) * s;
        ink.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    private static BufferedImage raster(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
        out.getRaster().setRect(image.getRaster());
        return out;
    }
}
