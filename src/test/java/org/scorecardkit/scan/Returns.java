package org.scorecardkit.scan;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.scorecardkit.model.SheetGeometry;
import org.scorecardkit.render.pdf.Participants.Participant;
import org.scorecardkit.render.pdf.SheetRenderer;

/**
 * Seeded synthetic returns: the real personalised sheets rendered at a resolution, each item marked
 * from the geometry the way respondents mark paper (fills, scribbles, pencil, ticks, crosses, circles,
 * light marks, erasures with a new mark, double marks, stray marks, nothing), each with what a careful
 * person keying the sheet would enter, or that the item must go to a person.
 */
final class Returns {
    /** How an item was marked. */
    enum How {
        BLANK, FILL, SCRIBBLE, PENCIL, TICK, CROSS, CIRCLE, STRAY, LIGHT, ERASED_REMARKED, DOUBLE
    }

    /**
     * What an item should read as.
     *
     * @param values what a careful person keys (empty: no answer)
     * @param mustFlag whether only a person may decide (a double mark, an erasure beside a new mark)
     */
    record Expected(String item, How how, List<String> values, boolean mustFlag) {
    }

    /** A filled page: its clean raster (with the marks) at {@code dpi}, and every item's expectation in sheet order. */
    record Page(BufferedImage image, float dpi, SheetGeometry geometry, int page, String serial, List<Expected> expected) {
    }

    /** Relative weights of the ways of marking. */
    record Mix(Map<How, Double> weights) {
        /** Returns as they come back from a workshop: mostly filled bubbles, few doubts. */
        static Mix workshop() {
            Map<How, Double> w = new LinkedHashMap<>();
            w.put(How.BLANK, 5.0);
            w.put(How.FILL, 50.0);
            w.put(How.SCRIBBLE, 13.0);
            w.put(How.PENCIL, 8.0);
            w.put(How.TICK, 8.0);
            w.put(How.CROSS, 8.0);
            w.put(How.CIRCLE, 2.0);
            w.put(How.STRAY, 5.0);
            w.put(How.LIGHT, 0.3);
            w.put(How.ERASED_REMARKED, 0.35);
            w.put(How.DOUBLE, 0.35);
            return new Mix(w);
        }

        /** Only the marks a person must see, and a few plain ones around them. */
        static Mix hard() {
            Map<How, Double> w = new LinkedHashMap<>();
            w.put(How.FILL, 10.0);
            w.put(How.DOUBLE, 40.0);
            w.put(How.ERASED_REMARKED, 40.0);
            w.put(How.LIGHT, 10.0);
            return new Mix(w);
        }

        How pick(Random r) {
            double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
            double x = r.nextDouble() * total;
            for (Map.Entry<How, Double> e : weights.entrySet()) {
                x -= e.getValue();
                if (x < 0) {
                    return e.getKey();
                }
            }
            return How.FILL;
        }
    }

    private Returns() {
    }

    /** The personalised batch of {@code count} participants (serials 000001 on), as the print command writes it. */
    static Path batch(String instrument, int count, Path dir) {
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new Participant("Participant " + (i + 1), i % 2 == 0 ? "Morning" : "Afternoon"));
        }
        Path pdf = dir.resolve(instrument + "-batch.pdf");
        try {
            SheetRenderer.batch(Sheets.layout(instrument), people, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf;
    }

    /** Every page of a batch rendered, marked and handed to {@code sink} one at a time, each at a dpi {@code dpis} picks. */
    static void pages(String instrument, Path batch, Mix mix, long seed, float[] dpis, java.util.function.Consumer<Page> sink) {
        SheetGeometry g = Sheets.geometry(instrument);
        Random r = new Random(seed);
        try (PDDocument doc = Loader.loadPDF(batch.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int per = g.pages().size();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                float dpi = dpis[r.nextInt(dpis.length)];
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                String serial = String.format("%06d", i / per + 1);
                sink.accept(mark(image, dpi, g, i % per + 1, serial, mix, r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks every item of a page's raster by the mix; returns the page with its expectations. */
    static Page mark(BufferedImage image, float dpi, SheetGeometry g, int page, String serial, Mix mix, Random r) {
        Map<String, List<SheetGeometry.Bubble>> items = new LinkedHashMap<>();
        for (SheetGeometry.Bubble b : g.page(page).bubbles()) {
            items.computeIfAbsent(b.item(), k -> new ArrayList<>()).add(b);
        }
        Graphics2D ink = image.createGraphics();
        ink.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Pen pen = new Pen(ink, g, dpi, r);
        List<Expected> expected = new ArrayList<>();
        for (Map.Entry<String, List<SheetGeometry.Bubble>> e : items.entrySet()) {
            expected.add(markItem(pen, e.getKey(), e.getValue(), mix.pick(r), r));
        }
        ink.dispose();
        return new Page(image, dpi, g, page, serial, expected);
    }

    private static Expected markItem(Pen pen, String item, List<SheetGeometry.Bubble> bubbles, How how, Random r) {
        int k = r.nextInt(bubbles.size());
        SheetGeometry.Bubble answer = bubbles.get(k);
        int other = (k + 1 + r.nextInt(bubbles.size() - 1)) % bubbles.size();
        List<String> value = List.of(answer.value());
        switch (how) {
            case BLANK -> {
                return new Expected(item, how, List.of(), false);
            }
            case FILL -> pen.fill(answer, 20 + r.nextInt(70));
            case SCRIBBLE -> pen.scribble(answer);
            case PENCIL -> pen.fill(answer, 95 + r.nextInt(50));
            case TICK -> pen.tick(answer);
            case CROSS -> pen.cross(answer);
            case CIRCLE -> pen.circle(answer);
            case STRAY -> {
                pen.fill(answer, 20 + r.nextInt(70));
                pen.stray(bubbles, k);
            }
            case LIGHT -> pen.fill(answer, 188 + r.nextInt(25));
            case ERASED_REMARKED -> {
                pen.erased(bubbles.get(other));
                pen.fill(answer, 20 + r.nextInt(70));
                return new Expected(item, how, value, true);
            }
            case DOUBLE -> {
                pen.fill(answer, 20 + r.nextInt(70));
                if (r.nextBoolean()) {
                    pen.fill(bubbles.get(other), 20 + r.nextInt(70));
                } else {
                    pen.cross(bubbles.get(other));
                }
                List<String> both = new ArrayList<>(List.of(answer.value(), bubbles.get(other).value()));
                return new Expected(item, how, both, true);
            }
            default -> throw new IllegalStateException(how.name());
        }
        return new Expected(item, how, value, false);
    }

    /** Draws marks where the geometry puts a bubble on a raster at a resolution, each a little different, as hands do. */
    private static final class Pen {
        private final Graphics2D ink;
        private final SheetGeometry g;
        private final float dpi;
        private final double s;
        private final Random r;

        Pen(Graphics2D ink, SheetGeometry g, float dpi, Random r) {
            this.ink = ink;
            this.g = g;
            this.dpi = dpi;
            this.s = dpi / 72.0;
            this.r = r;
        }

        private double[] centre(SheetGeometry.Bubble b) {
            return Truth.raster(g, b.x(), b.y(), dpi);
        }

        private double jitter(double amount) {
            return (r.nextDouble() * 2 - 1) * amount;
        }

        private void pen(int grey, double widthPt) {
            ink.setColor(new Color(grey, grey, grey));
            ink.setStroke(new BasicStroke((float) (widthPt * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }

        /** A solid fill, not quite round nor centred, in ink of this grey. */
        void fill(SheetGeometry.Bubble b, int grey) {
            double[] c = centre(b);
            double rp = b.r() * s;
            double rx = rp * (0.75 + 0.3 * r.nextDouble());
            double ry = rp * (0.75 + 0.3 * r.nextDouble());
            AffineTransform keep = ink.getTransform();
            ink.translate(c[0] + jitter(0.12 * rp), c[1] + jitter(0.12 * rp));
            ink.rotate(r.nextDouble() * Math.PI);
            ink.setColor(new Color(grey, grey, grey));
            ink.fill(new Ellipse2D.Double(-rx, -ry, 2 * rx, 2 * ry));
            ink.setTransform(keep);
        }

        /** A zigzag scribble across most of the bubble, gaps left between its strokes. */
        void scribble(SheetGeometry.Bubble b) {
            double[] c = centre(b);
            double rp = b.r() * s;
            double width = 1.0 + r.nextDouble();
            pen(25 + r.nextInt(60), width);
            Path2D.Double path = new Path2D.Double();
            double top = -rp * (0.6 + 0.3 * r.nextDouble());
            double bottom = rp * (0.1 + 0.7 * r.nextDouble());
            double step = width * s * (1.3 + r.nextDouble());
            boolean left = true;
            path.moveTo(c[0] - 0.7 * rp, c[1] + top);
            for (double y = top; y <= bottom; y += step) {
                double half = Math.sqrt(Math.max(0, rp * rp * 0.8 - y * y));
                path.lineTo(c[0] + (left ? half : -half) + jitter(0.1 * rp), c[1] + y);
                left = !left;
            }
            ink.draw(path);
        }

        void tick(SheetGeometry.Bubble b) {
            double[] c = centre(b);
            double rp = b.r() * s;
            pen(20 + r.nextInt(70), 0.9 + 0.9 * r.nextDouble());
            Path2D.Double path = new Path2D.Double();
            path.moveTo(c[0] + rp * (-0.6 + jitter(0.15)), c[1] + rp * (0.0 + jitter(0.15)));
            path.lineTo(c[0] + rp * (-0.1 + jitter(0.15)), c[1] + rp * (0.55 + jitter(0.15)));
            path.lineTo(c[0] + rp * (0.75 + jitter(0.25)), c[1] + rp * (-0.8 + jitter(0.25)));
            ink.draw(path);
        }

        void cross(SheetGeometry.Bubble b) {
            double[] c = centre(b);
            double rp = b.r() * s;
            pen(20 + r.nextInt(70), 0.9 + 0.9 * r.nextDouble());
            double a = 0.65 + 0.3 * r.nextDouble();
            ink.draw(new Line2D.Double(c[0] - a * rp + jitter(0.15 * rp), c[1] - a * rp + jitter(0.15 * rp),
                    c[0] + a * rp + jitter(0.15 * rp), c[1] + a * rp + jitter(0.15 * rp)));
            ink.draw(new Line2D.Double(c[0] - a * rp + jitter(0.15 * rp), c[1] + a * rp + jitter(0.15 * rp),
                    c[0] + a * rp + jitter(0.15 * rp), c[1] - a * rp + jitter(0.15 * rp)));
        }

        /** A loop drawn round the bubble, not quite closed nor centred. */
        void circle(SheetGeometry.Bubble b) {
            double[] c = centre(b);
            double rp = b.r() * s;
            pen(20 + r.nextInt(70), 0.9 + 0.7 * r.nextDouble());
            double rx = rp * (1.35 + 0.15 * r.nextDouble());
            double ry = rp * (1.35 + 0.15 * r.nextDouble());
            double ox = c[0] + jitter(0.08 * rp);
            double oy = c[1] + jitter(0.08 * rp);
            double start = r.nextDouble() * 2 * Math.PI;
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i <= 40; i++) {
                double a = start + i * (2 * Math.PI * 1.05) / 40;
                double wobble = 1 + jitter(0.04);
                double x = ox + rx * wobble * Math.cos(a);
                double y = oy + ry * wobble * Math.sin(a);
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            ink.draw(path);
        }

        /** A dot or short dash in the gap beside the answer, between it and a neighbour. */
        void stray(List<SheetGeometry.Bubble> bubbles, int k) {
            SheetGeometry.Bubble a = bubbles.get(k);
            SheetGeometry.Bubble n = bubbles.get(k + 1 < bubbles.size() ? k + 1 : k - 1);
            double[] ca = centre(a);
            double[] cn = centre(n);
            double x = (ca[0] + cn[0]) / 2 + jitter(0.1 * a.r() * s);
            double y = (ca[1] + cn[1]) / 2 + jitter(0.6 * a.r() * s);
            pen(20 + r.nextInt(70), 0.8 + 0.8 * r.nextDouble());
            double len = r.nextBoolean() ? 0.1 : (1.5 + 3 * r.nextDouble()) * s;
            double angle = r.nextDouble() * Math.PI;
            ink.draw(new Line2D.Double(x, y, x + len * Math.cos(angle), y + len * Math.sin(angle)));
        }

        /** What an eraser leaves of a fill: a faint, uneven grey smudge. */
        void erased(SheetGeometry.Bubble b) {
            double[] c = centre(b);
            double rp = b.r() * s;
            for (int i = 0; i < 6; i++) {
                int grey = 198 + r.nextInt(26);
                ink.setColor(new Color(grey, grey, grey));
                double rx = rp * (0.5 + 0.45 * r.nextDouble());
                double ry = rp * (0.5 + 0.45 * r.nextDouble());
                ink.fill(new Ellipse2D.Double(c[0] + jitter(0.2 * rp) - rx, c[1] + jitter(0.2 * rp) - ry, 2 * rx, 2 * ry));
            }
        }
    }
}
