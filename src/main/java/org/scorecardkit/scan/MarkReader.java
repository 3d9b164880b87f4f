package org.scorecardkit.scan;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SheetGeometry;
import org.scorecardkit.render.pdf.Geometry;
import org.scorecardkit.render.pdf.SheetLayout;

/**
 * Reads every item of a registered page from its marks against the blank sheet's own ink
 * ({@link BubbleTemplates}, {@link BubbleMeter}) and decides it: answered, blank, double mark or
 * unclear. Each bubble is inked (filled, or a clear tick or cross), empty, or doubtful (light,
 * erased, a speck); a doubtful bubble or a second answer is never resolved silently.
 */
public final class MarkReader {
    /** A bubble with at least this share of its inside inked is filled. */
    static final double FILLED = 0.30;
    /** A bubble with at least this share inked holds a clear line mark (a tick or a cross). */
    static final double LINE = 0.07;
    /** A bubble is empty below this share inked ... */
    static final double EMPTY = 0.025;
    /** ... and below this mean darkening: light pencil and erasures above it are doubtful. */
    static final double SHADE = 0.035;
    /** The paper ring around one bubble at least this inked, and well above the others', is a circle drawn round it. */
    static final double CIRCLED = 0.12;
    /** Ink around a bubble of an item with no other mark from this share makes the item unclear. */
    static final double STRAY = 0.04;

    private enum Kind { EMPTY, DOUBT, LINE, FILLED }

    private final Set<String> multiple;
    private final BubbleTemplates templates;

    MarkReader(Set<String> multiple, List<Geometry.Sheet> layouts) {
        this.multiple = Set.copyOf(multiple);
        this.templates = new BubbleTemplates(layouts);
    }

    /** The reader for the sheets of {@code instrument}, on any paper they are printed on. */
    public static MarkReader of(Instrument instrument) {
        Set<String> multiple = instrument.items().stream().filter(i -> i.type() == ItemType.MULTIPLE).map(Item::id)
                .collect(Collectors.toSet());
        List<Geometry.Sheet> layouts = new ArrayList<>();
        for (Paper paper : Paper.values()) {
            layouts.add(SheetLayout.layout(instrument, paper));
        }
        return new MarkReader(multiple, layouts);
    }

    /** Reads every item of {@code geometry}'s page on the grey page image. */
    public PageReading read(RegisteredPage page, BufferedImage grey, SheetGeometry.Page geometry) {
        BubbleTemplates.Template[] all = templates.of(geometry);
        Map<String, List<Integer>> byItem = new LinkedHashMap<>();
        for (int k = 0; k < geometry.bubbles().size(); k++) {
            byItem.computeIfAbsent(geometry.bubbles().get(k).item(), key -> new ArrayList<>()).add(k);
        }
        BubbleMeter meter = new BubbleMeter(grey);
        List<ItemReading> items = new ArrayList<>();
        double sensitivity = 0;
        for (Map.Entry<String, List<Integer>> e : byItem.entrySet()) {
            List<SheetGeometry.Bubble> bubbles = new ArrayList<>();
            BubbleTemplates.Template[] t = new BubbleTemplates.Template[e.getValue().size()];
            for (int k = 0; k < t.length; k++) {
                bubbles.add(geometry.bubbles().get(e.getValue().get(k)));
                t[k] = all[e.getValue().get(k)];
            }
            BubbleMeter.Measure[] m = meter.measure(page, bubbles, t);
            items.add(decide(e.getKey(), m));
            for (BubbleMeter.Measure x : m) {
                sensitivity = Math.max(sensitivity, closeness(x));
            }
        }
        return new PageReading(page, items, sensitivity);
    }

    private ItemReading decide(String item, BubbleMeter.Measure[] m) {
        List<BubbleFill> fills = new ArrayList<>();
        List<String> marked = new ArrayList<>();
        List<String> doubtful = new ArrayList<>();
        boolean allFilled = true;
        for (BubbleMeter.Measure x : m) {
            fills.add(x.bubble());
            Kind kind = kind(x);
            if (kind == Kind.FILLED || kind == Kind.LINE) {
                marked.add(value(x));
                allFilled &= kind == Kind.FILLED;
            } else if (kind == Kind.DOUBT) {
                doubtful.add(value(x));
            }
        }
        if (!doubtful.isEmpty()) {
            List<String> candidates = inOrder(m, marked, doubtful);
            String where = (doubtful.size() == 1 ? "a light or erased mark at " : "light or erased marks at ")
                    + Words.list(doubtful);
            return new ItemReading(item, Decision.UNCLEAR, candidates,
                    marked.isEmpty() ? where : where + ", beside " + (marked.size() == 1 ? "the answer " : "the answers ")
                            + Words.list(marked), fills);
        }
        if (marked.size() > 1 && !multiple.contains(item)) {
            return new ItemReading(item, Decision.DOUBLE, marked, Words.count(marked.size()) + " answers "
                    + (allFilled ? "filled: " : "marked: ") + Words.list(marked), fills);
        }
        if (!marked.isEmpty()) {
            return new ItemReading(item, Decision.ANSWERED, marked, "", fills);
        }
        return unmarked(item, m, fills);
    }

    /** An item with nothing inside its bubbles: blank, a circle drawn round one bubble, or ink round them to look at. */
    private ItemReading unmarked(String item, BubbleMeter.Measure[] m, List<BubbleFill> fills) {
        int most = 0;
        for (int k = 1; k < m.length; k++) {
            most = m[k].halo() > m[most].halo() ? k : most;
        }
        double next = 0;
        for (int k = 0; k < m.length; k++) {
            next = k == most ? next : Math.max(next, m[k].halo());
        }
        if (m[most].halo() >= CIRCLED && next * 2.5 <= m[most].halo() && !multiple.contains(item)) {
            return new ItemReading(item, Decision.ANSWERED, List.of(value(m[most])), "", fills);
        }
        if (m[most].halo() >= STRAY) {
            List<String> near = new ArrayList<>();
            for (BubbleMeter.Measure x : m) {
                if (x.halo() >= STRAY) {
                    near.add(value(x));
                }
            }
            return new ItemReading(item, Decision.UNCLEAR, near, "a mark beside the bubbles, near " + Words.list(near),
                    fills);
        }
        return new ItemReading(item, Decision.BLANK, List.of(), "", fills);
    }

    private static Kind kind(BubbleMeter.Measure x) {
        if (x.fill() >= FILLED) {
            return Kind.FILLED;
        }
        if (x.fill() >= LINE) {
            return Kind.LINE;
        }
        return x.fill() < EMPTY && x.shade() < SHADE ? Kind.EMPTY : Kind.DOUBT;
    }

    private static String value(BubbleMeter.Measure x) {
        return x.bubble().bubble().value();
    }

    /** The values of either list, in the sheet's order. */
    private static List<String> inOrder(BubbleMeter.Measure[] m, List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        for (BubbleMeter.Measure x : m) {
            if (a.contains(value(x)) || b.contains(value(x))) {
                out.add(value(x));
            }
        }
        return out;
    }

    /**
     * How near a bubble came to a threshold that would change what it is: 1 on one, falling to 0 at
     * a factor of three away (AMC's sensitivity, per page the largest).
     */
    static double closeness(BubbleMeter.Measure x) {
        double c = Math.max(near(x.fill(), EMPTY), Math.max(near(x.fill(), LINE), near(x.fill(), FILLED)));
        return x.fill() < LINE ? Math.max(c, near(x.shade(), SHADE)) : c;
    }

    private static double near(double value, double threshold) {
        return value <= 0 ? 0 : Math.max(0, 1 - Math.abs(Math.log(value / threshold)) / Math.log(3));
    }
}
