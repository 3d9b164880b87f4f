package org.scorecardkit.scan.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.scan.PageReading;
import org.scorecardkit.scan.ScanResult;
import org.scorecardkit.scan.ScannedSheet;

/** review.html as written: one entry per flagged or corrected item, crops inside, text escaped, nothing loaded from elsewhere. */
class ReviewPageTest {
    private static final Pattern ENTRY = Pattern.compile("<section class=\"entry[^\"]*\" id=\"(item-\\d+)\"[^>]*data-sheet=\"([^\"]*)\""
            + "[^>]*data-item=\"([^\"]*)\"[^>]*?(?: data-chosen=\"([^\"]*)\")?>");

    @TempDir
    Path tmp;

    private String write(String respondent, String corrected2) throws IOException {
        ReviewPage review = new ReviewPage(MarkedReturns.skillset());
        ScanResult result = MarkedReturns.scan(respondent, corrected2, List.of(review));
        review.finish(result, tmp);
        return Files.readString(tmp.resolve("review.html"), StandardCharsets.UTF_8);
    }

    @Test
    void eachFlaggedItemOfEachSheetIsOneEntryAndACorrectedOneComesPreChosen() throws IOException {
        String html = write("Ann", "2");

        List<String> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(html);
        while (m.find()) {
            entries.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4));
        }
        String twice = MarkedReturns.skillset().items().get(1).id();
        String unclear = MarkedReturns.skillset().items().get(2).id();
        assertEquals(List.of(
                "item-1 returns.pdf#1 " + twice + " null",
                "item-2 returns.pdf#1 " + unclear + " null",
                "item-3 returns.pdf#2 " + twice + " 2",
                "item-4 returns.pdf#2 " + unclear + " null"), entries, "items 2 and 3 of both sheets, in page order");
        assertTrue(html.contains("1 of 4 decided"), "the counter counts the corrected item as decided");
        PageReading read = MarkedReturns.read(MarkedReturns.FILE, 1, MarkedReturns.markedPage());
        assertEquals("two answers filled: 2 and 4", read.items().get(1).reason());
        assertEquals("a light or erased mark at 4", read.items().get(2).reason());
        assertTrue(html.contains("Double mark</strong>: two answers filled: 2 and 4"), "the reason as the reader gave it");
        assertTrue(html.contains("Unclear mark</strong>: a light or erased mark at 4"), html);
    }

    @Test
    void anItemCorrectedEarlierToNoAnswerComesChosenAsNoAnswer() throws IOException {
        String html = write("Ann", "");
        String third = html.substring(html.indexOf("id=\"item-3\""), html.indexOf("id=\"item-4\""));

        assertTrue(third.contains("data-chosen=\"\""), third);
        assertTrue(third.contains("data-value=\"\" data-key=\"n\"\n        aria-pressed=\"true\""), third);
        assertTrue(third.contains("Chosen: No answer"), third);
    }

    @Test
    void everyValueIsOfferedInTheSheetsOrderWithTheMarkedOnesTaggedAndNoAnswerLast() throws IOException {
        String html = write("Ann", null);
        String first = html.substring(html.indexOf("id=\"item-1\""), html.indexOf("id=\"item-2\""));

        Matcher b = Pattern.compile("<button type=\"button\" class=\"choice( marked)?( none)?\" data-value=\"([^\"]*)\" data-key=\"([^\"]*)\"")
                .matcher(first);
        List<String> buttons = new ArrayList<>();
        while (b.find()) {
            buttons.add(b.group(3) + (b.group(1) != null ? "*" : "") + ":" + b.group(4));
        }
        assertEquals(List.of("1:1", "2*:2", "3:3", "4*:4", "5:5", ":n"), buttons, "digit keys are the values; n is no answer");
        assertTrue(first.contains("Item 2</span> I include customer service in all aspects of my job."), first);
        assertFalse(first.contains("data-chosen"), "an item not yet decided has no choice");
    }

    @Test
    void theRespondentAndGroupAreEscapedAndNothingIsLoadedFromElsewhere() throws IOException {
        String html = write("<script>window.__pwned=1</script>\"' & Zoë", null);

        assertTrue(html.contains("<dd class=\"respondent\">&lt;script&gt;window.__pwned=1&lt;/script&gt;\"' &amp; Zoë</dd>"),
                html.substring(html.indexOf("respondent\">")));
        assertFalse(html.contains("<script>window"), "the name never becomes markup");
        assertTrue(html.contains("Team &lt;b&gt;A&lt;/b&gt;"));
        Matcher links = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (links.find()) {
            assertTrue(links.group(1).startsWith("data:image/png;base64,"), "only inline images: " + links.group(1));
            images++;
        }
        assertEquals(4, images, "one crop per flagged item of the two sheets");
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<link"), "no external resource");
        assertEquals(1, html.split("<script", -1).length - 1, "one script element, the page's own");
    }

    @Test
    void aCropShowsTheItemsBubblesZoomedAndStaysSmall() throws IOException {
        String html = write("Ann", null);
        Matcher m = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"").matcher(html);
        assertTrue(m.find());
        byte[] png = Base64.getDecoder().decode(m.group(1));
        BufferedImage crop = ImageIO.read(new ByteArrayInputStream(png));

        assertTrue(png.length <= Crops.MAX_BYTES, png.length + " bytes");
        assertTrue(crop.getWidth() <= Crops.MAX_WIDTH && crop.getHeight() <= Crops.MAX_HEIGHT);
        // Five bubbles of 2 × 18 px with 2.5 radii of paper either side: about 5 × 36 + gaps + 90 px, zoomed beyond 150 dpi.
        double bubbleRadius = MarkedReturns.read(MarkedReturns.FILE, 1, MarkedReturns.markedPage()).items().get(1).fills().get(0).r();
        assertTrue(crop.getWidth() > 5 * 2 * Crops.BUBBLE_RADIUS, "wide enough for the five bubbles: " + crop.getWidth());
        assertTrue(Crops.BUBBLE_RADIUS > bubbleRadius, "zoomed in: a bubble is " + bubbleRadius + " px on the 150 dpi page");
        int dark = 0;
        for (int y = 0; y < crop.getHeight(); y++) {
            for (int x = 0; x < crop.getWidth(); x++) {
                dark += crop.getRaster().getSample(x, y, 0) < 80 ? 1 : 0;
            }
        }
        double bubbleArea = Math.PI * Math.pow(0.85 * Crops.BUBBLE_RADIUS, 2);
        assertTrue(dark > 1.5 * bubbleArea, "the two filled bubbles of the double mark are in it: " + dark + " dark px");
    }

    @Test
    void aReadingStreamedWithItsCorrectionAlreadyAppliedStillShowsWithItsCropAndChoice() throws IOException {
        ReviewPage review = new ReviewPage(MarkedReturns.skillset());
        PageReading raw = MarkedReturns.read(MarkedReturns.FILE, 1, MarkedReturns.markedPage());
        PageReading corrected = MarkedReturns.correct(raw, Map.of(raw.items().get(1).item(), "4"));
        review.page(corrected.page(), corrected, MarkedReturns.markedPage());
        review.finish(new ScanResult(List.of(new ScannedSheet("returns.pdf#1", "000001", "skillset", "1", List.of(corrected),
                List.of(), "", "")), List.of(), 1), tmp);
        String html = Files.readString(tmp.resolve("review.html"));
        String first = html.substring(html.indexOf("id=\"item-1\""), html.indexOf("id=\"item-2\""));

        assertTrue(first.contains("data-chosen=\"4\""), first);
        assertTrue(first.contains("src=\"data:image/png;base64,"), "the crop was cut from the corrected reading's page");
        assertTrue(first.contains("Corrected earlier</strong>: corrected (two answers filled: 2 and 4)"), first);
    }

    @Test
    void withNothingToReviewThePageSaysSo() throws IOException {
        ReviewPage review = new ReviewPage(MarkedReturns.skillset());
        review.finish(new ScanResult(List.of(), List.of(), 0), tmp);
        String html = Files.readString(tmp.resolve("review.html"));

        assertTrue(html.contains("id=\"nothing\">Nothing to review"), html);
        assertFalse(html.contains("class=\"entry"));
        assertFalse(html.contains("id=\"save\""), "nothing to save");
    }

    @Test
    void theSameScanWritesTheSameBytes() throws IOException {
        assertEquals(write("Ann", "2"), write("Ann", "2"));
    }
}
