package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.load.SheetManifestReader;
import org.scorecardkit.model.Paper;

/** {@code print --participants} writes a manifest beside its PDF: each serial as printed, with its name and group. */
class PrintManifestTest {
    private static final Pattern LABEL = Pattern.compile("Sheet (\\d{6}) · page (\\d+) of (\\d+)");

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    private Path people() throws Exception {
        Path f = tmp.resolve("people.csv");
        Files.writeString(f, "name,group\nAnna Smith,Team A\n\"=HYPERLINK(\"\"http://x\"\")\",B\n\"Smith, Ben\",@night\n");
        return f;
    }

    @Test
    void theManifestListsEveryParticipantWithTheSerialPrintedOnTheirPages() throws Exception {
        Path pdf = tmp.resolve("out/sheets.pdf");
        assertEquals(0, Main.run("print", "seven-cs", "--participants", people().toString(), "--paper", "letter",
                "--out", pdf.toString()), console.err());
        Path manifest = tmp.resolve("out/sheets.manifest.csv");
        String csv = Files.readString(manifest);
        assertEquals("serial,name,group,instrument,version,pages\r\n"
                + "000001,Anna Smith,Team A,seven-cs,1,2\r\n"
                + "000002,\"'=HYPERLINK(\"\"http://x\"\")\",B,seven-cs,1,2\r\n"
                + "000003,\"Smith, Ben\",'@night,seven-cs,1,2\r\n", csv, "formula cells neutralised, commas quoted");

        List<String> names = List.of("Anna Smith", "=HYPERLINK(\"http://x\")", "Smith, Ben");
        Geometry.Sheet sheet = SheetLayout.layout(content(), Paper.LETTER);
        try (PDDocument doc = SheetPdfs.open(Files.readAllBytes(pdf))) {
            assertEquals(6, doc.getNumberOfPages(), "the 7 Cs take two Letter pages");
            List<String> serials = new ArrayList<>();
            for (String row : csv.split("\r\n")) {
                serials.add(row.substring(0, row.indexOf(',')));
            }
            for (int s = 0; s < 3; s++) {
                String serial = serials.get(s + 1);
                assertTrue(SheetPdfs.text(doc, 2 * s + 1, 2 * s + 1).contains(names.get(s)), names.get(s));
                for (int k = 1; k <= 2; k++) {
                    Matcher m = LABEL.matcher(SheetPdfs.text(doc, 2 * s + k, 2 * s + k));
                    assertTrue(m.find(), "a serial line on page " + (2 * s + k));
                    assertEquals(List.of(serial, String.valueOf(k), "2"), List.of(m.group(1), m.group(2), m.group(3)));
                    assertFalse(m.find(), "one serial line per page");
                }
                String qr = SheetPdfs.qr(SheetPdfs.raster(doc, 2 * s), sheet.height(), sheet.pages().get(0).qr());
                assertEquals("SCK1|seven-cs|1|1|" + serial, qr, "the QR code carries the printed serial");
            }
        }
    }

    @Test
    void aSecondBatchPrintedFromAFirstSerialCarriesThoseSerialsInItsQrCodesLabelsAndManifest() throws Exception {
        Path pdf = tmp.resolve("second.pdf");
        assertEquals(0, Main.run("print", "skillset", "--participants", people().toString(), "--first-serial", "41",
                "--out", pdf.toString()), console.err());
        String csv = Files.readString(tmp.resolve("second.manifest.csv"));
        assertTrue(csv.startsWith("serial,name,group,instrument,version,pages\r\n000041,Anna Smith,"), csv);
        assertTrue(csv.contains("\r\n000043,\"Smith, Ben\","), csv);
        Geometry.Sheet sheet = SheetLayout.layout(SheetPdfs.content(SheetPdfs.STANDARD).instrument("skillset"), Paper.A4);
        try (PDDocument doc = SheetPdfs.open(Files.readAllBytes(pdf))) {
            assertTrue(SheetPdfs.text(doc, 3, 3).contains("Sheet 000043 · page 1 of 1"));
            assertEquals("SCK1|skillset|1|1|000042",
                    SheetPdfs.qr(SheetPdfs.raster(doc, 1), sheet.height(), sheet.pages().get(0).qr()));
        }
    }

    @Test
    void aFirstSerialThatWouldRunPastTheLastSerialIsOneLineAndNoFile() throws Exception {
        Path pdf = tmp.resolve("late.pdf");
        assertEquals(1, Main.run("print", "skillset", "--participants", people().toString(), "--first-serial", "999998",
                "--out", pdf.toString()));
        assertTrue(console.err().contains("3 participants from serial 999998 pass the last serial 999999"), console.err());
        assertFalse(Files.exists(pdf));
        assertEquals(2, Main.run("print", "skillset", "--participants", people().toString(), "--first-serial", "0",
                "--out", pdf.toString()));
        assertTrue(console.err().contains("--first-serial must be a whole number from 1 to 999999, not 0"), console.err());
    }

    private static org.scorecardkit.model.Instrument content() {
        return SheetPdfs.content(SheetPdfs.STANDARD).instrument("seven-cs");
    }

    @Test
    void theScannerReadsTheManifestBackToTheNamesAndGroupsAsPrinted() throws Exception {
        Path pdf = tmp.resolve("s.pdf");
        assertEquals(0, Main.run("print", "nps", "--participants", people().toString(), "--out", pdf.toString()), console.err());
        Map<String, SheetManifestReader.Entry> read = SheetManifestReader.read(tmp.resolve("s.manifest.csv"));
        assertEquals(List.of("000001", "000002", "000003"), List.copyOf(read.keySet()));
        assertEquals(new SheetManifestReader.Entry("000002", "=HYPERLINK(\"http://x\")", "B", "nps", "1", 1), read.get("000002"));
        assertEquals(new SheetManifestReader.Entry("000003", "Smith, Ben", "@night", "nps", "1", 1), read.get("000003"));

        Path twice = tmp.resolve("twice.manifest.csv");
        Files.writeString(twice, "serial,name,group,instrument,version,pages\r\n000001,A,,nps,1,1\r\n000001,B,,nps,1,1\r\n");
        var e = assertThrows(SheetManifestReader.Invalid.class, () -> SheetManifestReader.read(twice));
        assertEquals(twice + ": row 3: serial 000001 is listed twice; use the manifest as print --participants wrote it",
                e.getMessage());
        Path other = tmp.resolve("other.csv");
        Files.writeString(other, "name,group\nAnna,A\n");
        var e2 = assertThrows(SheetManifestReader.Invalid.class, () -> SheetManifestReader.read(other));
        assertTrue(e2.getMessage().startsWith(other + ": row 1: the header is \"name,group\", expected"), e2.getMessage());
    }

    @Test
    void theSameParticipantsGiveTheSameManifestBytes() throws Exception {
        Path people = people();
        assertEquals(0, Main.run("print", "skillset", "--participants", people.toString(), "--out", tmp.resolve("a.pdf").toString()));
        assertEquals(0, Main.run("print", "skillset", "--participants", people.toString(), "--out", tmp.resolve("b.PDF").toString()));
        byte[] first = Files.readAllBytes(tmp.resolve("a.manifest.csv"));
        assertEquals(new String(first), Files.readString(tmp.resolve("b.manifest.csv")));
        assertTrue(new String(first).startsWith("serial,name,group,instrument,version,pages\r\n000001,Anna Smith,Team A,skillset,"));
    }

    @Test
    void aBadParticipantsFileWritesNoManifest() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "name,group\nAnna,A\n,B\n");
        assertEquals(1, Main.run("print", "skillset", "--participants", bad.toString(), "--out", tmp.resolve("s.pdf").toString()));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(bad), files.toList(), "neither the PDF nor a manifest");
        }
    }
}
