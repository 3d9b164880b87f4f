package org.scorecardkit.render.pdf;

import java.util.List;
import org.scorecardkit.model.Band;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.Kind;
import org.scorecardkit.model.ScoreRange;
import org.scorecardkit.model.ScoringMethod;
import org.scorecardkit.render.Words;

/**
 * The calculated score of a fillable self-assessment: where its two read-only fields go (over the
 * sheet's drawn total box, and the band beneath it) and the JavaScript calculations a PDF viewer runs
 * for them. The total adds up the filled radio values (a sum, or their mean for {@code mean}
 * scoring, to two decimals); the band names the scoring band of that score once every scored item
 * is filled, as {@link org.scorecardkit.model.Scoring#bandOf} does. The scripts use only the core
 * of Acrobat's JavaScript ({@code this.getField(name).value}, {@code event.value}), which Acrobat,
 * pdf.js and PDFium all run.
 */
final class FillableScore {
    /** Field names no item id can take (ids are slugs without underscores), read-only, skipped by the tally. */
    static final String TOTAL = "score_total";
    static final String BAND = "score_band";
    /** The total box the sheet draws: {@link SheetBlocks}' 72 × 24 pt white box. */
    private static final float BOX_W = 72f;
    private static final float BOX_H = 24f;

    /** Where a calculated field sits, in points from the page's lower left corner. */
    record Place(float x, float y, float w, float h) {
    }

    private FillableScore() {
    }

    /** Whether the instrument's fillable PDF gets calculated fields: a summed or averaged self-assessment. */
    static boolean calculated(Instrument instrument) {
        ScoringMethod method = instrument.scoring().method();
        return instrument.kind() == Kind.SELF_ASSESSMENT && instrument.scoreRange() != null
                && (method == ScoringMethod.SUM || method == ScoringMethod.MEAN);
    }

    /** The drawn total box on this page, or null when the page has none. */
    static Place totalBox(Geometry.Page page) {
        for (Geometry.Ink ink : page.ink()) {
            if (ink instanceof Geometry.Box b && Math.abs(b.w() - BOX_W) < 0.01f && Math.abs(b.h() - BOX_H) < 0.01f
                    && b.fill() == 1f) {
                return new Place(b.x(), b.y(), b.w(), b.h());
            }
        }
        return null;
    }

    /** The band's field: under the total box, as wide as the left half of the scoring box. */
    static Place bandPlace(Place total, float left) {
        return new Place(left, total.y() - 13f, Math.max(total.x() + 200f - left, 120f), 11f);
    }

    /** The total's calculation: the sum (or mean) of the filled values, empty until one is filled. */
    static String totalScript(Instrument instrument) {
        String score = instrument.scoring().method() == ScoringMethod.MEAN ? "Math.round(sum / n * 100) / 100" : "sum";
        return added(instrument) + "event.value = n == 0 ? \"\" : String(" + score + ");\n";
    }

    /** The band's calculation: the label of the score's band once every scored item is filled. */
    static String bandScript(Instrument instrument, Words words) {
        List<Item> items = instrument.scoredItems();
        boolean mean = instrument.scoring().method() == ScoringMethod.MEAN;
        boolean integer = instrument.scoring().method().integerScores();
        StringBuilder s = new StringBuilder(added(instrument));
        s.append("var label = ").append(literal(words.get("fillable.band.pending", items.size()))).append(";\n");
        s.append("if (n == 0) label = \"\";\n");
        s.append("if (n == ").append(items.size()).append(") {\n");
        s.append("  var score = ").append(mean ? "sum / n" : "sum").append(";\n  label = \"\";\n");
        List<Band> bands = instrument.scoring().bands();
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            // A real-valued band excludes its max unless it is last, so neighbours that meet never overlap.
            String upper = integer || i == bands.size() - 1 ? " <= " : " < ";
            s.append("  if (label == \"\" && score >= ").append(number(b.min())).append(" && score").append(upper)
                    .append(number(b.max())).append(") label = ").append(literal(b.label())).append(";\n");
        }
        return s.append("}\nevent.value = label;\n").toString();
    }

    /** The loop both scripts share: {@code sum} of the filled values and {@code n}, how many are filled. */
    private static String added(Instrument instrument) {
        StringBuilder names = new StringBuilder();
        for (Item item : instrument.scoredItems()) {
            names.append(names.length() == 0 ? "" : ", ").append(literal(item.id()));
        }
        // An unfilled radio group's value is "Off" (Acrobat, pdf.js) or empty (some viewers).
        return "var names = [" + names + "];\n"
                + "var sum = 0, n = 0;\n"
                + "for (var i = 0; i < names.length; i++) {\n"
                + "  var f = this.getField(names[i]);\n"
                + "  var v = f == null ? \"\" : String(f.value);\n"
                + "  if (v != \"\" && v != \"Off\" && !isNaN(Number(v))) { sum += Number(v); n++; }\n"
                + "}\n";
    }

    private static String number(double value) {
        return ScoreRange.format(value);
    }

    /** A JavaScript string literal in plain ASCII: every other character escaped, so no PDF encoding can mangle it. */
    static String literal(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
