package org.scorecardkit.tally.read;

import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfFormField;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one filled fillable PDF (an AcroForm) as one named row: radio groups and text fields named
 * by item id, check boxes {@code <item id>__<value>} (checked unless "Off") joined into one answer,
 * the respondent, group and date fields, and the instrument and version from the Keywords entry
 * {@code SCK1|<id>|<version>} that the fillable renderer writes. Read-only fields (the viewer's
 * calculated total and band) are left out: they are no answers.
 */
public final class PdfResponses {
    private static final String CHECK_BOX = "__";
    private static final String KEYWORDS = "SCK1|";

    private PdfResponses() {
    }

    /** Reads the file into one batch handed to {@code sink}, an END batch. */
    public static void read(ResponseFile file, CellBatch batch, BatchSink sink) {
        ResponseFile f = file.withFormat(Format.PDF, (char) 0);
        CellBatch b = batch.reset(CellBatch.Kind.ROWS, f);
        try {
            Map<String, String> cells = cells(Files.readAllBytes(file.path()));
            if (cells == null) {
                // Only reached when no scan source takes the file: tally it with the instrument's scans instead.
                b.end("the PDF has no form fields; only filled fillable PDFs and scanned sheets can be tallied", 1);
            } else {
                b.startRow(1, raw(cells));
                cells.forEach((name, value) -> b.cell(value, name, true));
                b.end(null, 0);
            }
        } catch (IOException | RuntimeException e) {
            // OpenPDF reports a damaged file with runtime exceptions as well as IOExceptions.
            b.end("not readable as a PDF form: " + e.getMessage(), 1);
        }
        sink.accept(b);
    }

    /** The row's cells by name, in name order; null when the PDF has no form. */
    static Map<String, String> cells(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            AcroFields form = reader.getAcroFields();
            if (form == null || form.getAllFields().isEmpty()) {
                return null;
            }
            Map<String, String> cells = new TreeMap<>();
            for (String full : new TreeMap<>(form.getAllFields()).keySet()) {
                int type = form.getFieldType(full);
                if (type == AcroFields.FIELD_TYPE_PUSHBUTTON || type == AcroFields.FIELD_TYPE_SIGNATURE
                        || readOnly(form.getFieldItem(full))) {
                    continue;
                }
                add(cells, full.substring(full.lastIndexOf('.') + 1), form.getField(full));
            }
            keywords(cells, reader.getInfo().get("Keywords"));
            return cells;
        } finally {
            reader.close();
        }
    }

    /** A read-only field (the calculated total and band) holds what the viewer worked out, not an answer. */
    private static boolean readOnly(AcroFields.Item item) {
        PdfNumber flags = item == null || item.size() == 0 ? null : item.getMerged(0).getAsNumber(PdfName.FF);
        return flags != null && (flags.intValue() & PdfFormField.FF_READ_ONLY) != 0;
    }

    private static void add(Map<String, String> cells, String name, String value) {
        String v = value == null || value.equals("Off") ? "" : value;
        int box = name.indexOf(CHECK_BOX);
        if (box > 0) {
            // A check box's field name carries its option; its export value only says it is on.
            String id = "answers." + name.substring(0, box);
            String option = v.isEmpty() ? "" : name.substring(box + CHECK_BOX.length());
            String before = cells.getOrDefault(id, "");
            cells.put(id, option.isEmpty() ? before : before.isEmpty() ? option : before + ";" + option);
        } else if (name.equals("respondent") || name.equals("group") || name.equals("date")) {
            cells.put(name, v);
        } else {
            cells.put("answers." + name, v);
        }
    }

    private static void keywords(Map<String, String> cells, String keywords) {
        int at = keywords == null ? -1 : keywords.indexOf(KEYWORDS);
        if (at < 0) {
            return;
        }
        // "SCK1|<id>|<version>", possibly among other keywords after a comma or semicolon.
        String[] parts = keywords.substring(at + KEYWORDS.length()).split("[,;]", 2)[0].split("\\|", -1);
        if (parts.length >= 2) {
            cells.put("instrument", parts[0].strip());
            cells.put("version", parts[1].strip());
        }
    }

    /** The row as people read it: "item=value; ..." of the cells that hold something, "answers." left out. */
    static String raw(Map<String, String> cells) {
        StringBuilder s = new StringBuilder();
        cells.forEach((k, v) -> {
            if (!v.isEmpty()) {
                s.append(s.length() == 0 ? "" : "; ").append(k.replaceFirst("^answers\\.", "")).append('=').append(v);
            }
        });
        return s.toString();
    }
}
