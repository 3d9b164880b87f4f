package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.Chunk;
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
import org.scorecardkit.render.pdf.PdfFonts;
import org.scorecardkit.render.pdf.StablePdf;
import org.scorecardkit.tally.report.Charts;
import org.scorecardkit.tally.report.ReportView;

/**
 * Writes report.pdf: the same sections, numbers and charts as report.html, on A4, with the embedded
 * fonts and byte-stable output of the site's other PDFs.
 */
public final class PdfReport {
    static final float MARGIN = 48;

    private final Document doc;
    private final PdfWriter writer;
    private final Font body = new Font(PdfFonts.get().regular(), 10);
    private final Font small = new Font(PdfFonts.get().regular(), 8.5f);
    private final Font bold = new Font(PdfFonts.get().bold(), 10);
    private final Font h1 = new Font(PdfFonts.get().bold(), 18);
    private final Font h2 = new Font(PdfFonts.get().bold(), 13);

    private PdfReport(Document doc, PdfWriter writer) {
        this.doc = doc;
        this.writer = writer;
    }

    public static byte[] of(ReportView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        // Charts stay where they belong in the text, even when one has to start a new page.
        writer.setStrictImageSequence(true);
        doc.addTitle(view.title());
        doc.open();
        StablePdf.dates(writer);
        try {
            new PdfReport(doc, writer).write(view);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the report: " + e.getMessage(), e);
        }
        doc.close();
        return StablePdf.finish(out.toByteArray());
    }

    private void write(ReportView view) throws DocumentException {
        doc.add(new Paragraph(view.heading(), h1));
        doc.add(new Paragraph("Tally of the returned responses", small));
        heading("Rows");
        facts(view.rows());
        if (!view.rejects().isEmpty()) {
            doc.add(new Paragraph("Rejected rows by reason (each is listed with its file, line and reason in rejects.csv):", body));
            facts(view.rejects());
        }
        for (String note : view.notes()) {
            doc.add(new Paragraph(note, small));
        }
        list("Read with care", view.warnings());
        if (view.nps() != null) {
            heading("Net Promoter Score");
            doc.add(new Paragraph(view.nps().headline(), bold));
            if (!view.nps().facts().isEmpty()) {
                doc.add(PdfCharts.stack(writer.getDirectContent(), view.nps().stack(), width()));
                facts(view.nps().facts());
            }
        } else if (!view.score().isEmpty()) {
            heading("Scores");
            facts(view.score());
            chart(view.bands());
        }
        section("Coverage", view.coverage());
        section("Profile", view.profile());
        if (!view.alpha().isEmpty()) {
            heading("Reliability");
            facts(view.alpha());
        }
        new PdfSections(this).rest(view);
    }

    void heading(String text) throws DocumentException {
        Paragraph p = new Paragraph(text, h2);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    void section(String title, Charts.Bars chart) throws DocumentException {
        if (!chart.empty()) {
            heading(title);
            chart(chart);
        }
    }

    void chart(Charts.Bars chart) throws DocumentException {
        if (chart.empty()) {
            return;
        }
        if (!chart.title().isEmpty() || !chart.caption().isEmpty()) {
            Paragraph caption = new Paragraph();
            caption.add(new Chunk(chart.title() + " ", new Font(PdfFonts.get().bold(), 8.5f)));
            caption.add(new Chunk(chart.caption(), small));
            doc.add(caption);
        }
        doc.add(PdfCharts.bars(writer.getDirectContent(), chart, width()));
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
            p.add(new Chunk(f.label() + "\n", small));
            p.add(new Chunk(f.value(), bold));
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
            doc.add(new Paragraph("• " + line, body));
        }
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
