package org.scorecardkit.tally.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;

/** An NPS tally by group with no response at all still writes its report (it failed on the missing first chart). */
class NpsNoGroupsTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    @Test
    void noResponsesByGroupGiveAReportWithAnEmptyBreakdown() throws IOException {
        Path answers = Files.writeString(tmp.resolve("none.csv"), "respondent,group,date,recommend,reason\n");
        Path out = tmp.resolve("report");
        assertEquals(0, Main.run("tally", "nps", answers.toString(), "--content", "src/test/resources/tally/content",
                "--by", "group", "--out", out.toString()), console.err());
        assertTrue(console.err().isEmpty() || !console.err().contains("Exception"), console.err());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("By group"));
        }
    }
}
