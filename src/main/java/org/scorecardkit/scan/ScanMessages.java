package org.scorecardkit.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.scorecardkit.model.Instrument;

/**
 * The scan's messages for people, kept together so their wording stays one voice: what the
 * assembly, the manifest and corrections.json say about sheets, and what the scan command prints.
 */
public final class ScanMessages {
    private ScanMessages() {
    }

    static String pageMissing(int page, int pages) {
        return "page " + page + " of " + pages + " is missing";
    }

    static String blankPageMissing(int page, int pages) {
        return "page " + page + " of " + pages + " is missing (a blank sheet's pages are joined only when pages 1 to "
                + pages + " follow one another in one file)";
    }

    static String readTwice(int page, int pages, String serial, String first) {
        return "page " + page + " of " + pages + " of sheet " + serial + " is read a second time (first at " + first
                + "); this copy is not used: take out the extra copy (two batches printed with the same serials?"
                + " print the next batch with --first-serial)";
    }

    static String manifestOfAnother(String instrument, String version, Instrument scanned) {
        return "the manifest lists sheets of " + instrument + " version " + version + ", not of " + scanned.id()
                + " version " + scanned.version() + ": its serials are other people's, so respondent and group stay"
                + " empty; give the manifest that print --participants wrote for these sheets";
    }

    static String serialNotInManifest(String sheet, String serial) {
        return "sheet " + sheet + ": serial " + serial + " is not in the manifest, so respondent and group stay empty;"
                + " was it printed in another batch?";
    }

    static String notCorrections(Path file) {
        return file + ": not a corrections file (its \"format\" must be \"" + Corrections.FORMAT
                + "\"); save it again from review.html";
    }

    static String correctionsOfAnother(String file, String instrument, String version, Instrument scanned) {
        return file + ": made for " + (instrument.isEmpty() ? "no instrument" : instrument + " version " + version)
                + ", but the scan reads " + scanned.id() + " version " + scanned.version()
                + "; give the corrections.json that this scan's review.html saved";
    }

    static String noSuchSheet(String sheet) {
        return "no sheet \"" + sheet + "\" in this scan (sheets are named <file name>#<page> of their first page,"
                + " as responses.csv's sheet column names them); scan the same files as when it was saved";
    }

    static String otherSerial(String sheet, String serial, String given) {
        return "sheet " + sheet + " has serial " + serial + ", not " + given
                + ": the file was saved for another scan of files with the same names";
    }

    static String itemNotRead(String sheet, String item) {
        return "item \"" + item + "\" is on a page of sheet " + sheet + " that was not read";
    }

    static String noSuchItem(String sheet, String item, List<String> items) {
        return "sheet " + sheet + " has no item \"" + item + "\" (its items: " + shortList(items) + ")";
    }

    static String oneAnswerOnly(String item, String value) {
        return "item \"" + item + "\" takes one answer, not \"" + value + "\"";
    }

    static String notAValue(String item, String value, List<String> offered) {
        return "\"" + value + "\" is not an answer of item \"" + item + "\" (its answers: " + String.join(", ", offered)
                + "; \"\" for no answer)";
    }

    static String correctedTwice(String sheet, String item, String first) {
        return "item \"" + item + "\" of sheet " + sheet + " is corrected again (first by " + first + "); keep one";
    }

    /**
     * What the scan command prints when the scan succeeded: the count line, the pages reported and
     * the sheets with pages missing (one indented line each), the items to review and where the outputs are.
     */
    public static List<String> summary(ScanResult r, Instrument instrument, Path out, Path review) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s (version %s): %s read = %s of %s + %s reported", instrument.id(),
                instrument.version(), count(r.pages(), "page"), count(r.sheetPages(), "page"), count(r.sheets().size(), "sheet"),
                count(r.pagesReported().size(), "page")));
        for (PageProblem p : r.pagesReported()) {
            lines.add("  reported " + p);
        }
        for (ScannedSheet s : r.sheets()) {
            for (String m : s.missing()) {
                lines.add("  sheet " + s.sheet() + " (serial " + s.serial() + (s.respondent().isEmpty() ? "" : ", " + s.respondent())
                        + "): " + m);
            }
        }
        long flagged = r.flaggedItems();
        lines.add(flagged == 0 ? "No item to review." : count(flagged, "item") + " to review: open " + review
                + ", choose each answer, save corrections.json and scan again with --corrections corrections.json");
        lines.add("Wrote " + out + " (responses.csv: " + count(r.sheets().size(), "sheet") + ", scan.json: every page and mark)");
        return lines;
    }

    /** The line after the errors of a scan that failed: nothing was written. */
    public static String nothingWritten(Path out) {
        return "Nothing was written; " + out + " is as it was.";
    }

    private static String shortList(List<String> items) {
        return items.size() <= 8 ? String.join(", ", items)
                : String.join(", ", items.subList(0, 8)) + " and " + (items.size() - 8) + " more";
    }

    /** "1 page", "2 pages". */
    public static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
