package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Score;
import org.scorecardkit.model.ScoreRange;
import org.scorecardkit.model.Section;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.render.pdf.PdfFonts;
import org.scorecardkit.render.pdf.PdfText;
import org.scorecardkit.render.pdf.StablePdf;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.Row;
import org.scorecardkit.tally.report.Charts;
import org.scorecardkit.tally.stats.Summary;

import static org.scorecardkit.tally.stats.Summarize.format;

/**
 * One respondent's scorecard as a PDF page: who, the score and band, and their profile against the
 * group mean; characters no embedded font draws are shown as {@link FontRuns#SUBSTITUTE} and reported.
 */
final class ScorecardPdf {
    private ScorecardPdf() {
    }

    /**
     * @param who    told of characters missing from the respondent's id, group or date
     * @param others told of characters missing elsewhere (the instrument's texts)
     */
    static byte[] of(Layout layout, Row row, Score score, Summary.Numbers group, FontRuns.Missing who,
                     FontRuns.Missing others) {
        Instrument instrument = layout.instrument();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, PdfReport.MARGIN, PdfReport.MARGIN, PdfReport.MARGIN, PdfReport.MARGIN);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setStrictImageSequence(true);
        doc.open();
        StablePdf.dates(writer);
        try {
            Font body = new Font(PdfFonts.get().regular(), 10);
            Font bold = new Font(PdfFonts.get().bold(), 11);
            doc.add(PdfReport.paragraph(instrument.title(), new Font(PdfFonts.get().bold(), 18), others));
            doc.add(PdfReport.paragraph(who(row), body, who));
            Paragraph headline = PdfReport.paragraph(headline(instrument, score), bold, others);
            headline.setSpacingBefore(10);
            doc.add(headline);
            if (score.band() != null && score.band().text() != null) {
                for (PdfText.Paragraph p : PdfText.paragraphs(score.band().text())) {
                    doc.add(PdfReport.paragraph(p.runs().stream().map(PdfText.Run::text).reduce("", String::concat), body, others));
                }
            }
            chart(doc, writer, profile(layout, row, score, group), others);
            if (!score.grow().isEmpty()) {
                Paragraph grow = new Paragraph("Where you could grow", bold);
                grow.setSpacingBefore(10);
                doc.add(grow);
                for (String id : score.grow()) {
                    doc.add(PdfReport.paragraph("• " + instrument.item(id).text(), body, others));
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out a scorecard: " + e.getMessage(), e);
        }
        doc.close();
        return StablePdf.finish(out.toByteArray());
    }

    private static void chart(Document doc, PdfWriter writer, Charts.Bars chart, FontRuns.Missing missing)
            throws DocumentException {
        if (chart.empty()) {
            return;
        }
        Paragraph caption = PdfReport.paragraph(chart.title() + ". " + chart.caption(), new Font(PdfFonts.get().regular(), 8.5f), missing);
        caption.setSpacingBefore(12);
        doc.add(caption);
        doc.add(PdfCharts.bars(writer.getDirectContent(), chart, doc.getPageSize().getWidth() - 2 * PdfReport.MARGIN, missing));
    }

    private static String who(Row row) {
        List<String> parts = new ArrayList<>();
        parts.add(row.respondent() == null ? "Respondent on line " + row.line() + " of " + row.file() : row.respondent());
        if (row.group() != null) {
            parts.add("group " + row.group());
        }
        if (row.date() != null) {
            parts.add(row.date());
        }
        return String.join(" · ", parts);
    }

    private static String headline(Instrument instrument, Score score) {
        if (score.value() == null) {
            return score.missing().isEmpty() ? "No score." : "No score: unanswered " + String.join(", ", score.missing()) + ".";
        }
        String range = instrument.scoreRange() == null ? "" : " of " + instrument.scoreRange();
        return "Score " + ScoreRange.format(Math.round(score.value() * 100) / 100.0) + range
                + (score.band() == null ? "" : ": " + score.band().label());
    }

    /** The respondent's ratings (or section coverages) as bars, with the group's means as markers. */
    private static Charts.Bars profile(Layout layout, Row row, Score score, Summary.Numbers group) {
        List<Charts.Value> values = new ArrayList<>();
        if (!score.sections().isEmpty() || !group.coverage().isEmpty()) {
            for (Section s : layout.instrument().sections()) {
                Double mine = score.sections().get(s.id());
                Summary.SectionStats all = group.coverage().get(s.id());
                double mean = all == null || all.mean() == null ? Double.NaN : all.mean();
                values.add(new Charts.Value(s.title() == null ? s.id() : s.title(), mine == null ? 0 : mine,
                        (mine == null ? "no answer" : format(mine, 0) + "%") + " · group " + format(all == null ? null : all.mean(), 0) + "%",
                        false, mean));
            }
            return Charts.bars("Your coverage per section", "The bar is yours; the mark is the group's mean.", values, 100);
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < layout.size(); i++) {
            Layout.Column c = layout.column(i);
            if (c.type() == ItemType.RATING) {
                min = Math.min(min, c.min());
                max = Math.max(max, c.max());
                Double mean = group.items().get(c.id()).mean();
                int code = row.code(i);
                values.add(new Charts.Value(c.id(), code == 0 ? c.min() : c.value(code),
                        (code == 0 ? "no answer" : Integer.toString(c.value(code))) + " · group " + format(mean, 2), false,
                        mean == null ? Double.NaN : mean));
            }
        }
        return values.isEmpty() ? Charts.bars("", "", List.of(), 0) : Charts.onScale("Your ratings",
                "The bar is yours; the mark is the group's mean.", values, min, max);
    }
}
