package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.render.pdf.PdfFonts;
import org.scorecardkit.render.pdf.StablePdf;
import org.scorecardkit.tally.report.Charts;
import org.scorecardkit.tally.report.ReportContext;
import org.scorecardkit.tally.report.ReportLook;
import org.scorecardkit.tally.report.ReportView;
import org.scorecardkit.tally.report.ReportViews;
import org.scorecardkit.tally.stats.Summary;

/**
 * Writes report.pdf: the same sections, numbers and charts as report.html, on A4, with the embedded
 * fonts and byte-stable output of the site's other PDFs, made to print: a heading always shares its
 * page with what it introduces, tables break between rows and repeat their header, and every page
 * says "page 2 of 5". Each character that no embedded font draws is shown as {@link FontRuns#SUBSTITUTE}
 * and warned of.
 */
public final class PdfReport {
    static final float MARGIN = 48;
    static final String FILE = "report.pdf";
    /** A heading's height: its space before, its line (1.5 × 13 pt) and its space after. */
    static final float HEADING = 12 + 19.5f + 4;

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
    private final Font h1;
    private final Font h2;
    private final Font h3 = new Font(PdfFonts.get().bold(), 11);
    /** The organisation's logo and colour: the bars of one amount take the colour, and so do the headings when branded. */
    private final ReportLook look;

    private PdfReport(Document doc, PdfWriter writer, GlyphWarnings warnings, ReportLook look) {
        this.doc = doc;
        this.writer = writer;
        this.warnings = warnings;
        this.text = warnings.in(FILE, "in the report's text");
        this.look = look;
        Color heading = colour(look.heading());
        this.h1 = new Font(PdfFonts.get().bold(), 18, Font.NORMAL, heading);
        this.h2 = new Font(PdfFonts.get().bold(), 13, Font.NORMAL, heading);
    }

    /** A "#rrggbb" colour for drawing. */
    static Color colour(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    /** The PDF's bytes; {@link #write} gives its warnings too. */
    public static byte[] of(Summary summary) {
        return write(summary).pdf();
    }

    /** The report of a tally, with every chart, its top saying no workshop, organisation or dates. */
    public static Written write(Summary summary) {
        return write(summary, ReportContext.NONE);
    }

    /** The report of a tally, with every chart, its top as report.html's: organisation, workshop, dates and n. */
    public static Written write(Summary summary, ReportContext context) {
        return write(ReportViews.of(summary, context), summary);
    }

    /** The PDF's bytes of a view alone; {@link #write(Summary)} draws the charts that need the numbers themselves. */
    public static byte[] of(ReportView view) {
        return write(view).pdf();
    }

    /** The report of a view alone: its charts as the view lays them out. Prefer {@link #write(Summary)}. */
    public static Written write(ReportView view) {
        return write(view, null);
    }

    private static Written write(ReportView view, Summary summary) {
        GlyphWarnings warnings = new GlyphWarnings();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        // Charts stay where they belong in the text, even when one has to start a new page.
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new PageNumbers(view.title(), warnings.in(FILE, "in the report's title")));
        doc.addTitle(view.title());
        doc.open();
        StablePdf.dates(writer);
        try {
            PdfReport report = new PdfReport(doc, writer, warnings, view.look());
            new PdfSections(report, view, summary).all();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the report: " + e.getMessage(), e);
        }
        doc.close();
        return new Written(StablePdf.finish(out.toByteArray()), warnings.list());
    }

    /** A section heading, on a new page unless the heading and the first {@code next} points after it fit on this one. */
    void heading(String title, float next) throws DocumentException {
        room(HEADING + next);
        doc.add(headingParagraph(title, h2, 12, 4));
    }

    /**
     * A section heading held on one page with the first parts of its section (a caption, a legend,
     * a chart): they move to the next page together when they do not fit this one.
     */
    void heading(String title, Element... first) throws DocumentException {
        together(12, headingParagraph(title, h2, 0, 4), first);
    }

    /** A heading within a section (one section of a checklist), held on one page with what follows it in the same way. */
    void subheading(String title, Element... first) throws DocumentException {
        together(8, headingParagraph(title, h3, 0, 2), first);
    }

    /** A heading within a section as a paragraph, to hold with what follows it in a {@link #heading(String, Element...)}. */
    Paragraph subheadingParagraph(String title) {
        return headingParagraph(title, h3, 8, 2);
    }

    private Paragraph headingParagraph(String title, Font font, float before, float after) {
        Paragraph p = paragraph(title, font);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    /** Elements in one borderless cell of a table kept together, which OpenPDF moves whole to the next page when it must. */
    private void together(float before, Paragraph heading, Element... first) throws DocumentException {
        PdfPTable t = new PdfPTable(1);
        // A cell ignores the space before its first paragraph, so the table keeps it.
        t.setSpacingBefore(before);
        t.setWidthPercentage(100);
        t.setKeepTogether(true);
        t.setSplitLate(true);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        cell.addElement(heading);
        for (Element e : first) {
            cell.addElement(e);
        }
        t.addCell(cell);
        doc.add(t);
    }

    /**
     * Starts a new page unless {@code need} points remain above the bottom margin; a need taller than
     * most of a page is capped, so a block that cannot fit any page still starts where it is.
     */
    void room(float need) throws DocumentException {
        float left = writer.getVerticalPosition(true) - doc.bottom();
        float page = doc.top() - doc.bottom();
        if (left < Math.min(need + 16, page * 0.85f)) {
            doc.newPage();
        }
    }

    /** The height an element takes on the page: images and tables as laid out, text as a few lines. */
    float height(Element e) {
        if (e instanceof Image image) {
            return image.getScaledHeight() + 4;
        }
        if (e instanceof PdfPTable table) {
            table.setTotalWidth(width());
            table.setLockedWidth(true);
            int first = Math.min(table.size() - 1, table.getHeaderRows());
            float rows = first < 0 ? 0 : table.getRowHeight(first);
            return table.getHeaderHeight() + rows + table.spacingBefore();
        }
        return 30;
    }

    /** The height of the first lines of a paragraph of {@code font}: enough to keep a heading with it. */
    static float lines(Font font, int n) {
        return n * font.getSize() * 1.5f;
    }

    void add(Element e) throws DocumentException {
        doc.add(e);
    }

    /** An image, on a new page when it does not fit this one but would fit a page. */
    void image(Image image) throws DocumentException {
        room(image.getScaledHeight() + 4);
        doc.add(image);
    }

    /** A chart laid out by the view, with its caption; {@code labels} is told of characters missing from its bars' labels. */
    void chart(Charts.Bars chart, FontRuns.Missing labels) throws DocumentException {
        Element[] parts = chartParts(chart, labels);
        if (parts.length == 2) {
            doc.add(parts[0]);
        }
        if (parts.length > 0) {
            image((Image) parts[parts.length - 1]);
        }
    }

    /** A chart laid out by the view as its caption (when it has one) and its image; nothing for an empty chart. */
    Element[] chartParts(Charts.Bars chart, FontRuns.Missing labels) throws DocumentException {
        if (chart.empty()) {
            return new Element[0];
        }
        Image image = PdfCharts.bars(writer.getDirectContent(), chart, width(), labels, fill());
        if (chart.title().isEmpty() && chart.caption().isEmpty()) {
            return new Element[] {image};
        }
        return new Element[] {caption(chart.title(), chart.caption()), image};
    }

    /** A chart's caption: its title in bold, then what it shows. */
    Paragraph caption(String title, String caption) {
        Paragraph p = new Paragraph(Float.NaN, "", small);
        if (!title.isEmpty()) {
            FontRuns.add(p, title + " ", new Font(PdfFonts.get().bold(), 8.5f), text);
        }
        FontRuns.add(p, caption, small, text);
        p.setSpacingAfter(3);
        return p;
    }

    /** Facts in a grid of four, label above value. */
    PdfPTable factsTable(List<ReportView.Fact> facts) {
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
        return t;
    }

    void facts(List<ReportView.Fact> facts) throws DocumentException {
        if (!facts.isEmpty()) {
            doc.add(factsTable(facts));
        }
    }

    void list(String title, List<String> lines) throws DocumentException {
        if (lines.isEmpty()) {
            return;
        }
        heading(title, paragraph("• " + lines.get(0), body));
        for (String line : lines.subList(1, lines.size())) {
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
        c.setBorderColor(PdfCanvas.TRACK);
        c.setPadding(3);
        c.setHorizontalAlignment(align);
        return c;
    }

    PdfWriter writer() { return writer; }

    ReportLook look() { return look; }

    /** The colour of the bars of one amount: the organisation's, else the report's own blue. */
    Color fill() { return colour(look.colour()); }

    Font body() { return body; }

    Font small() { return small; }

    Font bold() { return bold; }

    Font h1() { return h1; }

    float width() {
        return doc.getPageSize().getWidth() - 2 * MARGIN;
    }
}
