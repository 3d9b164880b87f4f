package org.scorecardkit.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the pages read into sheets, in the order of each sheet's first page read. A personalised
 * sheet's pages are joined by serial, across files too; a page read a second time (same serial and
 * page) is reported, never merged. The site's blank sheet carries serial 000000 on every copy, so
 * there a one-page sheet is its own sheet and a longer one is made only of consecutive pages 1…n of
 * one file: a run that breaks off is a sheet of its own with its missing pages listed. Every page
 * added ends up in exactly one sheet or one problem.
 */
final class SheetAssembly {
    /** The serial of every copy of the site's blank sheet. */
    static final String BLANK_SERIAL = "000000";

    /** One sheet being filled: its pages by sheet page and how many the sheet has. */
    private static final class Building {
        final String serial;
        final int pageCount;
        final TreeMap<Integer, PageReading> pages = new TreeMap<>();

        Building(String serial, int pageCount) {
            this.serial = serial;
            this.pageCount = pageCount;
        }
    }

    private final List<Building> order = new ArrayList<>();
    private final Map<String, Building> bySerial = new LinkedHashMap<>();
    /** The blank sheet being read from consecutive pages, and where its last page was. */
    private Building run;
    private String runFile;
    private int runPageNumber;

    /**
     * Adds the next page read, in file and page order.
     *
     * @param pageCount how many pages the page's sheet has (its paper's geometry)
     * @return the page reported instead of used (read twice), or null
     */
    PageProblem add(PageReading reading, int pageCount) {
        RegisteredPage page = reading.page();
        if (page.serial().equals(BLANK_SERIAL)) {
            addBlank(reading, pageCount);
            return null;
        }
        Building sheet = bySerial.computeIfAbsent(page.serial(), s -> start(s, pageCount));
        PageReading first = sheet.pages.putIfAbsent(page.page(), reading);
        if (first == null) {
            return null;
        }
        return new PageProblem(page.file(), page.pageNumber(), ScanMessages.readTwice(page.page(), sheet.pageCount,
                page.serial(), name(first.page())));
    }

    /** A blank sheet's page continues the run only as the next page of the sheet on the next page of the file. */
    private void addBlank(PageReading reading, int pageCount) {
        RegisteredPage page = reading.page();
        boolean continues = run != null && page.file().equals(runFile) && page.pageNumber() == runPageNumber + 1
                && page.page() == run.pages.lastKey() + 1 && page.page() <= run.pageCount;
        if (!continues) {
            run = start(BLANK_SERIAL, pageCount);
        }
        run.pages.put(page.page(), reading);
        runFile = page.file();
        runPageNumber = page.pageNumber();
        if (pageCount == 1) {
            run = null; // a one-page blank sheet is always a sheet of its own
        }
    }

    private Building start(String serial, int pageCount) {
        Building b = new Building(serial, pageCount);
        order.add(b);
        return b;
    }

    /** The sheets as assembled so far, with each sheet's missing pages listed. */
    List<ScannedSheet> sheets() {
        List<ScannedSheet> sheets = new ArrayList<>();
        for (Building b : order) {
            List<PageReading> pages = new ArrayList<>(b.pages.values());
            pages.sort(Comparator.comparingInt(p -> p.page().page()));
            RegisteredPage first = pages.get(0).page();
            List<String> missing = new ArrayList<>();
            for (int n = 1; n <= b.pageCount; n++) {
                if (!b.pages.containsKey(n)) {
                    missing.add(b.serial.equals(BLANK_SERIAL) ? ScanMessages.blankPageMissing(n, b.pageCount)
                            : ScanMessages.pageMissing(n, b.pageCount));
                }
            }
            sheets.add(new ScannedSheet(name(first), b.serial, first.instrument(), first.version(), pages, missing, "", ""));
        }
        return sheets;
    }

    /** How outputs and corrections name a page: {@code <file name>#<page>}. */
    static String name(PageResult page) {
        return page.file() + "#" + page.pageNumber();
    }
}
