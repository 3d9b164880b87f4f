package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.tally.report.ReportView;
import org.scorecardkit.tally.stats.StatText;
import org.scorecardkit.tally.stats.Summary;

/**
 * The report PDF's sections in report.html's order: the top and the findings, what to read with care,
 * the score or NPS, the coverage, the items' charts, reliability, the breakdown, the before/after
 * comparison, the items' table, then the method and the rows read and rejected.
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

    /** The sections in report.html's order: the top and the findings first, the rows accounting last. */
    void all() throws DocumentException {
        new PdfTop(report, view).all();
        report.list("Read with care", view.warnings());
        if (view.nps() != null) {
            nps();
        } else if (!view.score().isEmpty()) {
            score();
        }
        PdfItemSections items = new PdfItemSections(report, view, summary);
        PdfStatSections stats = new PdfStatSections(report, view, summary, this);
        items.coverage();
        items.ratings();
        stats.alpha();
        stats.groups();
        stats.comparison();
        items.table();
        items.texts();
        report.list("How the numbers are made", view.methods());
        rows();
    }

    private void nps() throws DocumentException {
        Paragraph headline = report.paragraph(view.nps().headline(), report.bold());
        headline.setSpacingAfter(4);
        if (view.nps().facts().isEmpty()) {
            report.heading("Net Promoter Score", headline);
            return;
        }
        // What the interval means, as report.html says it beside the score.
        Paragraph note = report.paragraph(view.nps().note(), report.small());
        note.setSpacingAfter(4);
        if (summary != null) {
            report.heading("Net Promoter Score", headline, note,
                    NpsChart.stack(report.writer().getDirectContent(), summary.whole().nps(), report.width(), report.text()));
        } else {
            report.heading("Net Promoter Score", headline, note,
                    PdfCharts.stack(report.writer().getDirectContent(), view.nps().stack(), report.width(), report.text()));
            report.facts(view.nps().facts());
        }
    }

    private void score() throws DocumentException {
        PdfPTable facts = report.factsTable(view.score());
        Image chart = summary == null ? null
                : ScoreChart.of(report.writer().getDirectContent(), summary.instrument(), summary.whole().score(), report.width(),
                        report.in("in a band's label"), report.fill());
        if (chart != null) {
            Paragraph caption = report.caption("Respondents per band.", "Each band is shaded over its part of the score range;"
                    + " its column is as tall as the number of respondents whose score falls in it.");
            report.heading("Scores", facts, caption, chart);
        } else {
            report.heading("Scores", facts);
            report.chart(view.bands(), report.text());
        }
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
