package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.render.pdf.SheetRendererTest.assertInOrder;
import static org.scorecardkit.render.pdf.SheetRendererTest.blank;
import static org.scorecardkit.render.pdf.SheetRendererTest.standard;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.scorecardkit.model.Brand;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Logo;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.Section;
import org.scorecardkit.model.SheetGeometry;
import org.scorecardkit.model.Site;

/**
 * Issue 12, part 4: the printed sheets carry all their wording (intro, lead-ins, abbreviations
 * spelled out), a score box per checklist section, the 7 Cs on two pages with no orphan heading,
 * values readable beside filled circles, one instruction, and the organisation's logo and name.
 */
class SheetsSayEverythingTest {
    private static final List<Paper> PAPERS = List.of(Paper.A4, Paper.LETTER);

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;

    @Test
    void theIntroEachLeadInAndTheCcpExplanationArePrintedBeforeTheItemsTheyIntroduce() throws Exception {
        Instrument sevenCs = standard("seven-cs");
        for (Paper paper : PAPERS) {
            try (PDDocument doc = SheetPdfs.open(blank(sevenCs, paper))) {
                String text = SheetPdfs.text(doc);
                List<String> expected = new ArrayList<>(List.of(sevenCs.intro().strip(),
                        sevenCs.instructions().replace("**", "").strip()));
                for (Section s : sevenCs.sections()) {
                    expected.add(s.title());
                    if (s.title().equals("Competent CCPs")) {
                        expected.add("CCP: customer contact personnel");
                    }
                    if (s.description() != null) {
                        expected.add(s.description());
                    }
                    expected.add(sevenCs.number(s.items().get(0)) + ". " + s.items().get(0).text());
                }
                assertInOrder(text, expected);
                assertEquals(1, count(text, "CCP: customer contact personnel"), "explained once, where first used");
                assertFalse(text.contains("MINIMUM:"), "words in capitals for emphasis are not abbreviations");
            }
        }
        try (PDDocument doc = SheetPdfs.open(blank(standard("skillset"), Paper.A4))) {
            assertInOrder(SheetPdfs.text(doc), List.of("How good are you at handling customers?",
                    "However good we are, we can always get better.", "Rate each statement from 1 to 5"));
        }
    }

    @Test
    void eachCHasABoxToScoreItOnItsHeadingLine() {
        Instrument sevenCs = standard("seven-cs");
        for (Paper paper : PAPERS) {
            Geometry.Sheet sheet = SheetLayout.layout(sevenCs, paper);
            for (Section s : sevenCs.sections()) {
                Geometry.Page page = pageOfText(sheet, s.title());
                Geometry.Text title = texts(page).stream().filter(t -> t.text().equals(s.title())).findFirst().orElseThrow();
                long boxes = page.ink().stream().filter(i -> i instanceof Geometry.Box b && b.stroke() >= 0
                        && b.y() < title.y() && b.y() + b.h() > title.y()).count();
                assertEquals(2, boxes, s.title() + ": a box for the points and one for the per cent, on its title line");
                assertTrue(texts(page).stream().anyMatch(t -> t.text().equals("of " + s.items().size() + " =")
                        && Math.abs(t.y() - title.y()) < 0.01f), s.title() + " is scored out of its own items");
            }
        }
    }

    @Test
    void theSevenCsTakeAtMostTwoPagesAndNoSectionIsParted() throws Exception {
        Instrument sevenCs = standard("seven-cs");
        for (Paper paper : PAPERS) {
            Geometry.Sheet sheet = SheetLayout.layout(sevenCs, paper);
            try (PDDocument doc = SheetPdfs.open(SheetRenderer.blank(sheet))) {
                assertTrue(doc.getNumberOfPages() <= 2, paper + ": " + doc.getNumberOfPages() + " pages");
            }
            for (Section s : sevenCs.sections()) {
                int heading = pageOfText(sheet, s.title()).number();
                for (Item item : s.items()) {
                    assertEquals(heading, pageOfBubble(sheet, item.id()), paper + ": " + s.title() + " and its item " + item.id());
                }
            }
        }
    }

    @Test
    void aHeadingIsNeverLeftAtTheFootOfAPageWhenItsSectionMustBeParted() {
        Instrument longOne = SheetRendererTest.LongFixture.instrument(tmp);
        for (Paper paper : PAPERS) {
            Geometry.Sheet sheet = SheetLayout.layout(longOne, paper);
            for (Section s : longOne.sections()) {
                assertEquals(pageOfTitle(sheet, s.title()), pageOfBubble(sheet, firstAnswered(s).id()),
                        paper + ": " + s.title() + " shares its page with its first item");
            }
        }
    }

    @Test
    void everyValueIsPrintedAboveItsCircleOutsideWhatAPencilFills() throws Exception {
        for (String id : List.of("skillset", "nps")) {
            for (Paper paper : PAPERS) {
                Geometry.Sheet sheet = SheetLayout.layout(standard(id), paper);
                SheetGeometry geometry = org.scorecardkit.load.SheetGeometryReader.parse(GeometryJson.of(sheet), id + ".geometry.json");
                try (PDDocument doc = SheetPdfs.open(SheetRenderer.blank(sheet))) {
                    List<SheetPdfs.Glyph> glyphs = SheetPdfs.glyphs(doc);
                    int checked = 0;
                    for (SheetGeometry.Page page : geometry.pages()) {
                        for (SheetGeometry.Bubble b : page.bubbles()) {
                            if (standard(id).item(b.item()).type() != ItemType.RATING) {
                                continue;
                            }
                            List<SheetPdfs.Glyph> value = glyphs.stream().filter(g -> g.page() == page.number()
                                    && g.text().equals(b.value().substring(0, 1))
                                    && g.left() < b.x() + b.r() && g.right() > b.x() - b.r()
                                    && Math.abs(g.baseline() - b.y()) < 3 * b.r()).toList();
                            assertFalse(value.isEmpty(), id + " " + b.item() + "=" + b.value() + ": its value is printed by it");
                            // The nearest such digit is this circle's own (the next row's sits above the next circle).
                            SheetPdfs.Glyph g = value.stream().min(java.util.Comparator.comparingDouble(
                                    v -> Math.abs(v.baseline() - b.y()))).orElseThrow();
                            assertTrue(g.baseline() > b.y() + b.r(), id + " " + b.item() + "=" + b.value()
                                    + ": the digit's baseline " + g.baseline() + " is inside the circle (top " + (b.y() + b.r()) + ")");
                            checked++;
                        }
                    }
                    assertTrue(checked >= 11, id + ": " + checked + " circles checked");
                }
            }
        }
    }

    @Test
    void everySheetGivesOneInstructionFillInTheCircle() throws Exception {
        for (String id : List.of("skillset", "seven-cs", "nps")) {
            try (PDDocument doc = SheetPdfs.open(blank(standard(id), Paper.A4))) {
                String text = SheetPdfs.text(doc);
                if (!id.equals("nps")) {
                    assertTrue(text.contains("Fill in one circle for each statement."), id);
                }
                assertFalse(text.matches("(?i).*\\b(circled|circle the|tick|cross)\\b.*"), id + ": " + text);
            }
            Geometry.Sheet sheet = SheetLayout.layout(standard(id), Paper.A4);
            for (Geometry.Page p : sheet.pages()) {
                for (Geometry.Bubble b : p.bubbles()) {
                    assertFalse(b.square(), id + " " + b.item() + ": single answers are circles");
                }
            }
        }
        try (PDDocument doc = SheetPdfs.open(blank(standard("skillset"), Paper.A4))) {
            assertTrue(SheetPdfs.text(doc).contains("Add up the numbers you filled."));
        }
    }

    @Test
    void aCustomersSheetAsksNoNameAndShowsNoJargonOrCredit() throws Exception {
        try (PDDocument doc = SheetPdfs.open(blank(standard("nps"), Paper.A4))) {
            String text = SheetPdfs.text(doc);
            for (String internal : List.of("Name", "Group", "Net Promoter Score", "Source:", "version 1 Name")) {
                assertFalse(text.contains(internal), "\"" + internal + "\" on the customer's sheet: " + text);
            }
            assertTrue(text.contains("Thank you for taking a moment"), text);
        }
    }

    @Test
    void theHeaderShowsTheOrganisationAndItsLogoAndMovesNoBubble() throws Exception {
        Site plain = SheetPdfs.content(SheetPdfs.STANDARD).site();
        Site branded = new Site(plain.title(), "Harbour Bank", plain.description(), plain.language(), plain.baseUrl(),
                plain.paper(), plain.nav(), plain.order(), plain.submission(), plain.dateOrder(),
                new Brand(new Logo("logo.png", false, png()), Brand.DEFAULT_PRIMARY, Brand.DEFAULT_ACCENT));
        for (String id : List.of("skillset", "seven-cs", "nps")) {
            for (Paper paper : PAPERS) {
                Geometry.Sheet sheet = SheetLayout.layout(standard(id), paper, branded);
                assertEquals(SheetLayout.layout(standard(id), paper).scan().fingerprint(), sheet.scan().fingerprint(),
                        id + ": the brand moves nothing a scanner reads");
                try (PDDocument doc = SheetPdfs.open(SheetRenderer.blank(sheet))) {
                    assertTrue(SheetPdfs.text(doc, 1, 1).startsWith("Harbour Bank"), SheetPdfs.text(doc, 1, 1));
                    assertEquals(1, images(doc.getPage(0).getResources()), id + ": the logo is embedded on page 1");
                }
            }
        }
        try (PDDocument doc = SheetPdfs.open(SheetRenderer.blank(SheetLayout.layout(standard("nps"), Paper.A4)))) {
            assertEquals(0, images(doc.getPage(0).getResources()), "no logo without a brand");
            assertNotEquals(true, SheetPdfs.text(doc).contains("Harbour Bank"));
        }
    }

    @Test
    void theCustomersNpsFormIsHalfAPageA5OrHalfLetterAndAPersonalisedBatchScansPageByPage() throws Exception {
        for (Paper paper : PAPERS) {
            Geometry.Sheet sheet = SheetLayout.layout(standard("nps"), paper);
            SheetGeometry geometry = org.scorecardkit.load.SheetGeometryReader.parse(GeometryJson.of(sheet), "nps.geometry.json");
            try (PDDocument doc = SheetPdfs.open(SheetRenderer.blank(sheet))) {
                assertEquals(1, doc.getNumberOfPages());
                assertEquals(paper.widthPt(), doc.getPage(0).getMediaBox().getWidth(), 0.01f, paper + ": as wide as the paper");
                assertEquals(paper.heightPt() / 2, doc.getPage(0).getMediaBox().getHeight(), 0.02f, paper + ": half its height");
                assertEquals(doc.getPage(0).getMediaBox().getHeight(), geometry.height(), 0.01f, "the geometry is the page's");
            }
            java.nio.file.Path out = tmp.resolve("nps-" + paper.yamlName() + ".pdf");
            List<Participants.Participant> people = List.of(new Participants.Participant("Ann", "North"),
                    new Participants.Participant("Bo", ""), new Participants.Participant("Cy", "South"));
            assertEquals(3, SheetRenderer.batch(sheet, people, out));
            try (PDDocument doc = SheetPdfs.open(java.nio.file.Files.readAllBytes(out))) {
                assertEquals(3, doc.getNumberOfPages(), "one half-page form per customer");
                for (int i = 0; i < 3; i++) {
                    assertEquals("SCK1|nps|1|1|00000" + (i + 1),
                            SheetPdfs.qr(SheetPdfs.raster(doc, i), sheet.height(), sheet.pages().get(0).qr()));
                    assertTrue(SheetPdfs.text(doc, i + 1, i + 1).contains(people.get(i).name()));
                }
            }
        }
        assertEquals(Paper.A4.heightPt(), SheetLayout.layout(standard("skillset"), Paper.A4).height(), 0.01f,
                "a participants' sheet keeps the whole page");
    }

    @Test
    void anAbbreviationIsExplainedOnlyWhenTheWordingSpellsItOut() {
        assertEquals("customer contact personnel",
                Abbreviations.spelledOut("CCP", List.of("Having customer contact personnel who…")));
        assertEquals(null, Abbreviations.spelledOut("CCP", List.of("Competent CCPs", "The CCP or contact person")));
        assertEquals(null, Abbreviations.spelledOut("MINIMUM", List.of("the MINIMUM LEVEL that customers DEMAND")));
    }

    private static int images(PDResources resources) throws Exception {
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject) {
                n++;
            } else if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                n += images(form.getResources());
            }
        }
        return n;
    }

    private static byte[] png() throws Exception {
        BufferedImage img = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x0b5cad));
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static Item firstAnswered(Section s) {
        return s.items().stream().filter(i -> i.type() != ItemType.STATEMENT).findFirst().orElseThrow();
    }

    private static List<Geometry.Text> texts(Geometry.Page page) {
        return page.ink().stream().filter(i -> i instanceof Geometry.Text).map(i -> (Geometry.Text) i).toList();
    }

    private static Geometry.Page pageOfText(Geometry.Sheet sheet, String text) {
        return sheet.pages().stream().filter(p -> texts(p).stream().anyMatch(t -> t.text().equals(text)))
                .findFirst().orElseThrow(() -> new AssertionError("\"" + text + "\" is on no page"));
    }

    /** The first page with the first line of a (wrapped) bold title that is not a "continued" repeat. */
    private static int pageOfTitle(Geometry.Sheet sheet, String title) {
        return sheet.pages().stream().filter(p -> texts(p).stream().anyMatch(t -> t.bold() && t.size() > 11f
                        && t.text().length() > 6 && title.startsWith(t.text())))
                .findFirst().orElseThrow(() -> new AssertionError("\"" + title + "\" is on no page")).number();
    }

    private static int pageOfBubble(Geometry.Sheet sheet, String item) {
        return sheet.pages().stream().filter(p -> p.bubbles().stream().anyMatch(b -> b.item().equals(item)))
                .findFirst().orElseThrow().number();
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
