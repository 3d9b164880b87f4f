package org.scorecardkit.scan;

import org.scorecardkit.model.SheetGeometry;
import org.scorecardkit.load.SheetGeometryReader;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.render.pdf.Geometry;
import org.scorecardkit.render.pdf.GeometryJson;
import org.scorecardkit.render.pdf.SheetLayout;
import org.scorecardkit.render.pdf.SheetRenderer;

/** The real sheets of the standard content for the scanner's tests: geometry as the JSON says, blank PDFs, rasters. */
final class Sheets {
    private static final Map<String, Geometry.Sheet> LAYOUTS = new ConcurrentHashMap<>();
    private static SiteContent content;

    private Sheets() {
    }

    static synchronized SiteContent content() {
        if (content == null) {
            ContentLoader.Result result = ContentLoader.load(Path.of("content"));
            assertEquals(List.of(), result.problems(), "the standard content must be valid");
            content = result.content();
        }
        return content;
    }

    static Geometry.Sheet layout(String instrument) {
        return LAYOUTS.computeIfAbsent(instrument, id -> SheetLayout.layout(content().instrument(id), Paper.A4));
    }

    /** The geometry exactly as the scanner reads it: through the JSON the build writes. */
    static SheetGeometry geometry(String instrument) {
        try {
            return SheetGeometryReader.parse(GeometryJson.of(layout(instrument)), instrument + "-a4.geometry.json");
        } catch (SheetGeometryReader.Invalid e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static byte[] blankPdf(String instrument) {
        return SheetRenderer.blank(layout(instrument));
    }

    /** Page {@code index} (from 0) of a PDF rendered grey at {@code dpi}. */
    static BufferedImage raster(byte[] pdf, int index, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
