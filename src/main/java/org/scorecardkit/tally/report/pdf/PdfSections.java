package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.tally.report.ReportView;
import org.scorecardkit.tally.stats.Summary;

/**
 * The report PDF's sections in order: what to read with care, the score or NPS, the breakdown, the
 * coverage, the items, the before/after comparison, then the rows read and rejected and the method.
 * With the tally's {@link Summary} it draws the charts that fit the data; with a view alone, the
 * view's own charts.
 */
final class PdfSections {
    private final PdfReport report;
    private final ReportView view;
    private final Summary summary;

    PdfSections(PdfReport report, ReportView view, Summary summary) {
        this.report = report;
        this.view = view;
        this.summary = summary;
    }

    void all() throws DocumentException {
        String n = summary == null ? "" : " · n " + PdfFigures.count(summary.rows().accepted());
        report.title(view.heading(), "Tally of the returned responses" + n);
        report.list("Read with care", view.warnings());
        if (view.nps() != null) {
            nps();
        } else if (!view.score().isEmpty()) {
            score();
        }
        groups();
        PdfItemSections items = new PdfItemSections(report, view, summary);
        items.coverage();
        items.ratings();
        if (!view.alpha().isEmpty()) {
            report.heading("Reliability", report.factsTable(view.alpha()));
        }
        comparison();
        items.table();
        items.texts();
        rows();
        report.list("How the numbers are made", view.methods());
    }

    private void nps() throws DocumentException {
        Paragraph headline = report.paragraph(view.nps().headline(), report.bold());
        headline.setSpacingAfter(4);
        if (view.nps().facts().isEmpty()) {
            report.heading("Net Promoter Score", headline);
        } else if (summary != null) {
            report.heading("Net Promoter Score", headline,
                    NpsChart.stack(report.writer().getDirectContent(), summary.whole().nps(), report.width(), report.text()));
        } else {
            report.heading("Net Promoter Score", headline,
                    PdfCharts.stack(report.writer().getDirectContent(), view.nps().stack(), report.width(), report.text()));
            report.facts(view.nps().facts());
        }
    }

    private void score() throws DocumentException {
        PdfPTable facts = report.factsTable(view.score());
        Image chart = summary == null ? null
                : ScoreChart.of(report.writer().getDirectContent(), summary.instrument(), summary.whole().score(), report.width(),
                        report.in("in a band's label"));
        if (chart != null) {
            Paragraph caption = report.caption("Respondents per band.", "Each band is shaded over its part of the score range;"
                    + " its column is as tall as the number of respondents whose score falls in it.");
            report.heading("Scores", facts, caption, chart);
        } else {
            report.heading("Scores", facts);
            report.chart(view.bands(), report.text());
        }
    }

    private void groups() throws DocumentException {
        if (view.groups() == null) {
            return;
        }
        String by = view.groups().by();
        FontRuns.Missing keys = report.in("in the name of a " + by);
        boolean nps = summary != null && summary.whole().nps() != null;
        PdfPTable table = table(List.of(by, "n", "Numbers"), new float[] {2, 1, 7},
                view.groups().rows().stream().map(r -> List.of(r.key(), r.n(), r.headline())).toList(), keys);
        if (nps) {
            List<Image> charts = NpsChart.groups(report.writer().getDirectContent(), NpsChart.rows(summary.groups()), report.width(), keys);
            Paragraph caption = report.caption("NPS per " + by + ".", "Bars run from the zero line: left for a negative score,"
                    + " right for a positive one, on −100 to 100; a whisker is the 95% interval. Small groups are marked.");
            report.heading("By " + by, caption, charts.get(0));
            for (Image chart : charts.subList(1, charts.size())) {
                report.image(chart);
            }
        } else if (view.groups().chart().empty()) {
            report.heading("By " + by, report.height(table));
        } else {
            report.heading("By " + by, report.chartParts(view.groups().chart(), keys));
        }
        report.room(report.height(table));
        report.add(table);
    }

    private void comparison() throws DocumentException {
        if (view.comparison() == null) {
            return;
        }
        report.heading("Before and after", report.paragraph("Respondents are paired by their id; each change is the mean of"
                + " (after − before) over the pairs who answered both times.", report.body()), report.factsTable(view.comparison().facts()));
        if (summary != null && summary.comparison() != null) {
            for (Image chart : ChangeChart.of(report.writer().getDirectContent(), summary.instrument(), summary.comparison().items(),
                    report.width(), report.text())) {
                report.image(chart);
            }
        }
        PdfPTable table = table(List.of("Item", "Pairs", "Before", "After", "Change"), new float[] {5, 1, 1, 1, 1},
                view.comparison().rows().stream().map(r -> List.of(label(r.id()), r.n(), r.before(), r.after(), r.change())).toList(),
                report.text());
        report.room(report.height(table));
        report.add(table);
    }

    /** The rows read and rejected, complete, at the end: the accounting behind every number above. */
    private void rows() throws DocumentException {
        report.heading("Rows read and rejected", report.factsTable(view.rows()));
        if (!view.rejects().isEmpty()) {
            Paragraph p = report.paragraph("Rejected rows by reason (rejects.csv lists each, with everything else not taken"
                    + " as written):", report.body());
            PdfPTable rejects = report.factsTable(view.rejects());
            report.room(30 + report.height(rejects));
            report.add(p);
            report.add(rejects);
        }
        for (String note : view.notes()) {
            report.add(report.paragraph(note, report.small()));
        }
    }

    /** An item's number and wording when the summary knows the instrument, else as the view names it. */
    String label(String id) {
        return summary == null || summary.instrument().item(id) == null ? id : ItemLabels.of(summary.instrument(), id);
    }

    /**
     * A table with a header row repeated on every page it runs onto, rows kept whole; columns after
     * the first are numbers, set right. Characters missing from the fonts in the first column are
     * reported to {@code keys}, elsewhere as the report's text.
     */
    PdfPTable table(List<String> header, float[] widths, List<List<String>> rows, FontRuns.Missing keys) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        t.setHeaderRows(1);
        t.setSplitLate(true);
        for (int c = 0; c < header.size(); c++) {
            t.addCell(report.cell(FontRuns.phrase(header.get(c), report.bold(), report.text()),
                    textColumn(header, c) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
        }
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                t.addCell(report.cell(FontRuns.phrase(row.get(c), report.body(), c == 0 ? keys : report.text()),
                        textColumn(header, c) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
            }
        }
        return t;
    }

    private static boolean textColumn(List<String> header, int c) {
        return c == 0 || header.get(c).equals("Numbers");
    }
}
