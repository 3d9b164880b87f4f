package org.scorecardkit.scan;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.scorecardkit.model.SheetGeometry;
import org.scorecardkit.render.pdf.Geometry;
import org.scorecardkit.render.pdf.SheetRenderer;

/**
 * The blank sheet's own ink around every bubble (its ring and, within two radii, the value printed
 * above it and the neighbouring lines), taken
 * once per layout from the blank sheet rendered by PDFBox, as a small grid in the bubble's own
 * frame: what a page must be compared with so that only the respondent's ink counts.
 */
final class BubbleTemplates {
    /** Grid cells per bubble radius; the grid spans {@link #SPAN} radii each way. */
    static final int PER_R = 12;
    static final double SPAN = 2.0;
    static final int SIDE = (int) (2 * SPAN * PER_R) + 1;
    /** Pixels per point of the blank rendering: finer than any scan, so the grid samples it smoothly. */
    private static final float RENDER_SCALE = 5f;

    /** One bubble's template: darkness 0..1 per grid cell, and the same widened by a cell (what is left of misalignment). */
    record Template(float[] dark, float[] wide) {
        static final Template NONE = new Template(new float[SIDE * SIDE], new float[SIDE * SIDE]);

        /** Darkness at grid offset (u, v) in radii from the centre, v upwards; 0 outside the grid. */
        float dark(double u, double v) {
            return at(dark, u, v);
        }

        float wide(double u, double v) {
            return at(wide, u, v);
        }

        /** The mean darkness on the printed ring, at the meter's ring points. */
        double ringDark(boolean square) {
            double sum = 0;
            for (int p = 0; p < BubbleMeter.RING_POINTS; p++) {
                double[] at = BubbleMeter.ringPoint(p, square);
                sum += dark(at[0], at[1]);
            }
            return sum / BubbleMeter.RING_POINTS;
        }

        private static float at(float[] grid, double u, double v) {
            int i = (int) Math.round((u + SPAN) * PER_R);
            int j = (int) Math.round((SPAN - v) * PER_R);
            return i < 0 || j < 0 || i >= SIDE || j >= SIDE ? 0 : grid[j * SIDE + i];
        }
    }

    private final List<Geometry.Sheet> layouts;
    private final Map<String, Template[]> byPage = new HashMap<>();

    BubbleTemplates(List<Geometry.Sheet> layouts) {
        this.layouts = List.copyOf(layouts);
    }

    /** The templates of every bubble of {@code page}, in its order; a page of no known layout gets empty templates. */
    synchronized Template[] of(SheetGeometry.Page page) {
        String key = key(page);
        Template[] found = byPage.get(key);
        if (found == null) {
            for (Geometry.Sheet sheet : layouts) {
                SheetGeometry scan = sheet.scan();
                if (scan.page(page.number()) != null && key(scan.page(page.number())).equals(key)) {
                    render(sheet, scan);
                }
            }
            found = byPage.computeIfAbsent(key, k -> none(page));
        }
        return found;
    }

    private static Template[] none(SheetGeometry.Page page) {
        Template[] none = new Template[page.bubbles().size()];
        java.util.Arrays.fill(none, Template.NONE);
        return none;
    }

    /** A page's identity as reading relies on it: the same text the layout fingerprint hashes. */
    private static String key(SheetGeometry.Page page) {
        StringBuilder s = new StringBuilder(page.bubbles().size() * 32).append(page.number());
        for (SheetGeometry.Bubble b : page.bubbles()) {
            s.append('|').append(b.item()).append(' ').append(b.value()).append(' ').append(b.square())
                    .append(' ').append(SheetGeometry.number(b.x())).append(' ').append(SheetGeometry.number(b.y()))
                    .append(' ').append(SheetGeometry.number(b.r()));
        }
        return s.toString();
    }

    private void render(Geometry.Sheet sheet, SheetGeometry scan) {
        try (PDDocument doc = Loader.loadPDF(SheetRenderer.blank(sheet))) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (SheetGeometry.Page p : scan.pages()) {
                BufferedImage image = renderer.renderImage(p.number() - 1, RENDER_SCALE, ImageType.GRAY);
                Template[] t = new Template[p.bubbles().size()];
                for (int k = 0; k < t.length; k++) {
                    t[k] = cut(image, scan.height(), p.bubbles().get(k));
                }
                byPage.put(key(p), t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the blank sheet cannot be rendered to measure bubbles against", e);
        }
    }

    private static Template cut(BufferedImage image, float height, SheetGeometry.Bubble b) {
        byte[] px = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int w = image.getWidth();
        int h = image.getHeight();
        float[] dark = new float[SIDE * SIDE];
        double step = b.r() / PER_R * RENDER_SCALE;
        double x0 = b.x() * RENDER_SCALE - SPAN * b.r() * RENDER_SCALE;
        double y0 = (height - b.y()) * RENDER_SCALE - SPAN * b.r() * RENDER_SCALE;
        int reach = (int) Math.max(1, step / 2);
        for (int j = 0; j < SIDE; j++) {
            for (int i = 0; i < SIDE; i++) {
                // The cell's mean over its footprint, so thin ink is neither missed nor exaggerated.
                int cx = (int) (x0 + i * step);
                int cy = (int) (y0 + j * step);
                int sum = 0;
                int n = 0;
                for (int y = cy - reach; y <= cy + reach; y++) {
                    for (int x = cx - reach; x <= cx + reach; x++) {
                        if (x >= 0 && y >= 0 && x < w && y < h) {
                            sum += 255 - (px[y * w + x] & 0xff);
                            n++;
                        }
                    }
                }
                dark[j * SIDE + i] = n == 0 ? 0 : sum / (255f * n);
            }
        }
        return new Template(dark, widen(dark));
    }

    /** Each cell the darkest of itself and its eight neighbours (a twelfth of a radius: what alignment leaves). */
    private static float[] widen(float[] dark) {
        float[] wide = new float[dark.length];
        for (int j = 0; j < SIDE; j++) {
            for (int i = 0; i < SIDE; i++) {
                float m = 0;
                for (int dj = -1; dj <= 1; dj++) {
                    for (int di = -1; di <= 1; di++) {
                        int a = i + di;
                        int c = j + dj;
                        if (a >= 0 && c >= 0 && a < SIDE && c < SIDE) {
                            m = Math.max(m, dark[c * SIDE + a]);
                        }
                    }
                }
                wide[j * SIDE + i] = m;
            }
        }
        return wide;
    }
}
