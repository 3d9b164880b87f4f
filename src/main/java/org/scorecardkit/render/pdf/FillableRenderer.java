package org.scorecardkit.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseField;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfFormField;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.RadioCheckField;
import com.lowagie.text.pdf.TextField;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.ScoringMethod;
import org.scorecardkit.render.Words;

/**
 * The fillable PDF of an instrument: the printable sheet's pages (without the machine marks) with
 * form fields placed exactly on its bubbles, boxes and lines, named as the tally reads them:
 * a radio group per rating, single-choice and check item ({@code <item id>}, export values the
 * answer values), a check box per multiple-choice option ({@code <item id>__<value>}, export value
 * {@code Yes}), and text fields for text items and for {@code respondent}, {@code group} and {@code date}.
 * A summed or averaged self-assessment also gets its total and band, calculated by the viewer
 * ({@link FillableScore}); text fields draw in a fully embedded font ({@link FillableFont}).
 */
public final class FillableRenderer {
    private static final float TEXT_SIZE = 10f;
    private static final float TOTAL_SIZE = 13f;
    private static final float BAND_SIZE = 8.5f;

    private FillableRenderer() {
    }

    /** The finished fillable PDF on the given paper. */
    public static byte[] render(Instrument instrument, Paper paper) {
        Geometry.Sheet sheet = SheetLayout.layout(instrument, paper);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new Rectangle(sheet.width(), sheet.height()), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle(sheet.title());
        // The tally reads which instrument and version a returned form answers from here.
        doc.addKeywords("SCK1|" + instrument.id() + "|" + instrument.version());
        doc.open();
        StablePdf.dates(writer);
        Words words = Words.of(instrument.language());
        try {
            for (Geometry.Page page : sheet.pages()) {
                if (page.number() > 1) {
                    doc.newPage();
                }
                SheetRenderer.drawFixed(writer.getDirectContent(), page, false);
                answers(writer, instrument, page);
                for (Geometry.Slot slot : page.slots()) {
                    text(writer, instrument, words, slot);
                }
                score(writer, instrument, words, page, sheet);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        doc.close();
        return FillableFont.embed(StablePdf.finish(out.toByteArray()));
    }

    /** The fields over a page's bubbles, one radio group or set of check boxes per item. */
    private static void answers(PdfWriter writer, Instrument instrument, Geometry.Page page) throws IOException {
        Map<String, List<Geometry.Bubble>> byItem = new LinkedHashMap<>();
        for (Geometry.Bubble b : page.bubbles()) {
            byItem.computeIfAbsent(b.item(), k -> new ArrayList<>()).add(b);
        }
        for (Map.Entry<String, List<Geometry.Bubble>> e : byItem.entrySet()) {
            Item item = instrument.item(e.getKey());
            if (item.type() == ItemType.MULTIPLE) {
                for (Geometry.Bubble b : e.getValue()) {
                    RadioCheckField box = field(writer, b, item.id() + "__" + b.value(), "Yes");
                    PdfFormField checkbox = full(box);
                    checkbox.setUserName(item.text() + ": " + label(item, b.value()));
                    writer.addAnnotation(checkbox);
                }
            } else {
                PdfFormField group = PdfFormField.createRadioButton(writer, true);
                group.setFieldName(item.id());
                group.setUserName(item.text());
                for (Geometry.Bubble b : e.getValue()) {
                    group.addKid(kid(field(writer, b, null, b.value())));
                }
                writer.addAnnotation(group);
            }
        }
    }

    private static RadioCheckField field(PdfWriter writer, Geometry.Bubble b, String name, String value) {
        Rectangle box = new Rectangle(b.x() - b.r(), b.y() - b.r(), b.x() + b.r(), b.y() + b.r());
        RadioCheckField field = new RadioCheckField(writer, box, name, value);
        // Circles fill in like a pencil mark; boxes get a tick, as a person marks a checklist.
        field.setCheckType(b.square() ? RadioCheckField.TYPE_CHECK : RadioCheckField.TYPE_CIRCLE);
        field.setBorderWidth(0f);
        return field;
    }

    private static PdfFormField kid(RadioCheckField field) throws IOException {
        try {
            return field.getKidField();
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    private static PdfFormField full(RadioCheckField field) throws IOException {
        try {
            return field.getFullField();
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    private static String label(Item item, String value) {
        return item.choices().stream().filter(o -> o.value().equals(value)).map(o -> o.label()).findFirst().orElse(value);
    }

    /** A text field over a slot: the name, group and date lines, and the writing lines of text items. */
    private static void text(PdfWriter writer, Instrument instrument, Words words, Geometry.Slot slot) throws IOException {
        if (slot.field().equals(Geometry.Slot.RUNNING)) {
            return;
        }
        Item item = instrument.item(slot.field());
        TextField field = new TextField(writer, new Rectangle(slot.x(), slot.y(), slot.x() + slot.w(), slot.y() + slot.h()),
                slot.field());
        field.setFontSize(TEXT_SIZE);
        field.setBorderWidth(0f);
        if (item != null && item.type() == ItemType.TEXT) {
            field.setOptions(BaseField.MULTILINE);
            field.setAlternateFieldName(item.text());
        } else {
            field.setAlternateFieldName(switch (slot.field()) {
                case Geometry.Slot.RESPONDENT -> words.get("fillable.field.respondent");
                case Geometry.Slot.GROUP -> words.get("fillable.field.group");
                case Geometry.Slot.DATE -> words.get("fillable.field.date");
                default -> slot.field();
            });
        }
        try {
            writer.addAnnotation(field.getTextField());
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    /**
     * The calculated total over the sheet's drawn total box and the band beneath it, read-only, in
     * the AcroForm's calculation order total first, so the band follows the total.
     */
    private static void score(PdfWriter writer, Instrument instrument, Words words, Geometry.Page page,
                              Geometry.Sheet sheet) throws IOException {
        FillableScore.Place box = FillableScore.calculated(instrument) ? FillableScore.totalBox(page) : null;
        if (box == null) {
            return;
        }
        String what = instrument.scoring().method() == ScoringMethod.MEAN ? "fillable.field.average" : "fillable.field.total";
        PdfFormField total = calculated(writer, FillableScore.TOTAL, box, TOTAL_SIZE, Element.ALIGN_CENTER,
                words.get(what), FillableScore.totalScript(instrument));
        FillableScore.Place band = FillableScore.bandPlace(box, sheet.pages().get(0).slots().stream()
                .map(Geometry.Slot::x).min(Float::compare).orElse(box.x()));
        PdfFormField named = calculated(writer, FillableScore.BAND, band, BAND_SIZE, Element.ALIGN_LEFT,
                words.get("fillable.field.band"), FillableScore.bandScript(instrument, words));
        writer.addAnnotation(total);
        writer.addAnnotation(named);
        writer.addCalculationOrder(total);
        writer.addCalculationOrder(named);
    }

    private static PdfFormField calculated(PdfWriter writer, String name, FillableScore.Place at, float size, int align,
                                           String tooltip, String script) throws IOException {
        TextField field = new TextField(writer, new Rectangle(at.x(), at.y(), at.x() + at.w(), at.y() + at.h()), name);
        field.setFontSize(size);
        field.setBorderWidth(0f);
        field.setAlignment(align);
        field.setOptions(BaseField.READ_ONLY);
        field.setAlternateFieldName(tooltip);
        try {
            PdfFormField f = field.getTextField();
            f.setAdditionalActions(PdfName.C, PdfAction.javaScript(script, writer));
            return f;
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }
}
