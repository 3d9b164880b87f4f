package org.scorecardkit.tally.report.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF read back line by line with PDFBox: each page's lines, top to bottom, with the size and weight of their first glyph. */
final class PdfLines {
    /** One printed line: its text, its baseline from the page's top, and its first glyph's size and font. */
    record Line(String text, float y, float size, String font) {
        boolean bold() {
            return font.contains("Bold");
        }
    }

    private PdfLines() {
    }

    /** The lines of every page, pages in order. */
    static List<List<Line>> of(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<List<Line>> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<Line> lines = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        TextPosition first = positions.get(0);
                        lines.add(new Line(text, first.getYDirAdj(), first.getFontSizeInPt(), first.getFont().getName()));
                        super.writeString(text, positions);
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(doc);
                pages.add(merged(lines));
            }
            return pages;
        }
    }

    /** Pieces on one baseline joined, left to right, into one line that keeps the first piece's size and font. */
    private static List<Line> merged(List<Line> pieces) {
        List<Line> lines = new ArrayList<>();
        for (Line piece : pieces) {
            Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.y() - piece.y()) < 2) {
                lines.set(lines.size() - 1, new Line(last.text() + " " + piece.text(), last.y(), last.size(), last.font()));
            } else {
                lines.add(piece);
            }
        }
        return lines;
    }

    /** The text of each page, Arabic presentation forms folded back to letters (NFKC). */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFKC));
            }
            return pages;
        }
    }

    static String text(byte[] pdf) throws IOException {
        return String.join("", pages(pdf));
    }
}
