package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SiteContent;

/** The Customer Service Creed poster, rendered on A3, A4 and Letter and read back from the PDF. */
class PosterRendererTest {
    private static final SiteContent CONTENT = P2Pdfs.standard();
    private static final Instrument CREED = CONTENT.instrument("creed");
    private static final Map<Paper, float[]> SIZES = Map.of(
            Paper.A3, new float[] {841.89f, 1190.55f},
            Paper.A4, new float[] {595.28f, 841.89f},
            Paper.LETTER, new float[] {612f, 792f});
    private static final float MARGIN = 18;

    private static byte[] render(Instrument poster, Paper paper) {
        return PosterRenderer.render(poster, CONTENT.site(), paper);
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void isOnePageOfThePapersSizePortrait(Paper paper) {
        List<PDRectangle> pages = P2Pdfs.pageSizes(render(CREED, paper));
        assertEquals(1, pages.size());
        assertEquals(SIZES.get(paper)[0], pages.get(0).getWidth(), 0.5);
        assertEquals(SIZES.get(paper)[1], pages.get(0).getHeight(), 0.5);
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void readsOrganisationTitleIntroNumberedStatementsClosingAndCreditInOrder(Paper paper) {
        String text = P2Pdfs.text(render(CREED, paper));
        // Issue 12: the book's intro (addressed to managers) is no longer printed; the subtitle is (PosterDesignTest).
        List<String> expected = new ArrayList<>(List.of("Your Organisation", "Customer Service Creed", CREED.subtitle()));
        List<Item> items = CREED.items();
        assertEquals(10, items.size());
        IntStream.range(0, items.size()).forEach(i -> expected.add((i + 1) + " " + items.get(i).text()));
        expected.add("When the customer wins, you also win!");
        expected.add("Source: The Best of the Monday Morning Marketing Memo by Steven Howard.");
        assertEquals(String.join(" ", expected), text);
        assertTrue(text.contains("8 Let the customer win. Then you both win."), text);
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void keepsEveryGlyphAtLeast18PointsInsideThePage(Paper paper) {
        assertInside(render(CREED, paper), paper);
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void fillsThePageWithoutLargeHoles(Paper paper) {
        List<Float> baselines = P2Pdfs.glyphs(render(CREED, paper)).stream()
                .map(TextPosition::getYDirAdj).distinct().sorted().toList();
        float height = SIZES.get(paper)[1];
        assertTrue(baselines.get(0) < 0.16f * height, "text starts near the top: " + baselines.get(0));
        assertTrue(baselines.get(baselines.size() - 1) > 0.9f * height, "the credit sits near the foot");
        for (int i = 1; i < baselines.size(); i++) {
            float gap = baselines.get(i) - baselines.get(i - 1);
            assertTrue(gap < 0.09f * height, "a gap of " + gap + " pt before line " + i + " on " + paper);
        }
    }

    @Test
    void scalesTheTypeWithThePaper() {
        float a4 = statementSize(render(CREED, Paper.A4));
        float a3 = statementSize(render(CREED, Paper.A3));
        float letter = statementSize(render(CREED, Paper.LETTER));
        assertTrue(a4 >= 10 && a4 <= 16, "A4 body size " + a4);
        assertEquals(Math.sqrt(2), a3 / a4, 0.12, "A3 is A4 scaled by √2, and so is its type");
        assertTrue(letter > 0.85f * a4 && letter <= a4, "Letter is a little shorter than A4: " + letter);
    }

    @Test
    void emphasisesTheClosingLineAndSetsHeadingsBold() {
        List<TextPosition> glyphs = P2Pdfs.glyphs(render(CREED, Paper.A4));
        float body = statementSize(render(CREED, Paper.A4));
        TextPosition closing = glyphOf(glyphs, "!");
        assertTrue(closing.getFont().getName().contains("Bold"), closing.getFont().getName());
        assertTrue(closing.getFontSizeInPt() > 1.4f * body, "closing " + closing.getFontSizeInPt() + " vs " + body);
        TextPosition title = glyphOf(glyphs, "C");
        assertTrue(title.getFont().getName().contains("Bold") && title.getFontSizeInPt() > 1.8f * body);
        TextPosition credit = glyphs.get(glyphs.size() - 1);
        assertTrue(credit.getFontSizeInPt() < 0.8f * body, "the credit is small");
    }

    @Test
    void printsInThePostersColours() {
        BufferedImage image = P2Pdfs.raster(render(CREED, Paper.A4));
        assertTrue(pixels(image, 0x0b5cad) > 5000, "blue discs, title, frame and closing");
        assertTrue(pixels(image, 0xb44d12) > 300, "warm organisation name and ornament");
        assertTrue(pixels(image, 0x1d2733) > 3000, "ink statements");
    }

    @Test
    void shrinksAPosterWithManyStatementsToFitOnePage() {
        String sentence = "Statement number %d says something long enough to wrap across a line or two on any paper, "
                + "so that forty of them cannot possibly fit at the creed's size.";
        List<Item> many = IntStream.rangeClosed(1, 40).mapToObj(i -> new Item("s" + i, ItemType.STATEMENT,
                sentence.formatted(i), false, null, List.of(), 3, null)).toList();
        Instrument crowded = P2Pdfs.withItems(CREED, many);
        for (Paper paper : Paper.values()) {
            byte[] pdf = render(crowded, paper);
            assertEquals(1, P2Pdfs.pageSizes(pdf).size());
            String text = P2Pdfs.text(pdf);
            int at = 0;
            for (int i = 1; i <= 40; i++) {
                at = text.indexOf(i + " " + sentence.formatted(i), at);
                assertTrue(at >= 0, "statement " + i + " on " + paper);
            }
            assertTrue(text.endsWith("When the customer wins, you also win! "
                    + "Source: The Best of the Monday Morning Marketing Memo by Steven Howard."));
            assertInside(pdf, paper);
            assertTrue(statementSize(pdf) < statementSize(render(CREED, paper)));
        }
    }

    @Test
    void rendersTheSameBytesTwice() {
        for (Paper paper : Paper.values()) {
            assertArrayEquals(render(CREED, paper), render(CREED, paper), paper.label());
        }
    }

    private static void assertInside(byte[] pdf, Paper paper) {
        float w = SIZES.get(paper)[0];
        float h = SIZES.get(paper)[1];
        List<TextPosition> glyphs = P2Pdfs.glyphs(pdf);
        assertTrue(glyphs.size() > 100);
        for (TextPosition g : glyphs) {
            String where = "\"" + g.getUnicode() + "\" at " + g.getXDirAdj() + "," + g.getYDirAdj() + " on " + paper;
            assertTrue(g.getXDirAdj() >= MARGIN && g.getXDirAdj() + g.getWidthDirAdj() <= w - MARGIN, where);
            assertTrue(g.getYDirAdj() - g.getFontSizeInPt() >= MARGIN, where);
            assertTrue(g.getYDirAdj() + 0.25f * g.getFontSizeInPt() <= h - MARGIN, where);
        }
    }

    /** The size of the statements' type: that of the first glyph after the first disc's "1". */
    private static float statementSize(byte[] pdf) {
        List<TextPosition> glyphs = P2Pdfs.glyphs(pdf);
        for (int i = 0; i < glyphs.size() - 1; i++) {
            if (glyphs.get(i).getUnicode().equals("1") && glyphs.get(i + 1).getUnicode().equals("S")
                    || glyphs.get(i).getUnicode().equals("1") && glyphs.get(i + 1).getUnicode().equals("E")) {
                return glyphs.get(i + 1).getFontSizeInPt();
            }
        }
        throw new AssertionError("no first statement found");
    }

    private static TextPosition glyphOf(List<TextPosition> glyphs, String unicode) {
        return glyphs.stream().filter(g -> g.getUnicode().equals(unicode)).findFirst().orElseThrow();
    }

    /** Pixels within a small distance of a colour; anti-aliased edges do not count. */
    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int d = Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) + Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff))
                        + Math.abs((p & 0xff) - (rgb & 0xff));
                n += d <= 12 ? 1 : 0;
            }
        }
        return n;
    }
}
