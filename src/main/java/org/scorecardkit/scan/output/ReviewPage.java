package org.scorecardkit.scan.output;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.scan.ItemReading;
import org.scorecardkit.scan.PageProblem;
import org.scorecardkit.scan.PageReading;
import org.scorecardkit.scan.PageResult;
import org.scorecardkit.scan.ScanResult;

/**
 * Writes review.html: one static page, working from disk with nothing loaded from elsewhere (crops
 * are data: URIs inside it, script and style inline), where a person decides every flagged mark by
 * click or key and downloads the choices as corrections.json (the format {@link
 * org.scorecardkit.scan.Corrections} reads). Crops are cut while pages stream; only they are kept.
 */
public final class ReviewPage implements ScanWriter {
    /** The page's file name in the scan's output folder. */
    public static final String FILE = "review.html";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final String SCRIPT = "/org/scorecardkit/assets/review.js";

    private final Instrument instrument;
    private final ReviewText text;
    private final Map<String, ReviewEntries.Seen> seen = new HashMap<>();

    /** The review page of a scan of {@code instrument}'s sheets, its text in {@code locale}'s language. */
    public ReviewPage(Instrument instrument, Locale locale) {
        this.instrument = instrument;
        this.text = new ReviewText(locale);
    }

    /** The review page in English. */
    public ReviewPage(Instrument instrument) {
        this(instrument, Locale.ROOT);
    }

    @Override
    public void page(PageResult result, PageReading reading, BufferedImage image) {
        if (reading == null || image == null) {
            return;
        }
        for (ItemReading item : reading.items()) {
            // A scan may hand over readings with corrections already applied: those items are shown too.
            if (item.decision().flagged() || item.corrected()) {
                seen.put(ReviewEntries.key(result.file(), result.pageNumber(), item.item()),
                        new ReviewEntries.Seen(item, Crops.of(image, item.fills())));
            }
        }
    }

    @Override
    public void finish(ScanResult result, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(FILE), html(result), StandardCharsets.UTF_8);
    }

    /** The page's HTML for a scan's result. */
    String html(ScanResult result) throws IOException {
        List<ReviewEntry> entries = new ReviewEntries(instrument, text).of(result, seen);
        List<String> problems = result.problems().stream().map(PageProblem::toString).toList();
        ReviewView view = new ReviewView(instrument.id(), instrument.version(), instrument.title(), result.pages(),
                result.sheets().size(), entries, problems, text, script());
        StringOutput out = new StringOutput();
        ENGINE.render("review.jte", view, out);
        return out.toString();
    }

    private static String script() throws IOException {
        try (InputStream in = ReviewPage.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException("missing resource " + SCRIPT);
            }
            String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Inline in a script element, the text must never close it.
            return js.replace("</", "<\\/");
        }
    }
}
