package org.scorecardkit.scan.output;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Option;
import org.scorecardkit.scan.BubbleFill;
import org.scorecardkit.scan.Decision;
import org.scorecardkit.scan.ItemReading;
import org.scorecardkit.scan.PageReading;
import org.scorecardkit.scan.ScanResult;
import org.scorecardkit.scan.ScannedSheet;

/**
 * Turns the assembled sheets into review.html's entries: every item still flagged, and every item a
 * person corrected earlier (pre-chosen, so saving again keeps the choice), in sheet and page order,
 * each with the crop and the reading cut while its page streamed.
 */
final class ReviewEntries {
    /** What was kept of a flagged item while its page streamed: the reading as the marks gave it and its crop. */
    record Seen(ItemReading reading, byte[] crop) {
    }

    private final Instrument instrument;
    private final ReviewText text;

    ReviewEntries(Instrument instrument, ReviewText text) {
        this.instrument = instrument;
        this.text = text;
    }

    /** The key a streamed item is kept under: its page in its file, and the item. */
    static String key(String file, int pageNumber, String item) {
        return file + "#" + pageNumber + "\u0000" + item;
    }

    List<ReviewEntry> of(ScanResult result, Map<String, Seen> seen) {
        List<ReviewEntry> entries = new ArrayList<>();
        for (ScannedSheet sheet : result.sheets()) {
            for (PageReading page : sheet.pages()) {
                for (ItemReading item : page.items()) {
                    if (item.decision().flagged() || item.corrected()) {
                        Seen raw = seen.get(key(page.page().file(), page.page().pageNumber(), item.item()));
                        entries.add(entry("item-" + (entries.size() + 1), sheet, item, raw));
                    }
                }
            }
        }
        return entries;
    }

    private ReviewEntry entry(String id, ScannedSheet sheet, ItemReading item, Seen seen) {
        ItemReading raw = seen != null ? seen.reading() : item;
        Item model = instrument.item(item.item());
        boolean multiple = model != null && model.type() == ItemType.MULTIPLE;
        String reason = raw.corrected() ? item.reason() : raw.reason();
        String decision = raw.decision() == Decision.DOUBLE ? text.get("double")
                : raw.decision() == Decision.UNCLEAR ? text.get("unclear") : text.get("corrected");
        String crop = seen == null ? null : "data:image/png;base64," + Base64.getEncoder().encodeToString(seen.crop());
        String chosen = item.corrected() ? item.answer() : null;
        return new ReviewEntry(id, sheet.sheet(), sheet.serial(), sheet.respondent(), sheet.group(), item.item(),
                model == null ? 0 : instrument.number(model), model == null ? item.item() : model.text(), decision,
                reason, item.corrected(), crop, choices(model, raw), chosen, multiple);
    }

    /**
     * Every value of the item in the sheet's order, the marked ones flagged. A value that is one digit
     * is chosen by that digit (a scale 1–5, or 0–9 of 0–10); otherwise by its place, 1 to 9.
     */
    private List<ReviewEntry.Choice> choices(Item model, ItemReading raw) {
        List<String> values = new ArrayList<>();
        for (BubbleFill f : raw.fills()) {
            if (!values.contains(f.bubble().value())) {
                values.add(f.bubble().value());
            }
        }
        boolean digits = values.stream().allMatch(v -> v.matches("[0-9]"));
        List<ReviewEntry.Choice> choices = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            String value = values.get(k);
            String key = digits ? value : k < 9 ? String.valueOf(k + 1) : "";
            choices.add(new ReviewEntry.Choice(value, label(model, value), key, raw.values().contains(value)));
        }
        return choices;
    }

    /** How the sheet prints a value: "3", "5 · Always", or an option's label. */
    private static String label(Item model, String value) {
        if (model == null) {
            return value;
        }
        if (model.scale() != null && value.matches("-?[0-9]+")) {
            String end = model.scale().label(Integer.parseInt(value));
            return end == null ? value : value + " \u00b7 " + end;
        }
        for (Option o : model.choices()) {
            if (o.value().equals(value)) {
                return o.label();
            }
        }
        return value;
    }
}
