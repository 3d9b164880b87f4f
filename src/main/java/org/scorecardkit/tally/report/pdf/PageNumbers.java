package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.render.pdf.PdfFonts;

/**
 * Writes "page 2 of 5" at the foot of every page, with the document's name on the other side: the
 * total is a template filled in when the document closes, so the pages are laid out once.
 */
final class PageNumbers extends PdfPageEventHelper {
    static final float SIZE = 8;

    private final String name;
    private final FontRuns.Missing missing;
    private PdfTemplate total;

    PageNumbers(String name, FontRuns.Missing missing) {
        this.name = name;
        this.missing = missing;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        BaseFont font = PdfFonts.get().regular();
        String page = "page " + writer.getPageNumber() + " of ";
        float y = document.bottomMargin() / 2;
        cb.saveState();
        cb.beginText();
        cb.setColorFill(PdfCanvas.MUTED);
        cb.setFontAndSize(font, SIZE);
        cb.setTextMatrix(document.left(), y);
        cb.showText(page);
        cb.endText();
        cb.addTemplate(total, document.left() + font.getWidthPoint(page, SIZE), y);
        if (name != null && !name.isEmpty()) {
            String shown = PdfCanvas.wrap(name, SIZE, (document.right() - document.left()) / 2, 1).get(0);
            cb.beginText();
            FontRuns.showAligned(cb, PdfContentByte.ALIGN_RIGHT, shown, font, SIZE, document.right(), y, missing);
            cb.endText();
        }
        cb.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setColorFill(PdfCanvas.MUTED);
        total.setFontAndSize(PdfFonts.get().regular(), SIZE);
        total.setTextMatrix(0, 0);
        total.showText(Integer.toString(writer.getPageNumber() - 1));
        total.endText();
    }
}
