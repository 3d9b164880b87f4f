package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.TestFiles;
import org.scorecardkit.cli.Main;
import org.scorecardkit.model.Paper;

/** The site's paper reaches every fillable PDF and {@code print} sheet unless an instrument sets its own; {@code --paper} takes every size. */
class SitePaperTest {
    private static final List<String> RESPONDING = List.of("skillset", "seven-cs", "nps");

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    /** The shipped content with {@code paper: letter} in site.yaml. */
    private Path letterSite() throws Exception {
        Path content = TestFiles.copyTree(Path.of("content"), tmp.resolve("content"));
        Path site = content.resolve("site.yaml");
        String text = Files.readString(site);
        assertTrue(text.contains("\npaper: a4\n"), text);
        // A hosted site, so the only warning left to see is the paper's (without base_url the cards warn too).
        Files.writeString(site, text.replace("\npaper: a4\n", "\npaper: letter\nbase_url: https://care.example.org/\n"));
        return content;
    }

    private Path people() throws Exception {
        return Files.writeString(tmp.resolve("people.csv"), "name,group\nAnna,A\n");
    }

    /**
     * Every page of the PDF is this paper, portrait; the customers' NPS form is its top half (A5 from A4,
     * half-letter from Letter, landscape), as it fits there.
     */
    private static void assertPaper(Paper paper, Path pdf) throws Exception {
        boolean half = pdf.getFileName().toString().startsWith("nps");
        try (PDDocument doc = SheetPdfs.open(Files.readAllBytes(pdf))) {
            assertTrue(doc.getNumberOfPages() > 0, pdf.toString());
            for (PDPage page : doc.getPages()) {
                assertEquals(paper.widthPt(), page.getMediaBox().getWidth(), 0.5f, pdf + " width");
                assertEquals(paper.heightPt() / (half ? 2 : 1), page.getMediaBox().getHeight(), 0.5f, pdf + " height");
            }
        }
    }

    private int print(Path content, String id, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("print", id, "--participants", people().toString(),
                "--content", content.toString(), "--out", tmp.resolve(id + ".pdf").toString()));
        args.addAll(List.of(more));
        return Main.run(args.toArray(String[]::new));
    }

    @Test
    void aLetterSitePrintsEveryFillablePdfAndEverySheetOnLetterWithoutAWarning() throws Exception {
        Path content = letterSite();
        Path site = tmp.resolve("site");

        assertEquals(0, Main.run("build", "--content", content.toString(), "--out", site.toString()), console.err());
        for (String id : RESPONDING) {
            assertPaper(Paper.LETTER, site.resolve(id + "/" + id + "-fillable.pdf"));
            assertEquals(0, print(content, id), console.err());
            assertPaper(Paper.LETTER, tmp.resolve(id + ".pdf"));
        }
        assertEquals("", console.err(), "the shipped content overrides nothing");
    }

    @Test
    void anInstrumentsOwnPaperIsKeptAndValidateAndBuildSayWhereAndHowToDropIt() throws Exception {
        Path content = letterSite();
        Path skillset = content.resolve("instruments/skillset.yaml");
        String text = Files.readString(skillset);
        Files.writeString(skillset, text + "print:\n  paper: a4\n");
        int line = (int) text.chars().filter(c -> c == '\n').count() + 2;
        String warning = skillset + ":" + line + ":10: warning: print paper a4 overrides the site's paper letter"
                + " (site.yaml) for this instrument's fillable PDF and printed sheets; delete \"paper: a4\" under"
                + " \"print:\" to follow the site, or keep it if this instrument must print on A4";

        assertEquals(0, Main.run("validate", content.toString()), console.err());
        assertEquals(warning + System.lineSeparator(), console.err());
        assertEquals(0, Main.run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString()));
        assertEquals(warning + System.lineSeparator() + warning + System.lineSeparator(), console.err(),
                "build warns once too");

        assertPaper(Paper.A4, tmp.resolve("site/skillset/skillset-fillable.pdf"));
        assertPaper(Paper.LETTER, tmp.resolve("site/nps/nps-fillable.pdf"));
        assertEquals(0, print(content, "skillset"), console.err());
        assertPaper(Paper.A4, tmp.resolve("skillset.pdf"));
    }

    @Test
    void printPaperA3GivesA3Pages() throws Exception {
        assertEquals(0, print(Path.of("content"), "seven-cs", "--paper", "a3"), console.err());
        assertPaper(Paper.A3, tmp.resolve("seven-cs.pdf"));
        assertEquals(0, print(Path.of("content"), "nps", "--paper", "A3"), console.err());
        assertPaper(Paper.A3, tmp.resolve("nps.pdf"));
    }

    @Test
    void aBadPaperIsOneLineListingEverySizeAndExitsTwo() throws Exception {
        assertEquals(2, print(Path.of("content"), "skillset", "--paper", "a5"));
        String first = console.err().lines().findFirst().orElse("");
        assertEquals("--paper must be one of a4, letter, a3, not \"a5\"", first);
        assertEquals(1, console.err().lines().filter(l -> l.contains("a5")).count(), console.err());
        assertTrue(Files.notExists(tmp.resolve("skillset.pdf")));
    }
}
