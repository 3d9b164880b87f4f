package org.scorecardkit.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.scorecardkit.load.SheetManifestReader;
import org.scorecardkit.render.pdf.Participants.Participant;
import org.scorecardkit.render.pdf.QrCode;
import org.scorecardkit.tally.report.RejectsCsv;

/**
 * The manifest of a personalised batch, written beside its PDF: one CSV row per sheet mapping the
 * serial printed on (and encoded in) its pages to the participant's name and group, so a scan can
 * fill in who returned each sheet. CSV, like the participants file it comes from, so a facilitator
 * can open it in a spreadsheet; cells that a spreadsheet would run as a formula are neutralised
 * like the kit's other CSVs. Same batch, same bytes.
 */
final class PrintManifest {
    static final String HEADER = String.join(",", SheetManifestReader.HEADER);

    private PrintManifest() {
    }

    /** The manifest's path for a batch PDF: {@code sheets.pdf} gives {@code sheets.manifest.csv}. */
    static Path of(Path pdf) {
        String name = pdf.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return pdf.resolveSibling(base + ".manifest.csv");
    }

    /** The manifest's bytes: serials 000001 on in participant order, as {@code SheetRenderer.batch} numbers them. */
    static byte[] csv(String instrument, String version, int pages, List<Participant> participants) {
        return csv(instrument, version, pages, participants, 1);
    }

    /** The manifest's bytes: serials {@code firstSerial} on in participant order. */
    static byte[] csv(String instrument, String version, int pages, List<Participant> participants, int firstSerial) {
        StringBuilder out = new StringBuilder(64 * (participants.size() + 1));
        out.append(HEADER).append("\r\n");
        String tail = "," + RejectsCsv.cell(instrument) + "," + RejectsCsv.cell(version) + "," + pages + "\r\n";
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            // The serial is six digits, never a formula: written as is, it stays the text the QR code carries.
            out.append(QrCode.serial(firstSerial + i)).append(',').append(RejectsCsv.cell(p.name())).append(',')
                    .append(RejectsCsv.cell(p.group())).append(tail);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
