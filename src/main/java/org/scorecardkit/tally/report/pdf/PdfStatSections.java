package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.tally.report.Figures;
import org.scorecardkit.tally.report.ReportView;
import org.scorecardkit.tally.stats.Nps;
import org.scorecardkit.tally.stats.StatText;
import org.scorecardkit.tally.stats.Summary;

/**
 * The report PDF's sections with an interval to read: reliability (alpha with its Feldt interval,
 * alpha if dropped and item–rest), the breakdown (each group's NPS against the rest and whether
 * that difference is clear of zero) and the before/after change per item with its interval; each
 * with its one-sentence note from {@link StatText} and its figures as the view writes them.
 */
final class PdfStatSections {
    private final PdfReport report;
    private final ReportView view;
    private final Summary summary;
    private final PdfSections tables;

    PdfStatSections(PdfReport report, ReportView view, Summary summary, PdfSections tables) {
        this.report = report;
        this.view = view;
        this.summary = summary;
        this.tables = tables;
    }

    void alpha() throws DocumentException {
        if (view.alpha().isEmpty()) {
            return;
        }
        Paragraph note = note(view.alphaNote());
        report.heading("Reliability", note, report.factsTable(view.alpha()));
        if (view.alphaItems().isEmpty()) {
            return;
        }
        PdfPTable table = tables.table(List.of("Item", "Alpha if dropped", "Item–rest correlation"), new float[] {6, 1.5f, 1.8f},
                view.alphaItems().stream().map(a -> List.of(a.label(), a.ifDropped(), a.itemRest())).toList(), report.text());
        report.room(report.height(table));
        report.add(table);
    }

    void groups() throws DocumentException {
        if (view.groups() == null) {
            return;
        }
        String by = view.groups().by();
        FontRuns.Missing keys = report.in("in the name of a " + by);
        boolean nps = summary != null && summary.whole().nps() != null;
        PdfPTable table = nps ? npsTable(by, keys) : tables.table(List.of(by, "n", "Numbers"), new float[] {2, 1, 7},
                view.groups().rows().stream().map(r -> List.of(r.key(), r.n(), r.headline())).toList(), keys);
        if (nps && summary.groups().isEmpty()) {
            // No response had a key (none read at all, say): the heading goes with the empty table, as without NPS.
            report.heading("By " + by, report.height(table));
        } else if (nps) {
            List<Image> charts = NpsChart.groups(report.writer().getDirectContent(), NpsChart.rows(summary.groups()), report.width(), keys,
                    report.fill());
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
        String note = view.groups().note();
        if (!note.isEmpty()) {
            report.add(note(note));
        }
    }

    /** Each group's NPS, its interval, its difference from the rest with that interval, and whether it is clear of zero. */
    private PdfPTable npsTable(String by, FontRuns.Missing keys) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportView.GroupRow r : view.groups().rows()) {
            Nps.Difference d = difference(r.key());
            rows.add(List.of(r.key() + (r.small() ? " (small n)" : ""), r.n(), r.score(), r.interval(),
                    r.vsRest().isEmpty() ? Figures.NONE : r.vsRest(), d == null ? Figures.NONE : d.clearOfZero() ? "yes" : "no"));
        }
        return tables.table(List.of(by, "n", "NPS", "95% interval", "vs rest (95% interval)", "Clear of 0"),
                new float[] {2.2f, 0.7f, 0.9f, 1.8f, 2.6f, 1.3f}, rows, keys);
    }

    private Nps.Difference difference(String key) {
        Summary.Numbers g = summary.groups().get(key);
        return g == null || g.nps() == null ? null : g.nps().vsRest();
    }

    void comparison() throws DocumentException {
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
        List<ReportView.ChangeRow> rows = view.comparison().rows();
        boolean intervals = rows.stream().anyMatch(r -> !r.interval().isEmpty());
        List<String> header = new ArrayList<>(List.of("Item", "Pairs", "Before", "After", "Change"));
        if (intervals) {
            header.add("95% interval");
        }
        PdfPTable table = tables.table(header, intervals ? new float[] {4.4f, 0.9f, 1, 1, 1, 2} : new float[] {5, 1, 1, 1, 1},
                rows.stream().map(r -> intervals ? List.of(r.label(), r.n(), r.before(), r.after(), r.change(), r.interval())
                        : List.of(r.label(), r.n(), r.before(), r.after(), r.change())).toList(), report.text());
        report.room(report.height(table));
        report.add(table);
        String note = view.comparison().note();
        if (!note.isEmpty()) {
            report.add(note(note));
        }
    }

    private Paragraph note(String text) {
        Paragraph p = report.paragraph(text, report.small());
        p.setSpacingAfter(4);
        return p;
    }
}
