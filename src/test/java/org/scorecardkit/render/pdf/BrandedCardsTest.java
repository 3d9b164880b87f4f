package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scorecardkit.model.Brand;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Logo;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.Site;
import org.scorecardkit.model.SiteContent;

/** NPS cards that carry the organisation, its logo and a QR code to the web form, read back from the PDF. */
class BrandedCardsTest {
    private static final SiteContent CONTENT = P2Pdfs.standard();
    private static final Instrument NPS = CONTENT.instrument("nps");
    static final String BASE = "https://survey.example.org/kit";

    static Site site(String organisation, String baseUrl) {
        Site s = CONTENT.site();
        Logo logo;
        try {
            logo = new Logo("logo.png", false, Files.readAllBytes(Path.of("src/test/resources/render/pdf/logo.png")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Site(s.title(), organisation, s.description(), s.language(), baseUrl, s.paper(), s.nav(),
                s.order(), s.submission(), s.dateOrder(), new Brand(logo, Brand.DEFAULT_PRIMARY, Brand.DEFAULT_ACCENT));
    }

    static byte[] render(Site site, Paper paper) {
        byte[] pdf = CardRenderer.render(NPS, site, paper);
        dump("cards-" + (site.baseUrl() == null ? "noqr-" : "") + paper.name().toLowerCase() + ".pdf", pdf);
        return pdf;
    }

    /** Writes a PDF under target/look-cards, so a person can rasterise and look at it. */
    static void dump(String name, byte[] pdf) {
        try {
            Path dir = Files.createDirectories(Path.of("target/look-cards"));
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Paper.class, names = {"A4", "LETTER"})
    void everyCardNamesTheOrganisationAndShowsItsLogo(Paper paper) throws IOException {
        byte[] pdf = render(site("Harbour Café Ltd", BASE), paper);
        List<com.lowagie.text.Rectangle> cards = CardRenderer.cards(paper, NPS.print().cardsPerSheet());
        for (String card : P2Pdfs.textIn(pdf, cards)) {
            assertEquals(1, P2Pdfs.count(card, "Harbour Café Ltd"), card);
        }
        try (PDDocument doc = P2Pdfs.open(pdf)) {
            long images = doc.getPage(0).getResources().getXObjectNames().spliterator().estimateSize();
            assertTrue(images >= 1, "the logo is embedded");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Paper.class, names = {"A4", "LETTER"})
    void everyCardsQrCodeOpensTheWebFormAndItsAddressIsPrintedToType(Paper paper) throws Exception {
        byte[] pdf = render(site("Harbour Café Ltd", BASE), paper);
        String url = BASE + "/nps/";
        int cards = NPS.print().cardsPerSheet();
        assertEquals(cards, P2Pdfs.count(P2Pdfs.text(pdf), url));
        List<String> decoded = decodeAll(pdf);
        assertEquals(cards, decoded.size(), "one code per card: " + decoded);
        decoded.forEach(d -> assertEquals(url, d));
    }

    @Test
    void withoutBaseUrlTheCardsCarryNoQrCode() throws Exception {
        byte[] pdf = render(site("Harbour Café Ltd", null), Paper.A4);
        assertEquals(List.of(), decodeAll(pdf));
        assertFalse(P2Pdfs.text(pdf).contains("scan the code"), P2Pdfs.text(pdf));
        assertNull(CardRenderer.formUrl(null, "nps"));
        assertNull(CardRenderer.formUrl(" ", "nps"));
    }

    @Test
    void theFormAddressJoinsTheBaseUrlWithOrWithoutItsSlash() {
        assertEquals("https://a.example/x/nps/", CardRenderer.formUrl("https://a.example/x", "nps"));
        assertEquals("https://a.example/x/nps/", CardRenderer.formUrl("https://a.example/x/", "nps"));
    }

    @ParameterizedTest
    @EnumSource(value = Paper.class, names = {"A4", "LETTER"})
    void noInternalWordOnTheCards(Paper paper) {
        String text = P2Pdfs.text(render(site("Harbour Café Ltd", BASE), paper));
        for (String word : List.of("Net Promoter", "NPS", "Detractor", "Promoter", "Passive")) {
            assertFalse(text.contains(word), word + " in " + text);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Paper.class, names = {"A4", "LETTER"})
    void everyWordStaysInsideItsCard(Paper paper) {
        byte[] pdf = render(site("Harbour Café Ltd", BASE), paper);
        List<com.lowagie.text.Rectangle> cards = CardRenderer.cards(paper, NPS.print().cardsPerSheet());
        String all = P2Pdfs.flat(P2Pdfs.text(pdf)).replace(" ", "");
        String inCards = P2Pdfs.flat(String.join("", P2Pdfs.textIn(pdf, cards))).replace(" ", "");
        assertEquals(all.length(), inCards.length(), "text outside the cards");
    }

    /** Every QR code on the rasterised sheet, at 200 dpi as a phone camera would see a printed card. */
    static List<String> decodeAll(byte[] pdf) throws IOException {
        try (PDDocument doc = P2Pdfs.open(pdf)) {
            var image = new PDFRenderer(doc).renderImageWithDPI(0, 200);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            try {
                Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
                return Arrays.stream(results).map(Result::getText).toList();
            } catch (NotFoundException e) {
                return List.of();
            }
        }
    }
}
