package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Instrument;
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
import org.scorecardkit.tally.report.Figures;
import org.scorecardkit.tally.report.Labels;
import org.scorecardkit.tally.stats.Summary;

/**
 * One respondent's scorecard as a PDF: who (their name in its own script, right-to-left ones shaped
 * and ordered), the score and band, each item's answer against the group's mean, and where they could
 * grow; characters no embedded font draws are shown as {@link FontRuns#SUBSTITUTE} and reported.
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
        writer.setPageEvent(new PageNumbers(instrument.title(), others));
        doc.open();
        StablePdf.dates(writer);
        try {
            Font body = new Font(PdfFonts.get().regular(), 10);
            Font bold = new Font(PdfFonts.get().bold(), 11);
            doc.add(PdfReport.paragraph(instrument.title(), new Font(PdfFonts.get().bold(), 18), others));
            doc.add(line(who(row), body, who));
            Paragraph headline = PdfReport.paragraph(headline(instrument, score), bold, others);
            headline.setSpacingBefore(10);
            doc.add(headline);
            if (score.band() != null && score.band().text() != null) {
                for (PdfText.Paragraph p : PdfText.paragraphs(score.band().text())) {
                    doc.add(PdfReport.paragraph(p.runs().stream().map(PdfText.Run::text).reduce("", String::concat), body, others));
                }
            }
            sections(doc, writer, layout, score, group, others);
            List<ScorecardItems.Answer> answers = ScorecardItems.answers(layout, row, group);
            if (!answers.isEmpty()) {
                doc.add(ScorecardItems.table(writer.getDirectContent(), instrument, answers, others));
            }
            grow(doc, instrument, ScorecardItems.grow(answers), body, bold, others);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out a scorecard: " + e.getMessage(), e);
        }
        doc.close();
        return StablePdf.finish(out.toByteArray());
    }

    /**
     * A line of text laid out by the Unicode bidirectional algorithm in a left-to-right paragraph,
     * Arabic letters joined: a name in Arabic or Hebrew reads as its owner writes it.
     */
    static PdfPTable line(String s, Font font, FontRuns.Missing missing) {
        PdfPCell cell = new PdfPCell(FontRuns.phrase(s, font, missing));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(3);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        // Letters joined by their contextual forms, which DejaVu Sans has; no optional ligatures, which it may not.
        cell.setArabicOptions(0);
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.addCell(cell);
        return t;
    }

    private static void grow(Document doc, Instrument instrument, List<ScorecardItems.Answer> lowest, Font body, Font bold,
                             FontRuns.Missing others) throws DocumentException {
        if (lowest.isEmpty()) {
            return;
        }
        Paragraph title = new Paragraph("Where you could grow", bold);
        title.setSpacingBefore(12);
        title.setKeepTogether(true);
        List<Paragraph> lines = new ArrayList<>();
        for (ScorecardItems.Answer a : lowest) {
            lines.add(PdfReport.paragraph("• " + Labels.of(instrument, a.column().id()) + " (you: " + a.mine() + ", group: "
                    + a.group() + ")", body, others));
        }
        // The heading and the first of its items share a page.
        PdfPTable keep = new PdfPTable(1);
        keep.setWidthPercentage(100);
        keep.setKeepTogether(true);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        cell.addElement(title);
        lines.forEach(cell::addElement);
        keep.addCell(cell);
        doc.add(keep);
    }

    /** For a checklist, the respondent's coverage per section against the group's. */
    private static void sections(Document doc, PdfWriter writer, Layout layout, Score score, Summary.Numbers group,
                                 FontRuns.Missing missing) throws DocumentException {
        if (score.sections().isEmpty() && group.coverage().isEmpty()) {
            return;
        }
        List<Charts.Value> values = new ArrayList<>();
        for (Section s : layout.instrument().sections()) {
            Double mine = score.sections().get(s.id());
            Summary.SectionStats all = group.coverage().get(s.id());
            double mean = all == null || all.mean() == null ? Double.NaN : all.mean();
            values.add(new Charts.Value(s.title() == null ? s.id() : s.title(), mine == null ? 0 : mine,
                    (mine == null ? "no answer" : Figures.percent(mine)) + " · group "
                            + Figures.percent(all == null ? null : all.mean()), false, mean));
        }
        Charts.Bars chart = Charts.bars("Your coverage per section", "The bar is yours; the mark is the group's mean.", values, 100);
        Paragraph caption = PdfReport.paragraph(chart.title() + ". " + chart.caption(), new Font(PdfFonts.get().regular(), 8.5f), missing);
        caption.setSpacingBefore(12);
        doc.add(caption);
        doc.add(PdfCharts.bars(writer.getDirectContent(), chart, doc.getPageSize().getWidth() - 2 * PdfReport.MARGIN, missing));
    }

    /**
     * Name, group and date; a name none of whose letters a font draws still shows its substitutes and,
     * so that the card can be handed to the right person, the row it came from.
     */
    private static String who(Row row) {
        List<String> parts = new ArrayList<>();
        String name = row.respondent();
        if (name == null) {
            parts.add("Respondent on line " + row.line() + " of " + row.file());
        } else if (name.codePoints().allMatch(cp -> PdfFonts.invisible(cp) || !PdfFonts.get().canDraw(cp))) {
            parts.add(name + " (the respondent on line " + row.line() + " of " + row.file() + ")");
        } else {
            parts.add(name);
        }
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
            return score.missing().isEmpty() ? "No score." : "No score: unanswered "
                    + String.join("; ", score.missing().stream().map(id -> Labels.of(instrument, id)).toList()) + ".";
        }
        String range = instrument.scoreRange() == null ? "" : " of " + instrument.scoreRange();
        return "Score " + ScoreRange.format(Math.round(score.value() * 100) / 100.0) + range
                + (score.band() == null ? "" : ": " + score.band().label());
    }
}
