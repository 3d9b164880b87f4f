package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
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
            report.chart(view.groups().chart());
            table(List.of(view.groups().by(), "n", "Numbers"), new float[] {2, 1, 7},
                    view.groups().rows().stream().map(r -> List.of(r.key(), r.n(), r.headline())).toList());
        }
        if (view.comparison() != null) {
            report.heading("Before and after");
            report.doc().add(new Paragraph("Respondents are paired by their id; each change is the mean of (after − before)"
                    + " over the pairs who answered both times.", report.body()));
            report.facts(view.comparison().facts());
            table(List.of("Item", "Pairs", "Before", "After", "Change"), new float[] {5, 1, 1, 1, 1},
                    view.comparison().rows().stream().map(r -> List.of(r.id(), r.n(), r.before(), r.after(), r.change())).toList());
        }
        items(view);
        report.list("How the numbers are made", view.methods());
    }

    private void items(ReportView view) throws DocumentException {
        report.heading("Items");
        table(List.of("Item", "n", "No answer", "Mean", "SD", "Median"), new float[] {5, 1, 1.2f, 1, 1, 1},
                view.items().stream().map(i -> List.of(i.id(), i.n(), i.noAnswer(), i.mean(), i.sd(), i.median())).toList());
        for (ReportView.ItemView item : view.items()) {
            Paragraph p = new Paragraph(item.id() + ": " + item.text(), report.bold());
            p.setSpacingBefore(6);
            report.doc().add(p);
            report.chart(item.distribution());
        }
        for (ReportView.TextView text : view.texts()) {
            Paragraph p = new Paragraph(text.id() + ": " + text.n() + " answers. " + text.text(), report.bold());
            p.setSpacingBefore(6);
            report.doc().add(p);
            for (String answer : text.answers()) {
                Paragraph a = new Paragraph("“" + answer + "”", report.body());
                a.setIndentationLeft(12);
                report.doc().add(a);
            }
            if (!text.more().isEmpty()) {
                report.doc().add(new Paragraph(text.more(), report.small()));
            }
        }
    }

    /** A table with a header row; columns after the first are numbers, set right. */
    private void table(List<String> header, float[] widths, List<List<String>> rows) throws DocumentException {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        t.setHeaderRows(1);
        for (int c = 0; c < header.size(); c++) {
            t.addCell(report.cell(new Phrase(header.get(c), report.bold()), textColumn(header, c) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
        }
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                t.addCell(report.cell(new Phrase(row.get(c), report.body()), textColumn(header, c) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
            }
        }
        report.doc().add(t);
    }

    private static boolean textColumn(List<String> header, int c) {
        return c == 0 || header.get(c).equals("Numbers");
    }
}
