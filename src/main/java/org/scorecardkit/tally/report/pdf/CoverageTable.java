package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Section;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.render.pdf.PdfFonts;
import org.scorecardkit.tally.report.Figures;
import org.scorecardkit.tally.stats.Summarize;
import org.scorecardkit.tally.stats.Summary;

/**
 * Each section's coverage per group as a shaded table (a heat map): a row per section, a column for
 * all respondents and one per group, each cell its coverage with a tint as deep as the coverage;
 * at most {@link #COLUMNS} groups a table, so many groups make several tables, each with its header.
 */
final class CoverageTable {
    static final int COLUMNS = 6;
    static final Color EMPTY = new Color(0xf7, 0xf8, 0xfa);
    static final Color FULL = new Color(0x1f, 0x5a, 0x86);

    private CoverageTable() {
    }

    static List<PdfPTable> of(List<Section> sections, Summary.Numbers whole, Map<String, Summary.Numbers> groups,
                              FontRuns.Missing missing) {
        List<String> keys = new ArrayList<>(groups.keySet());
        List<PdfPTable> tables = new ArrayList<>();
        int from = 0;
        do {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + COLUMNS));
            tables.add(table(sections, whole, groups, part, missing));
            from += COLUMNS;
        } while (from < keys.size());
        return tables;
    }

    private static PdfPTable table(List<Section> sections, Summary.Numbers whole, Map<String, Summary.Numbers> groups,
                                   List<String> keys, FontRuns.Missing missing) {
        float[] widths = new float[keys.size() + 2];
        widths[0] = 3.2f;
        java.util.Arrays.fill(widths, 1, widths.length, 1);
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(8);
        t.setHeaderRows(1);
        Font head = new Font(PdfFonts.get().bold(), 8);
        Font body = new Font(PdfFonts.get().regular(), 8.5f);
        t.addCell(cell(FontRuns.phrase("Section", head, missing), null, Element.ALIGN_LEFT));
        t.addCell(cell(FontRuns.phrase("All (n " + Figures.count(whole.n()) + ")", head, missing), null, Element.ALIGN_CENTER));
        for (String key : keys) {
            long n = groups.get(key).n();
            t.addCell(cell(FontRuns.phrase(key + " (n " + Figures.count(n) + (n < Summarize.SMALL_N ? ", small" : "") + ")",
                    head, missing), null, Element.ALIGN_CENTER));
        }
        for (Section s : sections) {
            t.addCell(cell(FontRuns.phrase(s.title() == null ? s.id() : s.title(), body, missing), null, Element.ALIGN_LEFT));
            t.addCell(shaded(whole.coverage().get(s.id()), body, missing));
            for (String key : keys) {
                t.addCell(shaded(groups.get(key).coverage().get(s.id()), body, missing));
            }
        }
        return t;
    }

    private static PdfPCell shaded(Summary.SectionStats stats, Font body, FontRuns.Missing missing) {
        Double mean = stats == null ? null : stats.mean();
        Color tint = mean == null ? EMPTY : PdfCanvas.mix(EMPTY, FULL, mean / 100);
        Font font = new Font(body.getBaseFont(), body.getSize(), Font.NORMAL, PdfCanvas.dark(tint) ? PdfCanvas.WHITE : PdfCanvas.TEXT);
        return cell(FontRuns.phrase(mean == null ? "no answers" : Figures.percent(mean), font, missing), tint, Element.ALIGN_CENTER);
    }

    private static PdfPCell cell(com.lowagie.text.Phrase p, Color background, int align) {
        PdfPCell c = new PdfPCell(p);
        c.setBorderColor(PdfCanvas.WHITE);
        c.setBorderWidth(1.5f);
        c.setPadding(4);
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (background != null) {
            c.setBackgroundColor(background);
        }
        return c;
    }
}
