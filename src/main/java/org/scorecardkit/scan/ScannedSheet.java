package org.scorecardkit.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * One returned sheet, its pages assembled: a respondent's answers as the marks gave them, with the
 * choices of corrections.json applied.
 *
 * @param sheet where the sheet starts, {@code <file name>#<page>} of its first page: how outputs and corrections name it
 * @param serial the six-digit serial its QR codes carry (000000 for the site's blank sheets)
 * @param pages the pages read, in the sheet's page order
 * @param missing one line per page of the sheet that was not found ("page 2 of 3 is missing")
 * @param respondent the respondent the print manifest gives for the serial, or ""
 * @param group the group the print manifest gives for the serial, or ""
 */
public record ScannedSheet(String sheet, String serial, String instrument, String version, List<PageReading> pages,
                           List<String> missing, String respondent, String group) {
    public ScannedSheet {
        pages = List.copyOf(pages);
        missing = List.copyOf(missing);
    }

    /** Every item read on the sheet, page by page in the sheet's order. */
    public List<ItemReading> items() {
        List<ItemReading> all = new ArrayList<>();
        for (PageReading p : pages) {
            all.addAll(p.items());
        }
        return all;
    }

    /** The same sheet with a respondent and group. */
    public ScannedSheet named(String respondent, String group) {
        return new ScannedSheet(sheet, serial, instrument, version, pages, missing, respondent, group);
    }

    /** The same sheet with other readings of its pages. */
    public ScannedSheet withPages(List<PageReading> pages) {
        return new ScannedSheet(sheet, serial, instrument, version, pages, missing, respondent, group);
    }
}
