package org.scorecardkit.tally.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.cli.Main;

/**
 * report.pdf as `scorecard tally … --out` writes it beside report.html, read back as text: the same
 * top (organisation, instrument, workshop, n, dates), the same findings, the same groups' NPS against
 * the rest, alpha's Feldt interval, alpha if dropped and item–rest, the paired change intervals, the
 * short labels, each statistic's note and the methods; every expected text is taken from the HTML or
 * worked by hand, never from the PDF itself.
 */
class PdfSaysWhatHtmlSaysTest {
    private static final Path DIR = Path.of("src/test/resources/report");

    @TempDir
    Path tmp;

    /** The two reports of one tally. */
    private record Reports(Document html, String pdf, List<String> pdfPages) {
        /** The PDF's text with every run of white space as one space, as a line wrapped in a cell or a paragraph reads. */
        String flat() {
            return pdf.replaceAll("\\s+", " ");
        }
    }

    private Reports tally(String... args) throws IOException {
        Path out = tmp.resolve("out");
        List<String> all = new ArrayList<>(List.of("tally"));
        all.addAll(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        assertEquals(0, Main.run(all.toArray(new String[0])));
        byte[] pdf = Files.readAllBytes(out.resolve("report.pdf"));
        return new Reports(Jsoup.parse(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8)), PdfLines.text(pdf),
                PdfLines.pages(pdf));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void theTopIsTheHtmlsTopAndTheFindingsFollowIt() throws IOException {
        Reports r = tally("pair", DIR.resolve("after.csv").toString(), "--title", "Front desk training, day 2",
                "--content", DIR.resolve("content").toString());

        List<String> lines = r.pdfPages().get(0).lines().map(String::strip).toList();
        assertEquals("Harbour & <Co>", lines.get(0), "site.yaml's organisation, first");
        assertEquals("Pair", lines.get(1), "the instrument's title");
        assertEquals("Front desk training, day 2", lines.get(2), "the --title");
        assertEquals(r.html().selectFirst("header .sub").text(), lines.get(3), "n and the dates, as the HTML's header writes them");
        assertEquals("n 5 · 1 November 2026 to 2 November 2026", lines.get(3), "the dates of after.csv");
        assertEquals("Findings", lines.get(4), "the findings before any other section");

        List<Element> findings = r.html().select("#findings article");
        assertEquals(3, findings.size());
        String flat = r.flat();
        for (Element f : findings) {
            assertTrue(flat.contains(flat(f.selectFirst("h3").text())), "the finding's title: " + f.selectFirst("h3").text());
            for (Element point : f.select("li")) {
                assertTrue(flat.contains("• " + flat(point.text())), "the finding's point in plain words: " + point.text() + "\n" + flat);
            }
        }
        assertTrue(flat.indexOf("Rows read and rejected") > flat.indexOf("How the numbers are made"), "the accounting comes last");
    }

    @Test
    void shortLabelsAndThePairedChangeWithItsIntervalAndNote() throws IOException {
        Reports r = tally("pair", "--before", DIR.resolve("before.csv").toString(), "--after", DIR.resolve("after.csv").toString(),
                "--content", DIR.resolve("content").toString());
        String flat = r.flat();

        assertTrue(flat.contains("1. Greeting by name"), "greet's short: label");
        assertTrue(flat.contains("3. Following up"), "follow-up's short: label");
        assertFalse(flat.contains("by name when I know it"), "the wording a short label stands for is not printed");
        assertTrue(flat.contains("2. I listen to the end before I answer."), "an item without short: by its wording");
        assertTrue(flat.contains("4. I stay calm with an angry customer."), "Markdown as the words it shows");

        // Each row of the HTML's change table, interval included, is a row of the PDF's.
        List<Element> rows = r.html().select("#comparison tbody tr");
        assertFalse(rows.isEmpty());
        assertTrue(flat.contains("95% interval"));
        for (Element row : rows) {
            assertTrue(flat.contains(flat(String.join(" ", row.select("td").eachText()))), "the change row " + row.text() + "\n" + flat);
        }
        // greet: before 2, 3, 1, 2 and after 4, 4, 3, 3 over 4 pairs: differences 2, 1, 2, 1, mean 1.5,
        // sd 0.577, t(0.975, 3) = 3.182: 1.5 ± 0.92 = 0.58 to 2.42.
        assertTrue(flat.contains("1. Greeting by name 4 2.00 3.50 +1.50 +0.58 to +2.42"), flat);
        assertTrue(flat.contains("an interval clear of 0 points to a real change."), "the change note");
        assertTrue(flat.contains("t interval on the paired differences"), "the change's method");
    }

    @Test
    void eachGroupsNpsAgainstTheRestAndWhichAreClearOfZero() throws IOException {
        Reports r = tally("nps", DIR.resolve("nps-40.csv").toString(), "--by", "group", "--content", "content");
        String flat = r.flat();

        assertTrue(flat.contains("group n NPS 95% interval vs rest (95% interval) Clear of 0"), flat);
        for (Element row : r.html().select("#groups tbody tr")) {
            List<String> cells = row.select("td").eachText();
            String key = cells.get(0).replace(" small n", " (small n)");
            String vsRest = cells.get(cells.size() - 1);
            assertTrue(flat.contains(key + " " + String.join(" ", cells.subList(1, cells.size() - 1)) + " " + vsRest),
                    "the group's row as the HTML has it: " + cells + "\n" + flat);
        }
        // Worked from the HTML's intervals: a difference is clear of zero when its interval does not include 0.
        for (Element row : r.html().select("#groups tbody tr")) {
            List<String> cells = row.select("td").eachText();
            String vsRest = cells.get(cells.size() - 1);
            String interval = vsRest.substring(vsRest.indexOf('(') + 1, vsRest.length() - 1);
            String[] ends = interval.split(" to ");
            double low = Double.parseDouble(ends[0].replace('\u2212', '-'));
            double high = Double.parseDouble(ends[1].replace('\u2212', '-'));
            String clear = low > 0 || high < 0 ? "yes" : "no";
            assertTrue(flat.contains(vsRest + " " + clear), cells.get(0) + " clear of 0: " + clear);
        }
        assertTrue(flat.contains(flat(r.html().selectFirst("#nps p.note").text())), "what the NPS interval means");
        assertTrue(flat.contains("NPS points (95% interval"), "the vs-rest note");
        assertTrue(flat.contains("MeasuringU’s comparison of two NPS"), "the vs-rest method");
        assertTrue(flat.contains("adjusted-Wald method (Rocks 2016)"), "the interval's method");
    }

    @Test
    void alphaWithItsFeldtIntervalAndTheTableOfItems() throws IOException {
        Reports r = tally("skillset", DIR.resolve("skillset-30.csv").toString(), "--content", "content");
        String flat = r.flat();

        List<String> facts = r.html().select("#alpha dd").eachText();
        List<String> labels = r.html().select("#alpha dt").eachText();
        assertEquals("95% interval (Feldt)", labels.get(1));
        assertTrue(flat.contains("95% interval (Feldt) " + facts.get(1)), "the Feldt interval " + facts.get(1) + "\n" + flat);
        assertTrue(flat.contains(flat(r.html().selectFirst("#alpha p.note").text())), "alpha's note");
        assertTrue(flat.contains("Item Alpha if dropped Item–rest correlation"), flat);
        List<Element> rows = r.html().select("#alpha tbody tr");
        assertEquals(12, rows.size());
        for (Element row : rows) {
            assertTrue(flat.contains(flat(String.join(" ", row.select("td").eachText()))), "the alpha row " + row.text());
        }
        for (Element method : r.html().select("#method li")) {
            assertTrue(flat.contains(flat(method.text())), "the method " + method.text());
        }
    }
}
