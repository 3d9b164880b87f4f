package org.scorecardkit.scan;

import org.scorecardkit.model.SheetGeometry;
import boofcv.abst.fiducial.QrCodeDetector;
import boofcv.alg.fiducial.qrcode.QrCode;
import boofcv.factory.fiducial.FactoryFiducial;
import boofcv.struct.image.GrayU8;
import georegression.struct.point.Point2D_F64;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one page image: finds and decodes its QR code (instrument, version, page, serial), finds the
 * four corner marks where the geometry puts them relative to the QR code (whose corners give the
 * page's turn, scale and rough position, upside down and sideways included) and fits the homography
 * from the geometry's mark centres to the marks found. A page that cannot be read this way is a
 * {@link PageProblem} with its reason, never an exception.
 */
public final class SheetReader {
    /** Registration that misses the QR code's corners by more than this (points) flags the page. */
    public static final double FIT_LIMIT = 4.0;
    private static final String[] CORNERS = {"top-left", "top-right", "bottom-left", "bottom-right"};

    private final List<SheetGeometry> geometries;
    private final QrCodeDetector<GrayU8> detector = FactoryFiducial.qrcode(null, GrayU8.class);

    /** A reader for the sheets of these geometries (an instrument's papers, say A4 and letter). */
    public SheetReader(List<SheetGeometry> geometries) {
        if (geometries.isEmpty()) {
            throw new IllegalArgumentException("a sheet reader needs at least one geometry");
        }
        this.geometries = List.copyOf(geometries);
    }

    /** Receives each page of a file: its result and, when the page had an image, the image. */
    public interface Sink {
        void accept(PageResult result, BufferedImage image);
    }

    /** Reads every page of a file; a file that holds no pages is one problem with page 0. */
    public void readFile(Path file, Sink sink) {
        String name = file.getFileName().toString();
        try {
            PageImages.read(file, new PageImages.Pages() {
                @Override
                public void page(int number, BufferedImage grey, String how) {
                    sink.accept(read(name, number, grey), grey);
                }

                @Override
                public void unreadable(int number, String reason) {
                    sink.accept(new PageProblem(name, number, reason), null);
                }
            });
        } catch (PageImages.NotPages e) {
            sink.accept(new PageProblem(name, 0, e.getMessage()), null);
        }
    }

    /** Reads one grey page image. */
    public PageResult read(String file, int pageNumber, BufferedImage grey) {
        GrayU8 gray = gray(PageImages.grey(grey));
        detector.process(gray);
        QrCode found = null;
        String foreign = null;
        for (QrCode qr : detector.getDetections()) {
            if (qr.message.startsWith("SCK1|")) {
                found = qr;
                break;
            }
            foreign = qr.message;
        }
        if (found == null) {
            String reason = foreign != null ? "not a Scorecard Kit sheet (its QR code reads \"" + shorten(foreign) + "\")"
                    : detector.getFailures().isEmpty() ? "no QR code found (blank page, or the code is covered or cut off)"
                    : "a QR code is there but cannot be decoded (damaged, blurred or too small)";
            return new PageProblem(file, pageNumber, reason);
        }
        return identified(file, pageNumber, gray, found);
    }

    private PageResult identified(String file, int pageNumber, GrayU8 gray, QrCode qr) {
        String[] p = qr.message.split("\\|", -1);
        if (p.length != 5 || !p[3].matches("[1-9][0-9]{0,3}") || !p[4].matches("[0-9]{6}")) {
            return new PageProblem(file, pageNumber, "the QR code \"" + shorten(qr.message) + "\" is not a valid sheet code");
        }
        int page = Integer.parseInt(p[3]);
        PageResult best = null;
        for (SheetGeometry g : geometries) {
            if (!g.instrument().equals(p[1]) || !g.version().equals(p[2])) {
                continue;
            }
            SheetGeometry.Page geometry = g.page(page);
            if (geometry == null) {
                return new PageProblem(file, pageNumber, "page " + page + " of " + p[1] + " version " + p[2]
                        + ", but its sheet has " + g.pages().size() + " page(s)");
            }
            PageResult r = Registration.register(gray, qr.bounds.vertexes.toList(), geometry, file, pageNumber, p);
            if (best == null || r instanceof RegisteredPage) {
                best = r;
            }
            if (r instanceof RegisteredPage) {
                break;
            }
        }
        if (best == null) {
            SheetGeometry g = geometries.get(0);
            return new PageProblem(file, pageNumber, "a sheet of " + p[1] + " version " + p[2] + ", not of "
                    + g.instrument() + " version " + g.version());
        }
        return best;
    }

    static List<double[]> points(List<Point2D_F64> vertexes) {
        List<double[]> out = new ArrayList<>();
        for (Point2D_F64 v : vertexes) {
            out.add(new double[] {v.x, v.y});
        }
        return out;
    }

    static String corner(int index) {
        return CORNERS[index];
    }

    private static String shorten(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 60 ? clean : clean.substring(0, 57) + "...";
    }

    /** BoofCV's grey image over a copy of the picture's bytes. */
    static GrayU8 gray(BufferedImage grey) {
        GrayU8 out = new GrayU8(grey.getWidth(), grey.getHeight());
        grey.getRaster().getDataElements(0, 0, grey.getWidth(), grey.getHeight(), out.data);
        return out;
    }
}
