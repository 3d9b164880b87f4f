package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Scale;
import org.scorecardkit.model.Section;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.tally.report.ReportView;
import org.scorecardkit.tally.stats.Summary;

/**
 * The report PDF's sections about items: each section's coverage (per group as a heat map), the
 * check items as Yes/Partly/No bars, the rating items as diverging bars, the table of every item's
 * numbers, the choice items' answers and the free-text answers; items named by number and wording.
 */
final class PdfItemSections {
    private final PdfReport report;
    private final ReportView view;
    private final Summary summary;
    private final PdfContentByte cb;

    PdfItemSections(PdfReport report, ReportView view, Summary summary) {
        this.report = report;
        this.view = view;
        this.summary = summary;
        this.cb = report.writer().getDirectContent();
    }

    void coverage() throws DocumentException {
        if (!view.coverage().empty()) {
            report.heading("Coverage per section", report.chartParts(view.coverage(), report.text()));
        }
        if (summary == null) {
            return;
        }
        Instrument instrument = summary.instrument();
        List<Section> sections = instrument.sections().stream().filter(s -> summary.whole().coverage().containsKey(s.id())).toList();
        if (summary.by() != null && !sections.isEmpty()) {
            List<PdfPTable> tables = CoverageTable.of(sections, summary.whole(), summary.groups(), report.in("in the name of a " + summary.by()));
            Paragraph caption = report.caption("", "Each cell is the section's coverage among the " + summary.by()
                    + "'s respondents; the deeper the tint, the higher the coverage.");
            report.heading("Each section by " + summary.by(), caption, tables.get(0));
            for (PdfPTable t : tables.subList(1, tables.size())) {
                report.room(report.height(t));
                report.add(t);
            }
        }
        checks(instrument);
    }

    private void checks(Instrument instrument) throws DocumentException {
        Map<String, List<String>> bySection = new LinkedHashMap<>();
        for (Section s : instrument.sections()) {
            List<String> ids = s.items().stream().filter(i -> i.type() == ItemType.CHECK && summary.whole().items().containsKey(i.id()))
                    .map(Item::id).toList();
            if (!ids.isEmpty()) {
                bySection.put(s.title() == null ? s.id() : s.title(), ids);
            }
        }
        if (bySection.isEmpty()) {
            return;
        }
        Image legend = CheckChart.legend(cb, report.width(), report.text());
        boolean titled = bySection.size() > 1 || instrument.sections().size() > 1;
        boolean first = true;
        for (Map.Entry<String, List<String>> e : bySection.entrySet()) {
            List<String> ids = e.getValue();
            for (int from = 0; from < ids.size(); from += RatingChart.ROWS) {
                Image chart = CheckChart.of(cb, instrument, summary.whole(), ids.subList(from, Math.min(ids.size(), from + RatingChart.ROWS)),
                        report.width(), report.text());
                boolean title = titled && from == 0;
                if (first) {
                    report.heading("Answers to the check items", title
                            ? new Element[] {legend, report.subheadingParagraph(e.getKey()), chart} : new Element[] {legend, chart});
                    first = false;
                } else if (title) {
                    report.subheading(e.getKey(), chart);
                } else {
                    report.image(chart);
                }
            }
        }
    }

    void ratings() throws DocumentException {
        if (summary == null) {
            if (!view.profile().empty()) {
                report.heading("Profile", report.chartParts(view.profile(), report.text()));
            }
            return;
        }
        Instrument instrument = summary.instrument();
        Map<Scale, List<String>> byScale = new LinkedHashMap<>();
        // The NPS question's chart is the promoter, passive and detractor bar.
        boolean nps = summary.whole().nps() != null;
        for (Item item : instrument.items()) {
            if (nps && instrument.scoring().items().contains(item.id())) {
                continue;
            }
            if (item.type() == ItemType.RATING && item.scale() != null && summary.whole().items().containsKey(item.id())) {
                byScale.computeIfAbsent(item.scale(), s -> new ArrayList<>()).add(item.id());
            }
        }
        boolean first = true;
        for (Map.Entry<Scale, List<String>> e : byScale.entrySet()) {
            Image legend = RatingChart.legend(cb, e.getKey(), report.width(), report.text());
            List<Image> pieces = RatingChart.of(cb, instrument, summary.whole(), e.getValue(), e.getKey(), report.width(), report.text());
            Paragraph caption = report.caption("", "Each bar counts one item's answers: the points below the scale's middle to"
                    + " the left of the line, those above it to the right, the middle point split across it.");
            if (first) {
                report.heading("Answers to the rating items", caption, legend, pieces.get(0));
                first = false;
            } else {
                report.room(report.height(caption) + legend.getScaledHeight() + pieces.get(0).getScaledHeight());
                report.add(caption);
                report.add(legend);
                report.image(pieces.get(0));
            }
            for (Image piece : pieces.subList(1, pieces.size())) {
                report.image(piece);
            }
        }
    }

    void table() throws DocumentException {
        PdfSections sections = new PdfSections(report, view, summary);
        PdfPTable table = sections.table(List.of("Item", "n", "No answer", "Mean", "SD", "Median"), new float[] {5, 1, 1.2f, 1, 1, 1},
                view.items().stream().map(i -> List.of(i.label(), i.n(), i.noAnswer(), i.mean(), i.sd(), i.median())).toList(),
                report.text());
        report.heading("Items", report.height(table));
        report.add(table);
        for (ReportView.ItemView item : view.items()) {
            boolean charted = summary != null && (item.type().equals(ItemType.RATING.yamlName())
                    || item.type().equals(ItemType.CHECK.yamlName()));
            if (charted || item.distribution().empty()) {
                continue;
            }
            Paragraph p = report.paragraph(item.label(), report.bold());
            p.setSpacingBefore(6);
            report.room(PdfReport.lines(report.bold(), 1) + 30);
            report.add(p);
            report.chart(item.distribution(), report.in("in an option of \"" + item.id() + "\""));
        }
    }

    void texts() throws DocumentException {
        for (ReportView.TextView text : view.texts()) {
            Paragraph p = report.paragraph(text.label() + " (" + text.n() + " answers)", report.bold());
            p.setSpacingBefore(6);
            report.room(PdfReport.lines(report.bold(), 1) + PdfReport.lines(report.body(), 2));
            report.add(p);
            FontRuns.Missing answers = report.in("in an answer to \"" + text.id() + "\"");
            for (String answer : text.answers()) {
                Paragraph a = PdfReport.paragraph("“" + answer + "”", report.body(), answers);
                a.setIndentationLeft(12);
                report.add(a);
            }
            if (!text.more().isEmpty()) {
                report.add(report.paragraph(text.more(), report.small()));
            }
        }
    }

}
