package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.Site;
import org.scorecardkit.model.SiteContent;

/** The creed poster as designed per paper: reading-size body type, the YAML's subtitle, the organisation and logo. */
class PosterDesignTest {
    private static final SiteContent CONTENT = P2Pdfs.standard();
    private static final String SUBTITLE = "How we look after every customer, every day.";
    private static final String BOOK = "In order to develop strong customer retention strategies";
    private static final Instrument CREED = withSubtitle(CONTENT.instrument("creed"), SUBTITLE);
    private static final Site SITE = BrandedCardsTest.site("Harbour Café Ltd", null);

    static Instrument withSubtitle(Instrument i, String subtitle) {
        return new Instrument(i.id(), i.version(), i.title(), i.kind(), i.description(), i.language(), i.intro(),
                i.instructions(), i.closing(), i.credit(), i.scales(), i.sections(), i.scoring(), i.print(), subtitle,
                i.delivery(), i.sourceFile());
    }

    private static byte[] render(Paper paper) {
        byte[] pdf = PosterRenderer.render(CREED, SITE, paper);
        BrandedCardsTest.dump("poster-" + paper.name().toLowerCase() + ".pdf", pdf);
        return pdf;
    }

    /** The size of the statements' type in points (PDFBox: the font size times the text matrix's scale). */
    private static float bodySize(byte[] pdf, String statement) {
        String start = statement.substring(0, 20);
        List<TextPosition> glyphs = P2Pdfs.glyphs(pdf);
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.getUnicode()));
        int at = text.indexOf(start);
        assertTrue(at >= 0, "the statement \"" + start + "\" is on the poster");
        TextPosition g = glyphs.get(at + 5);
        return g.getFontSizeInPt();
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void isOnePageWithEveryStatementAtReadingSize(Paper paper) {
        byte[] pdf = render(paper);
        assertEquals(1, P2Pdfs.pageSizes(pdf).size());
        float least = paper == Paper.A3 ? 18.5f : paper == Paper.LETTER ? 13 : 14;
        for (var item : CREED.items()) {
            float size = bodySize(pdf, item.text());
            assertTrue(size >= least - 0.01f, item.id() + " at " + size + " pt on " + paper);
        }
    }

    @Test
    void a3IsSetInALargerTypeThanA4NotTheSameLayoutZoomed() {
        String first = CREED.items().get(0).text();
        float a4 = bodySize(render(Paper.A4), first);
        float a3 = bodySize(render(Paper.A3), first);
        float letter = bodySize(render(Paper.LETTER), first);
        assertTrue(a3 > a4 + 4, "A3 " + a3 + " against A4 " + a4);
        assertTrue(Math.abs(letter - a4) < 2.5f, "Letter " + letter + " like A4 " + a4);
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void showsTheYamlsSubtitleNotTheBooksSentenceAndKeepsTheCreditAndOrganisation(Paper paper) throws Exception {
        String text = P2Pdfs.text(render(paper));
        assertTrue(text.contains(SUBTITLE), text);
        assertFalse(text.contains(BOOK), text);
        assertTrue(text.contains("Harbour Café Ltd"), text);
        assertTrue(text.endsWith("Source: The Best of the Monday Morning Marketing Memo by Steven Howard."), text);
        try (PDDocument doc = P2Pdfs.open(render(paper))) {
            assertTrue(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "the logo is embedded");
        }
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void fitsOnThePageWithNoLinesOverprinting(Paper paper) {
        List<Float> baselines = P2Pdfs.glyphs(render(paper)).stream().map(TextPosition::getYDirAdj).distinct().sorted().toList();
        float height = P2Pdfs.pageSizes(render(paper)).get(0).getHeight();
        assertTrue(baselines.get(baselines.size() - 1) < height - 24, "the credit stays inside the frame");
        for (int i = 1; i < baselines.size(); i++) {
            assertTrue(baselines.get(i) - baselines.get(i - 1) > 5, "lines " + baselines.get(i - 1) + " and " + baselines.get(i) + " overprint");
        }
    }
}
