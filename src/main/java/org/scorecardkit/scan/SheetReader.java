package org.scorecardkit.scan;

import org.scorecardkit.model.SheetGeometry;
import boofcv.abst.fiducial.QrCodeDetector;
import boofcv.alg.filter.blur.BlurImageOps;
import boofcv.alg.filter.misc.AverageDownSampleOps;
import boofcv.alg.fiducial.qrcode.QrCode;
import boofcv.factory.fiducial.FactoryFiducial;
import boofcv.struct.image.GrayU8;
import georegression.struct.point.Point2D_F64;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
    /** Pictures larger than this (pixels, either side) are searched for their QR code halved. */
    static final int DETECT_MAX = 2600;
    private static final String[] CORNERS = {"top-left", "top-right", "bottom-left", "bottom-right"};

    private final List<SheetGeometry> geometries;
    /** A page whose reading takes longer than this is reported, not waited for (a pathological picture). */
    static final long PAGE_MILLIS = 20_000;

    private volatile QrCodeDetector<GrayU8> detector = FactoryFiducial.qrcode(null, GrayU8.class);
    private ExecutorService worker = worker();
    private long pageMillis = PAGE_MILLIS;

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

    /** The same reader with another cap on a page's reading time (tests). */
    SheetReader capped(long millis) {
        pageMillis = millis;
        return this;
    }

    /**
     * Reads every page of a file; a file that holds no pages is one problem with page 0. A page is
     * read on the worker while the next one is decoded (and the sink handles the one before), so two
     * cores are busy and at most two pages wait in memory.
     */
    public void readFile(Path file, Sink sink) {
        String name = file.getFileName().toString();
        ArrayDeque<Pending> queue = new ArrayDeque<>();
        try {
            PageImages.read(file, new PageImages.Pages() {
                @Override
                public void page(int number, BufferedImage grey, String how) {
                    queue.add(new Pending(name, number, grey));
                    while (queue.size() > 1) {
                        deliver(queue, sink);
                    }
                }

                @Override
                public void unreadable(int number, String reason) {
                    drain(queue, sink);
                    sink.accept(new PageProblem(name, number, reason), null);
                }
            });
            drain(queue, sink);
        } catch (PageImages.NotPages e) {
            drain(queue, sink);
            sink.accept(new PageProblem(name, 0, e.getMessage()), null);
        }
    }

    /** A page handed to the worker, delivered to the sink in file order. */
    private final class Pending {
        final String file;
        final int number;
        final BufferedImage grey;
        Future<PageResult> result;

        Pending(String file, int number, BufferedImage grey) {
            this.file = file;
            this.number = number;
            this.grey = grey;
            submit();
        }

        void submit() {
            result = worker.submit(() -> read(file, number, grey));
        }
    }

    private void drain(ArrayDeque<Pending> queue, Sink sink) {
        while (!queue.isEmpty()) {
            deliver(queue, sink);
        }
    }

    private void deliver(ArrayDeque<Pending> queue, Sink sink) {
        Pending p = queue.poll();
        sink.accept(await(p, queue), p.grey);
    }

    /** Reads one page on the worker with the page cap (tests). */
    PageResult readCapped(String file, int pageNumber, BufferedImage grey) {
        return await(new Pending(file, pageNumber, grey), new ArrayDeque<>());
    }

    /**
     * Waits at most the page cap for a page: a page over it is reported, and the worker (which
     * cannot be stopped inside the detector) is left to finish on its own while a fresh one, with a
     * fresh detector, reads the pages still waiting and the next ones.
     */
    private PageResult await(Pending p, ArrayDeque<Pending> waiting) {
        try {
            return p.result.get(pageMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            p.result.cancel(true);
            worker.shutdownNow();
            worker = worker();
            detector = FactoryFiducial.qrcode(null, GrayU8.class);
            for (Pending q : waiting) {
                q.submit();
            }
            return new PageProblem(p.file, p.number, String.format(Locale.ROOT,
                    "reading the page took longer than %.0f s (a picture this reader cannot make out); skipped",
                    pageMillis / 1000.0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PageProblem(p.file, p.number, "reading was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** One daemon thread that ends when idle, so a reader needs no closing. */
    private static ExecutorService worker() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread t = new Thread(task, "sheet-reader");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Reads one grey page image. */
    public PageResult read(String file, int pageNumber, BufferedImage grey) {
        QrCodeDetector<GrayU8> detector = this.detector;
        GrayU8 gray = gray(PageImages.grey(grey));
        if (bilevel(gray)) {
            // A dithered black-and-white scan reads as its shades once each pixel is averaged with
            // its neighbours: its specks would break the QR code's and the marks' outlines.
            gray = BlurImageOps.mean(gray, null, gray.width > 2600 ? 2 : 1, null, null);
        }
        int factor = 1;
        GrayU8 small = gray;
        // A large picture (a 300 dpi scan, a 12-megapixel photo) is searched for its QR code at a
        // quarter of the pixels: the code stays large enough, and the search takes a quarter of the time.
        while (Math.max(small.width, small.height) > DETECT_MAX) {
            GrayU8 half = new GrayU8(small.width / 2, small.height / 2);
            AverageDownSampleOps.down(small, 2, half);
            small = half;
            factor *= 2;
        }
        detector.process(small);
        if (factor > 1 && firstSheetCode(detector) == null && !detector.getFailures().isEmpty()) {
            factor = 1;
            detector.process(gray);
        }
        QrCode found = firstSheetCode(detector);
        String foreign = null;
        for (QrCode qr : detector.getDetections()) {
            foreign = qr.message;
        }
        if (found == null) {
            String reason = foreign != null ? "not a Scorecard Kit sheet (its QR code reads \"" + shorten(foreign) + "\")"
                    : detector.getFailures().isEmpty() ? "no QR code found (blank page, or the code is covered or cut off)"
                    : "a QR code is there but cannot be decoded (damaged, blurred or too small)";
            return new PageProblem(file, pageNumber, reason);
        }
        List<Point2D_F64> corners = new ArrayList<>();
        for (Point2D_F64 v : found.bounds.vertexes.toList()) {
            corners.add(new Point2D_F64(v.x * factor, v.y * factor));
        }
        return identified(file, pageNumber, gray, found.message, corners);
    }

    private static QrCode firstSheetCode(QrCodeDetector<GrayU8> detector) {
        for (QrCode qr : detector.getDetections()) {
            if (qr.message.startsWith("SCK1|")) {
                return qr;
            }
        }
        return null;
    }

    /** Whether a sample of the pixels is all black or white: a bilevel (fax, G4, dithered copier) scan. */
    static boolean bilevel(GrayU8 gray) {
        for (int i = 0; i < gray.data.length; i += 97) {
            int v = gray.data[i] & 0xff;
            if (v != 0 && v != 255) {
                return false;
            }
        }
        return true;
    }

    private PageResult identified(String file, int pageNumber, GrayU8 gray, String message, List<Point2D_F64> corners) {
        String[] p = message.split("\\|", -1);
        if (p.length != 5 || !p[3].matches("[1-9][0-9]{0,3}") || !p[4].matches("[0-9]{6}")) {
            return new PageProblem(file, pageNumber, "the QR code \"" + shorten(message) + "\" is not a valid sheet code");
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
            PageResult r = Registration.register(gray, corners, geometry, file, pageNumber, p);
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
