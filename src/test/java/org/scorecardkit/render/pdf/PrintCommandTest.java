package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scorecardkit.ConsoleCapture;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.cli.Main;

/** {@code scorecard print}: exit codes, the summary line, the errors, and the file it writes. */
class PrintCommandTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    private Path people(String csv) throws Exception {
        Path f = tmp.resolve("people.csv");
        Files.writeString(f, csv);
        return f;
    }

    private int print(String... args) {
        List<String> all = new ArrayList<>(List.of("print"));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new));
    }

    @Test
    void printsOneSheetPerParticipantAndASummaryLine() throws Exception {
        Path csv = people("name,group\nAnna,A\nBen,B\nChloé,C\n");
        Path pdf = tmp.resolve("out/sheets.pdf");

        int exit = print("seven-cs", "--participants", csv.toString(), "--paper", "letter", "--out", pdf.toString());

        assertEquals(0, exit, console.err());
        String summary = console.out().strip();
        assertTrue(summary.matches("Wrote 3 sheets \\((\\d+) pages\\) for seven-cs to " + java.util.regex.Pattern.quote(pdf.toString())
                + " and their serials to " + java.util.regex.Pattern.quote(tmp.resolve("out/sheets.manifest.csv").toString())
                + " in \\d+\\.\\d\\d s"), summary);
        try (PDDocument doc = SheetPdfs.open(Files.readAllBytes(pdf))) {
            assertEquals("Wrote 3 sheets (" + doc.getNumberOfPages() + " pages)", summary.substring(0, summary.indexOf(" for")));
            assertEquals(0, doc.getNumberOfPages() % 3);
            assertEquals(PDRectangle.LETTER.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 0.01f);
            assertTrue(SheetPdfs.text(doc, 1, 1).contains("Anna"));
        }
        try (var files = Files.list(pdf.getParent())) {
            assertEquals(List.of(tmp.resolve("out/sheets.manifest.csv"), pdf), files.sorted().toList(),
                    "the PDF and its manifest, no temporary file left behind");
        }
    }

    @Test
    void namesInAnyScriptArePrintedWithTheFallbackFontWhereDejaVuHasNoGlyph() throws Exception {
        Path csv = people("name,group\n李明,北京\nŁukasz,Ελένη\n");
        Path pdf = tmp.resolve("sheets.pdf");

        assertEquals(0, print("nps", "--participants", csv.toString(), "--out", pdf.toString()), console.err());

        try (PDDocument doc = SheetPdfs.open(Files.readAllBytes(pdf))) {
            int perSheet = doc.getNumberOfPages() / 2;
            String first = SheetPdfs.text(doc, 1, 1);
            assertTrue(first.contains("李明") && first.contains("北京"), "the Chinese name and group, not blanks:\n" + first);
            String second = SheetPdfs.text(doc, perSheet + 1, perSheet + 1);
            assertTrue(second.contains("Łukasz") && second.contains("Ελένη"), second);
        }
    }

    @Test
    void aBadParticipantsFileExitsOneWithTheRowAndWritesNothing() throws Exception {
        Path csv = people("name,group\nAnna,A\n,B\n");
        Path pdf = tmp.resolve("sheets.pdf");

        assertEquals(1, print("skillset", "--participants", csv.toString(), "--out", pdf.toString()));

        assertEquals(csv + ": row 3: no name; fill in the name column, or delete the row" + System.lineSeparator(),
                console.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void anEmptyParticipantsFileExitsOne() throws Exception {
        Path csv = people("name,group\n");
        assertEquals(1, print("skillset", "--participants", csv.toString(), "--out", tmp.resolve("x.pdf").toString()));
        assertTrue(console.err().startsWith(csv + " has no participants;"), console.err());
    }

    @Test
    void invalidContentIsReportedLikeValidateAndExitsOne() throws Exception {
        Path content = org.scorecardkit.load.TestSite.copyOfBase(tmp)
                .with("instruments/one.yaml", "id: one\nversion: 1\ntitle: One\nkind: survey\ndescription: d\nitems:\n  - id: a\n    type: ratng\n    text: A\n")
                .dir();
        Path csv = people("name\nAnna\n");

        assertEquals(1, print("one", "--participants", csv.toString(), "--content", content.toString()));

        String e = console.err();
        assertTrue(e.contains(content.resolve("instruments/one.yaml") + ":8:11: unknown item type \"ratng\""), e);
        assertTrue(e.contains("1 problem in " + content), e);
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Path csv = people("name\nAnna\n");
        assertEquals(2, print("skillset"));
        assertEquals(2, print("skillset", "--participants", csv.toString(), "--paper", "a5"));
        assertTrue(console.err().contains("--paper must be one of a4, letter, a3, not \"a5\""));
        assertEquals(2, print("nosuch", "--participants", csv.toString()));
        assertTrue(console.err().contains(
                "no instrument \"nosuch\" in content; instruments with answer sheets: skillset, attributes, seven-cs, bad-news, nps, complaint"));
        assertEquals(2, print("creed", "--participants", csv.toString()));
        assertTrue(console.err().contains("\"creed\" is a poster and has no answer sheet"));
    }

    @Test
    void withoutOutTheFileGoesToTheCurrentFolderNamedAfterTheInstrument() throws Exception {
        Path csv = people("name\nAnna\n");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "print", "nps",
                "--participants", csv.toString(), "--content", Path.of("content").toAbsolutePath().toString());
        Process p = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.startsWith("Wrote 1 sheet (1 page) for nps to nps-sheets.pdf and their serials to nps-sheets.manifest.csv in "), output);
        assertTrue(Files.size(tmp.resolve("nps-sheets.pdf")) > 1000);
    }
}
