package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Margin;
import com.microsoft.playwright.options.Media;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Printing a blank form from the browser (Chromium's print to PDF, as a trainer would before a
 * session): how many A4 and Letter pages each form takes, and that the date the page fills in on
 * screen for convenience never reaches paper. The PDFs are written to target/print for review.
 */
class BrowserPrintTest {
    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.standardContent();

    static final Path PRINTED = Path.of("target/print");

    /** Chromium's print dialog's "Default" margins (0.4 in), which page.pdf() would otherwise leave at 0. */
    private static final Margin DEFAULT_MARGINS = new Margin().setTop("0.4in").setBottom("0.4in").setLeft("0.4in").setRight("0.4in");

    /** Prints the form page as Chromium's print does (print media, default margins) and keeps the PDF. */
    private static byte[] print(Page page, String id, String paper) throws IOException {
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat(paper).setMargin(DEFAULT_MARGINS));
        Files.createDirectories(PRINTED);
        Files.write(PRINTED.resolve(id + "-" + paper + ".pdf"), pdf);
        return pdf;
    }

    private static Page openForm(String id) {
        Page page = SITE.open(id + "/index.html");
        page.waitForFunction("() => document.getElementById('response-form').noValidate");   // the script has run
        return page;
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static void assertPages(String id, int a4, int letter) throws IOException {
        Page page = openForm(id);
        assertEquals(a4, pages(print(page, id, "A4")), id + " printed on A4");
        assertEquals(letter, pages(print(page, id, "Letter")), id + " printed on Letter");
    }

    @Test
    void theSkillsetFormPrintsOnOneA4AndOneLetterPageWithEveryItemAndField() throws IOException {
        assertPages("skillset", 1, 1);

        String printed = text(Files.readAllBytes(PRINTED.resolve("skillset-A4.pdf")));
        for (String words : new String[] {"Your name", "Group or team", "Date", "12."}) {
            assertTrue(printed.contains(words), "the printed skillset form shows \"" + words + "\":\n" + printed);
        }
        assertFalse(printed.contains("See my scorecard"), "no button on paper");
    }

    @Test
    void noDateIsFilledInSoThePrintedFormLeavesItForThePen() throws IOException {
        Page page = openForm("skillset");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertEquals("", page.locator("#f-date").inputValue(), "in print emulation the date field is empty");

        String printed = text(print(page, "skillset-date", "A4"));
        int year = LocalDate.now().getYear();
        assertFalse(printed.contains(String.valueOf(year)), "the printed form carries no date (" + year + "):\n" + printed);
        assertTrue(printed.contains("Date"), "the date field's label prints, for the pen");
    }

    @Test
    void aDateTheRespondentTypedIsPrinted() throws IOException {
        Page page = openForm("skillset");
        page.locator("#f-date").fill("2025-03-04");

        String printed = text(print(page, "skillset-typed-date", "A4"));
        assertTrue(printed.contains("2025"), "the date the respondent chose prints:\n" + printed);
    }

    @Test
    void theSevenCsFormPrintsOnThreePages() throws IOException {
        assertPages("seven-cs", 3, 3);
    }

    @Test
    void theNpsFormPrintsOnOnePage() throws IOException {
        assertPages("nps", 1, 1);
    }
}
