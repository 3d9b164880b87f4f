package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.cli.Main;

/** Text split by font, DejaVu first and the fallback second; what no font draws becomes □ and is reported, never dropped. */
class FontRunsTest {
    private static final BaseFont REGULAR = PdfFonts.get().regular();
    private static final BaseFont BOLD = PdfFonts.get().bold();

    @TempDir
    Path tmp;

    @Test
    void textDejaVuDrawsIsOneRunInDejaVu() {
        String text = "Zażółć Ελένη Мария 😀 – ok\ttab";
        assertTrue(FontRuns.simple(text, REGULAR));
        assertEquals(List.of(new FontRuns.Run(REGULAR, text)), FontRuns.runs(text, REGULAR, cp -> {
            throw new AssertionError("nothing is missing");
        }));
    }

    @Test
    void chineseGoesToTheFallbackAndBackToDejaVuAroundIt() {
        BaseFont fallback = PdfFonts.get().fallback();
        List<FontRuns.Run> runs = FontRuns.runs("Ann 李明 Łukasz", BOLD, FontRuns.Missing.IGNORE);
        assertEquals(List.of(new FontRuns.Run(BOLD, "Ann "), new FontRuns.Run(fallback, "李明 "), new FontRuns.Run(BOLD, "Łukasz")),
                runs, "a space stays in the run before it, whose font has one too: one font change fewer");
        float width = FontRuns.width("Ann 李明 Łukasz", BOLD, 10);
        assertEquals(BOLD.getWidthPoint("Ann ", 10) + fallback.getWidthPoint("李明 ", 10) + BOLD.getWidthPoint("Łukasz", 10), width, 0.001);
        assertTrue(fallback.getWidthPoint("李明", 10) > 15, "two ideographs are about two ems wide, not zero");
        assertTrue(PdfFonts.get().canDraw('李'));
    }

    @Test
    void aCharacterNoFontDrawsIsTheSubstituteAndReportedEachTime() {
        List<Integer> missing = new ArrayList<>();
        List<FontRuns.Run> runs = FontRuns.runs("Great 👍👍 李", REGULAR, missing::add);
        assertEquals(List.of(new FontRuns.Run(REGULAR, "Great □□ "), new FontRuns.Run(PdfFonts.get().fallback(), "李")), runs);
        assertEquals(List.of(0x1F44D, 0x1F44D), missing);
        assertFalse(PdfFonts.get().canDraw(0x1F44D));
    }

    @Test
    void invisibleCharactersStayForTheLayoutAndAreNotReported() {
        List<Integer> missing = new ArrayList<>();
        String text = "a\n李\u200d\ufe0f👍\tb";
        String joined = String.join("", FontRuns.runs(text, REGULAR, missing::add).stream().map(FontRuns.Run::text).toList());
        assertEquals("a\n李\u200d\ufe0f□\tb", joined, "line break, joiner and variation selector kept, the emoji substituted");
        assertEquals(List.of(0x1F44D), missing);
        assertTrue(PdfFonts.invisible('\t') && PdfFonts.invisible(0xFE0F) && PdfFonts.invisible(0x200D));
        assertFalse(PdfFonts.invisible('a') || PdfFonts.invisible(0x1F44D));
    }

    @Test
    void aPhraseInBoldGivesTheFallbackRunTheSizeAndASimulatedBold() {
        Font bold = new Font(BOLD, 11);
        Phrase phrase = FontRuns.phrase("Score 李", bold, FontRuns.Missing.IGNORE);
        assertEquals(2, phrase.getChunks().size());
        Font second = ((com.lowagie.text.Chunk) phrase.getChunks().get(1)).getFont();
        assertSame(PdfFonts.get().fallback(), second.getBaseFont());
        assertEquals(11, second.getSize(), 0.001);
        assertEquals(Font.BOLD, second.getStyle());
        assertEquals("Score 李", phrase.getContent());
    }

    /** The common build must not pay for the 4 MB fallback: a build of Latin content never loads it. */
    @Test
    void buildingContentThatDejaVuDrawsNeverLoadsTheFallback() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-verbose:class",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build",
                "--content", "content", "--out", tmp.resolve("site").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out.lines().filter(l -> !l.startsWith("[")).toList().toString());
        assertTrue(out.contains(PdfFonts.class.getName() + " "), "the fonts were loaded: the check looks at the right log");
        assertFalse(out.contains(PdfFonts.class.getName() + "$Fallback"), "the fallback font was loaded for Latin content");
    }
}
