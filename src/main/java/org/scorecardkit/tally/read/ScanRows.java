package org.scorecardkit.tally.read;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.scorecardkit.scan.Corrections;
import org.scorecardkit.scan.ItemReading;
import org.scorecardkit.scan.PageReading;
import org.scorecardkit.scan.ScannedSheet;
import org.scorecardkit.tally.check.ProblemKind;

/**
 * Turns scanned sheets into rows for the one checker, one batch per sheet named by the sheet's id
 * ({@code <file>#<page>}, as responses.csv and corrections.json name it): the instrument, version,
 * respondent and group the sheet carries, and an {@code answers.<item>} cell per item read. An item
 * in doubt (unclear or double, not corrected) is an empty cell and a listed problem with its candidate
 * values, on the line of the sheet's page it is on; a page missing from the sheet is listed too.
 */
final class ScanRows {
    private final int index;
    private final Path path;
    private final Corrections corrections;
    private long corrected;

    /** @param path the first scanned file, which the rows' file points to (their names say the sheet) */
    ScanRows(int index, Path path, Corrections corrections) {
        this.index = index;
        this.path = path;
        this.corrections = corrections;
    }

    /** Fills {@code b} with the sheet's one row and its listed problems. */
    CellBatch sheet(ScannedSheet sheet, CellBatch b) {
        b.reset(CellBatch.Kind.ROWS, new ResponseFile(index, path, sheet.sheet(), Format.SCAN, (char) 0));
        Map<String, String> cells = new TreeMap<>();
        cells.put("instrument", sheet.instrument());
        cells.put("version", sheet.version());
        cells.put("respondent", sheet.respondent());
        cells.put("group", sheet.group());
        for (PageReading page : sheet.pages()) {
            for (ItemReading item : page.items()) {
                cells.put("answers." + item.item(), item.answer());
                if (item.corrected()) {
                    corrected++;
                } else if (item.decision().flagged()) {
                    ProblemKind kind = item.decision() == org.scorecardkit.scan.Decision.DOUBLE
                            ? ProblemKind.DOUBLE_MARK : ProblemKind.MARK_UNCLEAR;
                    b.list(new CellBatch.Listed(0, kind, sheet.sheet(), page.page().page(), item.item(),
                            String.join(";", item.values()), item.reason()));
                }
            }
        }
        for (String missing : sheet.missing()) {
            b.list(new CellBatch.Listed(0, ProblemKind.PAGE_MISSING, sheet.sheet(), missingPage(missing), "", "",
                    missing + "; scan it with the sheet's other pages in the same run"));
        }
        b.startRow(1, PdfResponses.raw(cells));
        cells.forEach((name, value) -> b.cell(value, name, true));
        return b;
    }

    /** The page number a "page 2 of 3 is missing" line names, or 0. */
    private static int missingPage(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("page (\\d{1,4})").matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The marks a person chose in corrections.json, among the sheets turned into rows so far. */
    long corrected() {
        return corrected;
    }

    /** One line when some corrections matched no item of the sheets scanned (made for other scans?), else null. */
    String unusedCorrections() {
        long unused = corrections.choices().size() - corrected;
        if (unused <= 0) {
            return null;
        }
        return unused + " of the " + corrections.choices().size() + " corrections given name no item of a sheet scanned"
                + " (sheets are named <file>#<page>, as in the scan's responses.csv); were they chosen for other scans?";
    }
}
