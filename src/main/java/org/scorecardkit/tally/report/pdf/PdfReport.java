package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.render.pdf.PdfFonts;
import org.scorecardkit.render.pdf.StablePdf;
import org.scorecardkit.tally.report.Charts;
import org.scorecardkit.tally.report.ReportView;

/**
 * Writes report.pdf: the same sections, numbers and charts as report.html, on A4, with the embedded
 * fonts and byte-stable output of the site's other PDFs, and a warning for each character that no
 * embedded font draws (shown as {@link FontRuns#SUBSTITUTE}).
 */
public final class PdfReport {
    static final float MARGIN = 48;
    static final String FILE = "report.pdf";

    /** The PDF's bytes and the warnings to print, e.g. as "warning: " + line each. */
    public record Written(byte[] pdf, List<String> warnings) {
    }

    private final Document doc;
    private final PdfWriter writer;
    private final GlyphWarnings warnings;
    /** Where a character missing from the fonts is, when no closer place is known. */
    private final FontRuns.Missing text;
    private final Font body = new Font(PdfFonts.get().regular(), 10);
    private final Font small = new Font(PdfFonts.get().regular(), 8.5f);
    private final Font bold = new Font(PdfFonts.get().bold(), 10);
    private final Font h1 = new Font(PdfFonts.get().bold(), 18);
    private final Font h2 = new Font(PdfFonts.get().bold(), 13);

    private PdfReport(Document doc, PdfWriter writer, GlyphWarnings warnings) {
        this.doc = doc;
        this.writer = writer;
        this.warnings = warnings;
        this.text = warnings.in(FILE, "in the report's text");
    }

    /** The PDF's bytes; {@link #write} gives its warnings too. */
    public static byte[] of(ReportView view) {
        return write(view).pdf();
    }

    public static Written write(ReportView view) {
        GlyphWarnings warnings = new GlyphWarnings();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        // Charts stay where they belong in the text, even when one has to start a new page.
        writer.setStrictImageSequence(true);
        doc.addTitle(view.title());
        doc.open();
        StablePdf.dates(writer);
        try {
            new PdfReport(doc, writer, warnings).sections(view);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the report: " + e.getMessage(), e);
        }
        doc.close();
        return new Written(StablePdf.finish(out.toByteArray()), warnings.list());
    }

    private void sections(ReportView view) throws DocumentException {
        doc.add(paragraph(view.heading(), h1));
        doc.add(paragraph("Tally of the returned responses", small));
        heading("Rows");
        facts(view.rows());
        if (!view.rejects().isEmpty()) {
            doc.add(new Paragraph("Rejected rows by reason (rejects.csv lists each, with everything else not taken as written):", body));
            facts(view.rejects());
        }
        for (String note : view.notes()) {
            doc.add(paragraph(note, small));
        }
        list("Read with care", view.warnings());
        if (view.nps() != null) {
            heading("Net Promoter Score");
            doc.add(paragraph(view.nps().headline(), bold));
            if (!view.nps().facts().isEmpty()) {
                doc.add(PdfCharts.stack(writer.getDirectContent(), view.nps().stack(), width(), text));
                facts(view.nps().facts());
            }
        } else if (!view.score().isEmpty()) {
            heading("Scores");
            facts(view.score());
            chart(view.bands(), text);
        }
        section("Coverage", view.coverage());
        section("Profile", view.profile());
        if (!view.alpha().isEmpty()) {
            heading("Reliability");
            facts(view.alpha());
        }
        new PdfSections(this).rest(view);
    }

    void heading(String title) throws DocumentException {
        Paragraph p = paragraph(title, h2);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    void section(String title, Charts.Bars chart) throws DocumentException {
        if (!chart.empty()) {
            heading(title);
            chart(chart, text);
        }
    }

    /** A chart with its caption; {@code labels} is told of characters missing from its bars' labels. */
    void chart(Charts.Bars chart, FontRuns.Missing labels) throws DocumentException {
        if (chart.empty()) {
            return;
        }
        if (!chart.title().isEmpty() || !chart.caption().isEmpty()) {
            Paragraph caption = new Paragraph();
            FontRuns.add(caption, chart.title() + " ", new Font(PdfFonts.get().bold(), 8.5f), text);
            FontRuns.add(caption, chart.caption(), small, text);
            doc.add(caption);
        }
        doc.add(PdfCharts.bars(writer.getDirectContent(), chart, width(), labels));
    }

    void facts(List<ReportView.Fact> facts) throws DocumentException {
        if (facts.isEmpty()) {
            return;
        }
        PdfPTable t = new PdfPTable(4);
        t.setWidthPercentage(100);
        t.setSpacingBefore(2);
        t.setSpacingAfter(6);
        for (ReportView.Fact f : facts) {
            Phrase p = new Phrase();
            FontRuns.add(p, f.label() + "\n", small, text);
            FontRuns.add(p, f.value(), bold, text);
            t.addCell(cell(p, Element.ALIGN_LEFT));
        }
        for (int i = facts.size() % 4; i > 0 && i < 4; i++) {
            t.addCell(cell(new Phrase(""), Element.ALIGN_LEFT));
        }
        doc.add(t);
    }

    void list(String title, List<String> lines) throws DocumentException {
        if (lines.isEmpty()) {
            return;
        }
        heading(title);
        for (String line : lines) {
            doc.add(paragraph("• " + line, body));
        }
    }

    /** A paragraph of text in a font, characters missing from the fonts reported as in the report's text. */
    Paragraph paragraph(String s, Font font) {
        return paragraph(s, font, text);
    }

    /** A paragraph of text in a font, drawn by the fonts that have its characters. */
    static Paragraph paragraph(String s, Font font, FontRuns.Missing missing) {
        Paragraph p = new Paragraph(Float.NaN, "", font);
        FontRuns.add(p, s, font, missing);
        return p;
    }

    FontRuns.Missing text() {
        return text;
    }

    /** Where a character missing from the fonts is reported for a given place, e.g. "in an answer to \"reason\"". */
    FontRuns.Missing in(String where) {
        return warnings.in(FILE, where);
    }

    PdfPCell cell(Phrase p, int align) {
        PdfPCell c = new PdfPCell(p);
        c.setBorder(PdfPCell.BOTTOM);
        c.setBorderColor(PdfCharts.TRACK);
        c.setPadding(3);
        c.setHorizontalAlignment(align);
        return c;
    }

    Document doc() { return doc; }

    Font body() { return body; }

    Font small() { return small; }

    Font bold() { return bold; }

    float width() {
        return doc.getPageSize().getWidth() - 2 * MARGIN;
    }
}
