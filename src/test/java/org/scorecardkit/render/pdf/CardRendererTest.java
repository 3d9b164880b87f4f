package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Orientation;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.PrintHints;

/** NPS cards: one sheet of 1, 2, 4, 6 or 8 complete cards with crop marks, on A4 and Letter, read back. */
class CardRendererTest {
    private static final Instrument NPS = P2Pdfs.standard().instrument("nps");
    private static final String QUESTION = "How likely is it that you would recommend us to a friend or colleague?";
    private static final String BOXES = "0 1 2 3 4 5 6 7 8 9 10";

    static Stream<Arguments> sheets() {
        return Stream.of(Paper.A4, Paper.LETTER)
                .flatMap(p -> Stream.of(1, 2, 4, 6, 8).map(n -> Arguments.of(p, n)));
    }

    private static byte[] render(Paper paper, int perSheet) {
        return CardRenderer.render(P2Pdfs.withPrint(NPS, new PrintHints(null, Orientation.PORTRAIT, perSheet)), paper);
    }

    @ParameterizedTest
    @MethodSource("sheets")
    void printsOneSheetWithTheQuestionAndTheBoxesOnEveryCard(Paper paper, int perSheet) {
        byte[] pdf = render(paper, perSheet);
        List<PDRectangle> pages = P2Pdfs.pageSizes(pdf);
        assertEquals(1, pages.size());
        assertEquals(paper == Paper.A4 ? 595.28f : 612f, pages.get(0).getWidth(), 0.5);
        assertEquals(paper == Paper.A4 ? 841.89f : 792f, pages.get(0).getHeight(), 0.5);
        String text = P2Pdfs.text(pdf);
        assertEquals(perSheet, P2Pdfs.count(text, QUESTION), text);
        assertEquals(perSheet, P2Pdfs.count(text, BOXES), text);
    }

    @ParameterizedTest
    @MethodSource("sheets")
    void makesEachCardCompleteOnItsOwn(Paper paper, int perSheet) {
        List<Rectangle> cards = CardRenderer.cards(paper, perSheet);
        assertEquals(perSheet, cards.size());
        for (String card : P2Pdfs.textIn(render(paper, perSheet), cards)) {
            for (String part : List.of(QUESTION, BOXES, "not at all likely", "extremely likely",
                    "What is the main reason for your score?", "Would you recommend us?")) {
                assertEquals(1, P2Pdfs.count(card, part), "\"" + part + "\" in the card " + card);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sheets")
    void leavesMarginsAndGuttersWideEnoughToCutBetweenMarks(Paper paper, int perSheet) {
        List<Rectangle> cards = CardRenderer.cards(paper, perSheet);
        float outside = CardRenderer.MARK_GAP + CardRenderer.MARK_LENGTH;
        for (Rectangle a : cards) {
            assertTrue(a.getLeft() >= outside + 12 && a.getBottom() >= outside + 12, "room for marks and the printer's edge");
            assertTrue(a.getRight() <= paper.widthPt() - outside - 12 && a.getTop() <= paper.heightPt() - outside - 12);
            assertTrue(a.getWidth() > 200 && a.getHeight() > 140, "a card big enough to write on: " + a);
            for (Rectangle b : cards) {
                boolean apart = b.getLeft() >= a.getRight() + 2 * outside + 2 || a.getLeft() >= b.getRight() + 2 * outside + 2
                        || b.getBottom() >= a.getTop() + 2 * outside + 2 || a.getBottom() >= b.getTop() + 2 * outside + 2;
                assertTrue(a == b || apart, "cards " + a + " and " + b + " leave room for both cards' marks");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sheets")
    void drawsCropMarksAtEveryCornerAndNothingInTheGuttersMiddle(Paper paper, int perSheet) {
        BufferedImage image = P2Pdfs.raster(render(paper, perSheet));
        float h = paper.heightPt();
        float mid = CardRenderer.MARK_GAP + CardRenderer.MARK_LENGTH / 2;
        List<Rectangle> cards = CardRenderer.cards(paper, perSheet);
        for (Rectangle r : cards) {
            for (float x : new float[] {r.getLeft(), r.getRight()}) {
                for (float y : new float[] {r.getBottom(), r.getTop()}) {
                    float dx = x == r.getLeft() ? -1 : 1;
                    float dy = y == r.getBottom() ? -1 : 1;
                    String at = "corner " + x + "," + y + " of " + perSheet + " on " + paper;
                    assertTrue(P2Pdfs.darkest(image, h, x + dx * mid, y) < 110, "horizontal mark at " + at);
                    assertTrue(P2Pdfs.darkest(image, h, x, y + dy * mid) < 110, "vertical mark at " + at);
                    assertTrue(P2Pdfs.darkest(image, h, x, y) > 240, "the corner itself stays clear at " + at);
                    assertTrue(P2Pdfs.darkest(image, h, x - dx * 3, y - dy * 3) > 240, "no mark inside the card at " + at);
                }
            }
        }
        int[] grid = CardRenderer.grid(perSheet);
        if (grid[0] == 2) {
            float x = (cards.get(0).getRight() + cards.get(1).getLeft()) / 2;
            for (float y = 0; y < h; y += 1) {
                assertTrue(P2Pdfs.darkest(image, h, x, y) > 240, "vertical gutter's middle at y " + y);
            }
        }
        for (int row = 1; row < grid[1]; row++) {
            float y = (cards.get((row - 1) * grid[0]).getBottom() + cards.get(row * grid[0]).getTop()) / 2;
            for (float x = 0; x < paper.widthPt(); x += 1) {
                assertTrue(P2Pdfs.darkest(image, h, x, y) > 240, "horizontal gutter's middle at x " + x);
            }
        }
    }

    @Test
    void usesTheInstrumentsCardsPerSheet() {
        assertEquals(4, NPS.print().cardsPerSheet());
        assertEquals(4, P2Pdfs.count(P2Pdfs.text(CardRenderer.render(NPS, Paper.A4)), QUESTION));
        assertEquals(List.of(2, 2), List.of(CardRenderer.grid(4)[0], CardRenderer.grid(4)[1]), "4 cards make a 2×2 grid");
    }

    @Test
    void rendersTheSameBytesTwice() {
        assertArrayEquals(CardRenderer.render(NPS, Paper.A4), CardRenderer.render(NPS, Paper.A4));
        assertArrayEquals(render(Paper.LETTER, 8), render(Paper.LETTER, 8));
    }
}
