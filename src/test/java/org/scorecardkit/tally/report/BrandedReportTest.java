package org.scorecardkit.tally.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.TestFiles;
import org.scorecardkit.cli.Main;

/**
 * The tally's report.html and report.pdf of a branded site (src/test/resources/brand12/site): the logo at the
 * top (embedded, the report stays one file), the brand's primary colour for headings and the score bars; a site
 * without a brand keeps the report's own look.
 */
class BrandedReportTest {
    static final Path FIXTURE = Path.of("src/test/resources/brand12/site");
    static final String RESPONSES = "respondent,group,date,first,second\nr1,,,1,2\nr2,,,4,5\nr3,,,5,5\nr4,,,3,4\n";
    /** The fixture logo's square, and the brand's primary colour. */
    static final int MAGENTA = 0xe6007e;
    static final int PRIMARY = 0x7a1f5c;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    /** Tallies the fixture's instrument, with site.yaml as given (or the fixture's when null), into tmp/report. */
    private Path tally(String siteYaml) throws IOException {
        Path content = TestFiles.copyTree(FIXTURE, tmp.resolve("content"));
        if (siteYaml != null) {
            Files.writeString(content.resolve("site.yaml"), siteYaml);
        }
        Path answers = Files.writeString(tmp.resolve("answers.csv"), RESPONSES);
        Path out = tmp.resolve("report");
        assertEquals(0, Main.run("tally", "one", answers.toString(), "--content", content.toString(), "--out", out.toString()),
                console.err());
        return out;
    }

    @Test
    void theHtmlReportShowsTheLogoAndTheColour() throws IOException {
        Path out = tally(null);
        String html = Files.readString(out.resolve("report.html"));
        Element logo = Jsoup.parse(html).selectFirst("header#top img.logo");
        assertTrue(logo != null, "a logo at the top");
        String src = logo.attr("src");
        assertTrue(src.startsWith("data:image/svg+xml;base64,"), "embedded, so the report works opened from disk: " + src);
        byte[] bytes = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
        assertEquals(Files.readString(FIXTURE.resolve("brand/logo.svg")), new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(html.contains("--brand: #7a1f5c;"), "the bars take the primary colour");
        assertTrue(html.contains("--heading: #7a1f5c;"), "and the headings");
        assertTrue(html.contains(".fill { fill: var(--brand); }"));
    }

    @Test
    void thePdfReportShowsTheLogoAndTheColour() throws IOException {
        Path out = tally(null);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            BufferedImage page = new PDFRenderer(pdf).renderImage(0, 1);
            // The logo sits at the top-left, inside the 48-point margins, 40 points tall.
            assertTrue(count(page, MAGENTA, 40, 40, 120, 100) > 200, "the logo's magenta square at the top");
            assertTrue(count(page, PRIMARY, 0, 0, page.getWidth(), page.getHeight()) > 300, "the headings and bars in the brand's colour");
        }
    }

    @Test
    void aPngLogoIsEmbeddedToo() throws IOException {
        Path out = tally("title: Acme Care\norganisation: Acme Ltd\nbrand:\n  logo: brand/logo.png\n");
        assertTrue(Files.readString(out.resolve("report.html")).contains("src=\"data:image/png;base64,"));
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            BufferedImage page = new PDFRenderer(pdf).renderImage(0, 1);
            assertTrue(count(page, MAGENTA, 40, 40, 120, 100) > 200, "the PNG's magenta half at the top");
            assertEquals(0, count(page, PRIMARY, 0, 0, page.getWidth(), page.getHeight()), "no brand colour was set");
        }
    }

    @Test
    void withoutABrandTheReportKeepsItsOwnLook() throws IOException {
        Path out = tally("title: Acme Care\norganisation: Acme Ltd\n");
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("class=\"logo\""), "no logo");
        assertTrue(html.contains("--brand: " + ReportLook.OWN_COLOUR + ";"));
        assertTrue(html.contains("--heading: #1b1f24;"), "headings in the text's colour");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            BufferedImage page = new PDFRenderer(pdf).renderImage(0, 1);
            assertEquals(0, count(page, MAGENTA, 0, 0, page.getWidth(), page.getHeight()));
        }
    }

    @Test
    void theBrandedReportIsTheSameBytesEachTime() throws IOException {
        byte[] first = Files.readAllBytes(tally(null).resolve("report.pdf"));
        byte[] html = Files.readAllBytes(tmp.resolve("report/report.html"));
        Path again = tmp.resolve("again");
        Files.createDirectories(again);
        assertEquals(0, Main.run("tally", "one", tmp.resolve("answers.csv").toString(), "--content", tmp.resolve("content").toString(),
                "--out", again.resolve("report").toString()), console.err());
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(again.resolve("report/report.pdf"))));
        assertTrue(java.util.Arrays.equals(html, Files.readAllBytes(again.resolve("report/report.html"))));
    }

    /** Pixels within a few levels of a colour in a rectangle of the page (pixels at 72 dpi = points). */
    static int count(BufferedImage page, int rgb, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(page.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(page.getWidth(), x1); x++) {
                int p = page.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) < 10 && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) < 10
                        && Math.abs((p & 0xff) - (rgb & 0xff)) < 10) {
                    n++;
                }
            }
        }
        return n;
    }
}
