package org.scorecardkit.scan;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.SheetGeometry;

/**
 * Measures every bubble of a registered page and decides each item: answered, blank, double mark or
 * unclear. A bubble's fill is the share of its inside darker than the paper around it; a fill
 * between the two thresholds is never taken either way.
 */
public final class MarkReader {
    /** A bubble at least this full is filled. */
    static final double FILLED = 0.35;
    /** A bubble at most this full is empty. */
    static final double EMPTY = 0.12;
    /** The share of the radius measured: the printed ring stays outside it. */
    private static final double INSIDE = 0.75;

    private final Set<String> multiple;

    /** @param multiple the ids of the items that take several answers (boxes of a multiple-choice item) */
    public MarkReader(Set<String> multiple) {
        this.multiple = Set.copyOf(multiple);
    }

    /** The reader for the sheets of {@code instrument}. */
    public static MarkReader of(Instrument instrument) {
        return new MarkReader(instrument.items().stream().filter(i -> i.type() == ItemType.MULTIPLE).map(Item::id)
                .collect(Collectors.toSet()));
    }

    /** Reads every item of {@code geometry}'s page on the grey page image. */
    public PageReading read(RegisteredPage page, BufferedImage grey, SheetGeometry.Page geometry) {
        Map<String, List<BubbleFill>> byItem = new LinkedHashMap<>();
        for (SheetGeometry.Bubble b : geometry.bubbles()) {
            byItem.computeIfAbsent(b.item(), k -> new ArrayList<>()).add(measure(page, grey, b));
        }
        List<ItemReading> items = new ArrayList<>();
        double sensitivity = 0;
        for (Map.Entry<String, List<BubbleFill>> e : byItem.entrySet()) {
            items.add(decide(e.getKey(), e.getValue()));
            for (BubbleFill f : e.getValue()) {
                sensitivity = Math.max(sensitivity, closeness(f.fill()));
            }
        }
        return new PageReading(page, items, sensitivity);
    }

    private ItemReading decide(String item, List<BubbleFill> fills) {
        List<String> filled = new ArrayList<>();
        List<String> doubtful = new ArrayList<>();
        for (BubbleFill f : fills) {
            if (f.fill() >= FILLED) {
                filled.add(f.bubble().value());
            } else if (f.fill() > EMPTY) {
                doubtful.add(f.bubble().value());
            }
        }
        if (!doubtful.isEmpty()) {
            List<String> candidates = new ArrayList<>(filled);
            candidates.addAll(doubtful);
            return new ItemReading(item, Decision.UNCLEAR, candidates, "a mark is neither filled nor empty: "
                    + String.join(", ", doubtful), fills);
        }
        if (filled.isEmpty()) {
            return new ItemReading(item, Decision.BLANK, List.of(), "", fills);
        }
        if (filled.size() > 1 && !multiple.contains(item)) {
            return new ItemReading(item, Decision.DOUBLE, filled, "answers filled: " + String.join(", ", filled), fills);
        }
        return new ItemReading(item, Decision.ANSWERED, filled, "", fills);
    }

    /** 1 for a fill halfway between the thresholds, falling to 0 at twice their distance away. */
    private static double closeness(double fill) {
        double middle = (FILLED + EMPTY) / 2;
        double half = (FILLED - EMPTY) / 2;
        return Math.max(0, 1 - Math.abs(fill - middle) / (4 * half));
    }

    private static BubbleFill measure(RegisteredPage page, BufferedImage grey, SheetGeometry.Bubble b) {
        double[] c = page.toPixel(b.x(), b.y());
        double[] edge = page.toPixel(b.x() + b.r(), b.y());
        double r = Math.hypot(edge[0] - c[0], edge[1] - c[1]);
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int w = grey.getWidth();
        int h = grey.getHeight();
        int paper = paper(px, w, h, c, r);
        int dark = paper - Math.max(40, paper / 3);
        double inside = INSIDE * r;
        int all = 0;
        int ink = 0;
        for (int y = (int) (c[1] - inside); y <= (int) (c[1] + inside); y++) {
            for (int x = (int) (c[0] - inside); x <= (int) (c[0] + inside); x++) {
                double dx = x + 0.5 - c[0];
                double dy = y + 0.5 - c[1];
                if (b.square() ? Math.max(Math.abs(dx), Math.abs(dy)) > inside : dx * dx + dy * dy > inside * inside) {
                    continue;
                }
                all++;
                if (x >= 0 && y >= 0 && x < w && y < h && (px[y * w + x] & 0xff) < dark) {
                    ink++;
                }
            }
        }
        return new BubbleFill(b, all == 0 ? 0 : (double) ink / all, c[0], c[1], r);
    }

    /** The paper's grey near a bubble: the brightest tenth of a square twice the bubble's size. */
    private static int paper(byte[] px, int w, int h, double[] c, double r) {
        int[] histogram = new int[256];
        int n = 0;
        for (int y = (int) (c[1] - 2 * r); y <= (int) (c[1] + 2 * r); y++) {
            for (int x = (int) (c[0] - 2 * r); x <= (int) (c[0] + 2 * r); x++) {
                if (x >= 0 && y >= 0 && x < w && y < h) {
                    histogram[px[y * w + x] & 0xff]++;
                    n++;
                }
            }
        }
        int seen = 0;
        for (int g = 255; g > 0; g--) {
            seen += histogram[g];
            if (seen * 10 >= n) {
                return g;
            }
        }
        return 255;
    }
}
