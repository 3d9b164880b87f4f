package org.scorecardkit.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.ItemType;

/**
 * Applies corrections.json to the sheets assembled: each choice replaces its item's reading
 * ({@link ItemReading#correctedTo}). A choice that cannot be applied (another instrument, a sheet or
 * item this scan does not have, another serial, a value the item does not offer, the same item
 * twice) is an error line naming the file; every one is found, so all are listed at once.
 */
final class SheetCorrections {
    private SheetCorrections() {
    }

    /** The sheets corrected, and the errors; with any error the sheets are not to be used. */
    record Corrected(List<ScannedSheet> sheets, List<String> errors) {
    }

    static Corrected apply(List<ScannedSheet> sheets, Corrections corrections, Instrument instrument) {
        if (corrections.list().isEmpty() && corrections.instrument().isEmpty()) {
            return new Corrected(sheets, List.of());
        }
        String file = corrections.file();
        List<String> errors = new ArrayList<>();
        if (!corrections.instrument().equals(instrument.id()) || !corrections.version().equals(instrument.version())) {
            errors.add(ScanMessages.correctionsOfAnother(file, corrections.instrument(), corrections.version(), instrument));
            return new Corrected(sheets, errors);
        }
        Map<String, ScannedSheet> byName = new LinkedHashMap<>();
        sheets.forEach(s -> byName.put(s.sheet(), s));
        Map<String, Map<String, String>> chosen = new HashMap<>();
        Map<String, Corrections.Choice> seen = new HashMap<>();
        for (Corrections.Choice c : corrections.list()) {
            String problem = check(c, byName.get(c.sheet()), instrument, seen);
            if (problem != null) {
                errors.add(file + ": " + c.where() + ": " + problem);
            } else {
                chosen.computeIfAbsent(c.sheet(), k -> new HashMap<>()).put(c.item(), c.value());
            }
        }
        List<ScannedSheet> out = new ArrayList<>();
        for (ScannedSheet s : sheets) {
            Map<String, String> forSheet = chosen.get(s.sheet());
            out.add(forSheet == null ? s : corrected(s, forSheet));
        }
        return new Corrected(out, errors);
    }

    /** What is wrong with a choice, or null when it applies. */
    private static String check(Corrections.Choice c, ScannedSheet sheet, Instrument instrument,
                                Map<String, Corrections.Choice> seen) {
        if (sheet == null) {
            return ScanMessages.noSuchSheet(c.sheet());
        }
        if (!c.serial().isEmpty() && !c.serial().equals(sheet.serial())) {
            return ScanMessages.otherSerial(c.sheet(), sheet.serial(), c.serial());
        }
        ItemReading item = sheet.items().stream().filter(i -> i.item().equals(c.item())).findFirst().orElse(null);
        if (item == null && instrument.item(c.item()) != null) {
            return ScanMessages.itemNotRead(c.sheet(), c.item());
        }
        if (item == null) {
            return ScanMessages.noSuchItem(c.sheet(), c.item(), sheet.items().stream().map(ItemReading::item).toList());
        }
        List<String> offered = item.fills().stream().map(f -> f.bubble().value()).toList();
        String[] values = c.value().isEmpty() ? new String[0] : c.value().split(";", -1);
        boolean multiple = instrument.item(c.item()) != null && instrument.item(c.item()).type() == ItemType.MULTIPLE;
        if (values.length > 1 && !multiple) {
            return ScanMessages.oneAnswerOnly(c.item(), c.value());
        }
        for (String v : values) {
            if (!offered.contains(v)) {
                return ScanMessages.notAValue(c.item(), v, offered);
            }
        }
        Corrections.Choice before = seen.putIfAbsent(c.sheet() + "\u0000" + c.item(), c);
        return before == null ? null : ScanMessages.correctedTwice(c.sheet(), c.item(), before.where());
    }

    private static ScannedSheet corrected(ScannedSheet sheet, Map<String, String> choices) {
        List<PageReading> pages = new ArrayList<>();
        for (PageReading p : sheet.pages()) {
            List<ItemReading> items = new ArrayList<>();
            for (ItemReading i : p.items()) {
                String value = choices.get(i.item());
                items.add(value == null ? i : i.correctedTo(value));
            }
            pages.add(new PageReading(p.page(), items, p.sensitivity()));
        }
        return sheet.withPages(pages);
    }
}
