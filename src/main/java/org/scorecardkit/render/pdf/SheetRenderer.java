package org.scorecardkit.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.zip.Deflater;
import org.scorecardkit.model.Paper;
import org.scorecardkit.render.pdf.Participants.Participant;

/**
 * Draws printable sheets from their {@link Geometry}: the blank sheet the site offers (serial
 * 000000), and personalised batches with each participant's name and a serial in every page's QR
 * code, streamed page by page to a file. The static part of each page is drawn once per file into
 * a reusable template, so a batch adds only the name and the QR code per page.
 */
public final class SheetRenderer {
    private static final float BUBBLE_LINE = 0.8f;
    private static final float BUBBLE_GRAY = 0.2f;
    private static final float NAME_SIZE = 11f;
    private static final float RUNNING_SIZE = 9f;

    private SheetRenderer() {
    }

    /** The blank sheet, finished: same content, same bytes. */
    public static byte[] blank(Geometry.Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(sheet, Collections.singletonList(null), out, 1);
        return StablePdf.finish(out.toByteArray());
    }

    /**
     * One sheet per participant, serials 000001 on in participant order, written to {@code out}
     * through a temporary file beside it, so a failure leaves no half-written file.
     *
     * @return the number of pages written
     */
    public static int batch(Geometry.Sheet sheet, List<Participant> participants, Path out) throws IOException {
        return batch(sheet, participants, out, 1);
    }

    /**
     * The same, serials {@code firstSerial} on: a second batch of one instrument printed from where the
     * first ended, so that sheets of both scanned together never share a serial.
     */
    public static int batch(Geometry.Sheet sheet, List<Participant> participants, Path out, int firstSerial)
            throws IOException {
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one participant");
        }
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                write(sheet, participants, file, firstSerial);
            }
            StablePdf.finish(part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return participants.size() * sheet.pages().size();
    }

    /**
     * Loads the fonts and the PDF and QR code machinery by printing a tiny sheet to nowhere, so a
     * batch can have them ready: the print command does this while the content loads.
     */
    public static void warmUp() {
        Geometry.Page page = new Geometry.Page(1, List.of(new Geometry.Mark(10f, 10f, 3f)), new Geometry.Qr(60f, 60f, 40f),
                List.of(new Geometry.Bubble("x", "1", 20f, 20f, 5f, false), new Geometry.Bubble("x", "2", 40f, 20f, 5f, true)),
                List.of(new Geometry.Text(10f, 80f, 9f, true, 0f, "Warm"), new Geometry.Text(10f, 70f, 9f, false, 0.5f, "up"),
                        new Geometry.Rule(0f, 0f, 10f, 0f, 1f, 0f), new Geometry.Box(0f, 0f, 5f, 5f, 0.9f, 0f, 1f)),
                List.of(new Geometry.Slot(Geometry.Slot.RESPONDENT, 10f, 90f, 50f, 10f)));
        Geometry.Sheet sheet = new Geometry.Sheet("warm-up", "1", "Warm-up", Paper.A4, "a4", 100f, 100f, List.of(page));
        write(sheet, List.of(new Participant("Warm Up", "")), OutputStream.nullOutputStream(), 1);
    }

    /** Writes the sheets; a null participant is a blank sheet with serial 000000. */
    private static void write(Geometry.Sheet sheet, List<Participant> participants, OutputStream out, int firstSerial) {
        Document doc = new Document(new Rectangle(sheet.width(), sheet.height()), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle(sheet.title());
        doc.open();
        StablePdf.dates(writer);
        if (participants.get(0) != null) {
            // A batch's pages differ only in a name and a QR code: the fastest compression costs
            // a tenth more bytes and saves a fifth of the time.
            writer.setCompressionLevel(Deflater.BEST_SPEED);
        }
        List<Geometry.Page> pages = sheet.pages();
        PdfTemplate[] fixed = new PdfTemplate[pages.size()];
        int[] masks = new int[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            fixed[i] = writer.getDirectContent().createTemplate(sheet.width(), sheet.height());
            drawFixed(fixed[i], pages.get(i), true);
            masks[i] = QrCode.bestMask(QrCode.payload(sheet.instrument(), sheet.version(), i + 1, QrCode.BLANK));
        }
        int serial = firstSerial - 1;
        int written = 0;
        for (Participant p : participants) {
            serial += p == null ? 0 : 1;
            for (int i = 0; i < pages.size(); i++) {
                if (written++ > 0) {
                    doc.newPage();
                }
                PdfContentByte cb = writer.getDirectContent();
                cb.addTemplate(fixed[i], 0, 0);
                if (p != null) {
                    personal(cb, pages.get(i), p);
                }
                QrCode.draw(cb, QrCode.payload(sheet.instrument(), sheet.version(), i + 1, serial), masks[i], pages.get(i).qr());
                serialLine(cb, pages.get(i).qr(), QrCode.label(serial, i + 1, pages.size()));
            }
        }
        doc.close();
    }

    /** Everything on a page that is the same for every participant; with marks, the corner marks too. */
    static void drawFixed(PdfContentByte cb, Geometry.Page page, boolean marks) {
        drawInk(cb, page.ink());
        cb.setLineWidth(BUBBLE_LINE);
        cb.setGrayStroke(BUBBLE_GRAY);
        for (Geometry.Bubble b : page.bubbles()) {
            if (b.square()) {
                cb.rectangle(b.x() - b.r(), b.y() - b.r(), 2 * b.r(), 2 * b.r());
            } else {
                cb.circle(b.x(), b.y(), b.r());
            }
        }
        cb.stroke();
        if (marks) {
            cb.setGrayFill(0f);
            for (Geometry.Mark m : page.registration()) {
                cb.rectangle(m.x() - m.r(), m.y() - m.r(), 2 * m.r(), 2 * m.r());
            }
            cb.fill();
        }
    }

    /** Text, rules and boxes; runs of text share one text object and change font only when needed. */
    static void drawInk(PdfContentByte cb, List<Geometry.Ink> ink) {
        int i = 0;
        while (i < ink.size()) {
            if (!(ink.get(i) instanceof Geometry.Text)) {
                shape(cb, ink.get(i++));
                continue;
            }
            cb.beginText();
            BaseFont font = null;
            float size = -1;
            float gray = -1;
            while (i < ink.size() && ink.get(i) instanceof Geometry.Text t) {
                BaseFont primary = PdfText.font(t.bold());
                boolean simple = FontRuns.simple(t.text(), primary);
                if (simple && (primary != font || t.size() != size)) {
                    font = primary;
                    size = t.size();
                    cb.setFontAndSize(font, size);
                }
                if (t.gray() != gray) {
                    gray = t.gray();
                    cb.setGrayFill(gray);
                }
                cb.setTextMatrix(t.x(), t.y());
                if (simple) {
                    cb.showText(t.text());
                } else {
                    // The content was checked before printing (GlyphCheck), so nothing here is missing.
                    FontRuns.show(cb, t.text(), primary, t.size(), FontRuns.Missing.IGNORE);
                    font = null;
                }
                i++;
            }
            cb.endText();
        }
    }

    private static void shape(PdfContentByte cb, Geometry.Ink ink) {
        if (ink instanceof Geometry.Rule r) {
            cb.setLineWidth(r.width());
            cb.setGrayStroke(r.gray());
            cb.moveTo(r.x1(), r.y1());
            cb.lineTo(r.x2(), r.y2());
            cb.stroke();
        } else if (ink instanceof Geometry.Picture p) {
            PdfLogo.draw(cb, p.logo(), p.x(), p.y(), p.w(), p.h());
        } else if (ink instanceof Geometry.Box b) {
            cb.rectangle(b.x(), b.y(), b.w(), b.h());
            if (b.fill() >= 0) {
                cb.setGrayFill(b.fill());
            }
            if (b.stroke() >= 0) {
                cb.setLineWidth(b.lineWidth());
                cb.setGrayStroke(b.stroke());
            }
            if (b.fill() >= 0 && b.stroke() >= 0) {
                cb.fillStroke();
            } else if (b.fill() >= 0) {
                cb.fill();
            } else {
                cb.stroke();
            }
        }
    }

    /**
     * The serial in words under the QR code, ending at its right edge (the content margin), so a
     * person can match a torn page to its sheet.
     */
    private static void serialLine(PdfContentByte cb, Geometry.Qr qr, String label) {
        BaseFont font = PdfFonts.get().regular();
        float x = qr.x() + qr.size() / 2 - font.getWidthPoint(label, SheetLayout.SERIAL_SIZE);
        cb.beginText();
        cb.setGrayFill(SheetLayout.INK);
        cb.setFontAndSize(font, SheetLayout.SERIAL_SIZE);
        cb.setTextMatrix(x, qr.y() - qr.size() / 2 - SheetLayout.SERIAL_DROP);
        cb.showText(label);
        cb.endText();
    }

    /** The participant's name and group in the page's slots. */
    private static void personal(PdfContentByte cb, Geometry.Page page, Participant p) {
        cb.beginText();
        cb.setGrayFill(SheetLayout.INK);
        for (Geometry.Slot slot : page.slots()) {
            String text = switch (slot.field()) {
                case Geometry.Slot.RESPONDENT -> p.name();
                case Geometry.Slot.GROUP -> p.group();
                case Geometry.Slot.RUNNING -> p.group().isEmpty() ? p.name() : p.name() + " · " + p.group();
                default -> "";
            };
            if (!text.isEmpty()) {
                fitted(cb, text, slot);
            }
        }
        cb.endText();
    }

    /** Text on a slot's line, made smaller (down to 6 pt) and then shortened until it fits. */
    private static void fitted(PdfContentByte cb, String text, Geometry.Slot slot) {
        BaseFont font = PdfFonts.get().regular();
        float room = slot.w() - 4f;
        // The name repeated on later pages is a reminder, set smaller than on the first page's line.
        float most = slot.field().equals(Geometry.Slot.RUNNING) ? RUNNING_SIZE : NAME_SIZE;
        float size = Math.min(most, Math.max(6f, most * room / Math.max(1f, FontRuns.width(text, font, most))));
        String shown = text;
        while (FontRuns.width(shown, font, size) > room && shown.length() > 1) {
            shown = shown.substring(0, shown.offsetByCodePoints(shown.length(), -2)) + "…";
        }
        cb.setTextMatrix(slot.x() + 2f, slot.y() + 2f);
        // Participants refuses names no embedded font can print, so nothing here is missing.
        FontRuns.show(cb, shown, font, size, FontRuns.Missing.IGNORE);
    }
}
