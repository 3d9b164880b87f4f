package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.tally.report.ReportView;

/** The report PDF's later sections: the breakdown, the before/after comparison, the items, the free text and the method. */
final class PdfSections {
    private final PdfReport report;

    PdfSections(PdfReport report) {
        this.report = report;
    }

    void rest(ReportView view) throws DocumentException {
        if (view.groups() != null) {
            report.heading("By " + view.groups().by());
            FontRuns.Missing keys = report.in("in the name of a " + view.groups().by());
            report.chart(view.groups().chart(), keys);
            table(List.of(view.groups().by(), "n", "Numbers"), new float[] {2, 1, 7},
                    view.groups().rows().stream().map(r -> List.of(r.key(), r.n(), r.headline())).toList(), keys);
        }
        if (view.comparison() != null) {
            report.heading("Before and after");
            report.doc().add(report.paragraph("Respondents are paired by their id; each change is the mean of (after − before)"
                    + " over the pairs who answered both times.", report.body()));
            report.facts(view.comparison().facts());
            table(List.of("Item", "Pairs", "Before", "After", "Change"), new float[] {5, 1, 1, 1, 1},
                    view.comparison().rows().stream().map(r -> List.of(r.id(), r.n(), r.before(), r.after(), r.change())).toList(),
                    report.text());
        }
        items(view);
        report.list("How the numbers are made", view.methods());
    }

    private void items(ReportView view) throws DocumentException {
        report.heading("Items");
        table(List.of("Item", "n", "No answer", "Mean", "SD", "Median"), new float[] {5, 1, 1.2f, 1, 1, 1},
                view.items().stream().map(i -> List.of(i.id(), i.n(), i.noAnswer(), i.mean(), i.sd(), i.median())).toList(),
                report.text());
        for (ReportView.ItemView item : view.items()) {
            Paragraph p = report.paragraph(item.id() + ": " + item.text(), report.bold());
            p.setSpacingBefore(6);
            report.doc().add(p);
            report.chart(item.distribution(), report.in("in an option of \"" + item.id() + "\""));
        }
        for (ReportView.TextView text : view.texts()) {
            Paragraph p = report.paragraph(text.id() + ": " + text.n() + " answers. " + text.text(), report.bold());
            p.setSpacingBefore(6);
            report.doc().add(p);
            FontRuns.Missing answers = report.in("in an answer to \"" + text.id() + "\"");
            for (String answer : text.answers()) {
                Paragraph a = PdfReport.paragraph("“" + answer + "”", report.body(), answers);
                a.setIndentationLeft(12);
                report.doc().add(a);
            }
            if (!text.more().isEmpty()) {
                report.doc().add(report.paragraph(text.more(), report.small()));
            }
        }
    }

    /**
     * A table with a header row; columns after the first are numbers, set right. Characters missing
     * from the fonts in the first column are reported to {@code keys}, elsewhere as the report's text.
     */
    private void table(List<String> header, float[] widths, List<List<String>> rows, FontRuns.Missing keys)
            throws DocumentException {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        t.setHeaderRows(1);
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
        report.doc().add(t);
    }

    private static boolean textColumn(List<String> header, int c) {
        return c == 0 || header.get(c).equals("Numbers");
    }
}
