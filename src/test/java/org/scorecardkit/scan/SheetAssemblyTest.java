package org.scorecardkit.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assembly rules on pages made in the test: by serial across files, pages missing or read twice, blank copies. */
class SheetAssemblyTest {
    private final SheetAssembly assembly = new SheetAssembly();
    private final List<PageProblem> reported = new ArrayList<>();
    private int added;

    /** Adds page {@code page} of a sheet with {@code serial}, found at {@code file#number}. */
    private void add(String file, int number, String serial, int page, int pages) {
        RegisteredPage r = new RegisteredPage(file, number, "seven-cs", "1", page, serial, null, 0.1);
        PageProblem twice = assembly.add(new PageReading(r, List.of(), 0), pages);
        added++;
        if (twice != null) {
            reported.add(twice);
        }
    }

    /** The sheets, after asserting that every page added is in exactly one sheet or one problem. */
    private List<ScannedSheet> sheets() {
        List<ScannedSheet> sheets = assembly.sheets();
        assertEquals(added, sheets.stream().mapToInt(s -> s.pages().size()).sum() + reported.size(),
                "pages read = pages of sheets + pages reported");
        return sheets;
    }

    private static List<String> pages(ScannedSheet s) {
        return s.pages().stream().map(p -> p.page().file() + "#" + p.page().pageNumber()).toList();
    }

    @Test
    void aThreePageSheetIsAssembledBySerialAcrossTwoFilesAndNamedByItsFirstPage() {
        add("b.pdf", 1, "000002", 2, 3);
        add("b.pdf", 2, "000001", 1, 3);
        add("a.pdf", 1, "000002", 3, 3);
        add("a.pdf", 2, "000002", 1, 3);
        add("a.pdf", 3, "000001", 2, 3);
        add("c.png", 1, "000001", 3, 3);

        List<ScannedSheet> sheets = sheets();

        assertEquals(2, sheets.size());
        assertEquals("a.pdf#2", sheets.get(0).sheet(), "named by its page 1, wherever that was read");
        assertEquals(List.of("a.pdf#2", "b.pdf#1", "a.pdf#1"), pages(sheets.get(0)));
        assertEquals(List.of("b.pdf#2", "a.pdf#3", "c.png#1"), pages(sheets.get(1)));
        assertEquals(List.of(), sheets.get(0).missing());
        assertEquals(List.of(), reported);
    }

    @Test
    void aMissingPageIsListedOnItsSheet() {
        add("a.pdf", 1, "000007", 1, 3);
        add("a.pdf", 2, "000007", 3, 3);
        add("a.pdf", 3, "000008", 2, 3);

        List<ScannedSheet> sheets = sheets();

        assertEquals(List.of("page 2 of 3 is missing"), sheets.get(0).missing());
        assertEquals(List.of("page 1 of 3 is missing", "page 3 of 3 is missing"), sheets.get(1).missing());
        assertEquals("a.pdf#3", sheets.get(1).sheet(), "without its page 1, a sheet is named by the first page it has");
    }

    @Test
    void aPageReadTwiceIsReportedWithTheCopyKeptNeverMerged() {
        add("a.pdf", 1, "000003", 1, 3);
        add("a.pdf", 2, "000003", 2, 3);
        add("b.pdf", 1, "000003", 2, 3);
        add("a.pdf", 3, "000003", 3, 3);

        List<ScannedSheet> sheets = sheets();

        assertEquals(1, sheets.size());
        assertEquals(List.of("a.pdf#1", "a.pdf#2", "a.pdf#3"), pages(sheets.get(0)), "the first copy stays");
        assertEquals(1, reported.size());
        assertEquals("b.pdf", reported.get(0).file());
        assertEquals(1, reported.get(0).pageNumber());
        assertTrue(reported.get(0).reason().startsWith("page 2 of 3 of sheet 000003 is read a second time (first at a.pdf#2)"),
                reported.get(0).reason());
    }

    @Test
    void photocopiesOfAOnePageBlankSheetAreEachASheetOfTheirOwn() {
        for (int i = 1; i <= 3; i++) {
            add("copies.pdf", i, "000000", 1, 1);
        }
        add("photo.jpg", 1, "000000", 1, 1);

        List<ScannedSheet> sheets = sheets();

        assertEquals(List.of("copies.pdf#1", "copies.pdf#2", "copies.pdf#3", "photo.jpg#1"),
                sheets.stream().map(ScannedSheet::sheet).toList());
        assertTrue(sheets.stream().allMatch(s -> s.missing().isEmpty() && s.serial().equals("000000")));
        assertEquals(List.of(), reported, "copies of one blank sheet are never pages read twice");
    }

    @Test
    void photocopiesOfAMultiPageBlankSheetAreAssembledFromConsecutivePagesOfOneFile() {
        for (int i = 1; i <= 6; i++) {
            add("copies.pdf", i, "000000", (i - 1) % 3 + 1, 3);
        }

        List<ScannedSheet> sheets = sheets();

        assertEquals(2, sheets.size());
        assertEquals(List.of("copies.pdf#1", "copies.pdf#2", "copies.pdf#3"), pages(sheets.get(0)));
        assertEquals(List.of("copies.pdf#4", "copies.pdf#5", "copies.pdf#6"), pages(sheets.get(1)));
        assertTrue(sheets.stream().allMatch(s -> s.missing().isEmpty()));
    }

    @Test
    void aBrokenRunOfBlankPagesIsListedAndNeverMergedAcrossSheetsOrFiles() {
        add("a.pdf", 1, "000000", 1, 3);
        add("a.pdf", 2, "000000", 2, 3);
        // a.pdf#3 was another instrument's page, reported by the reader: the run breaks there
        add("a.pdf", 4, "000000", 3, 3);
        add("a.pdf", 5, "000000", 1, 3);
        add("a.pdf", 6, "000000", 2, 3);
        add("b.pdf", 1, "000000", 3, 3);   // the next file does not continue a.pdf's run
        add("b.pdf", 2, "000000", 2, 3);   // page 2 after page 3: a new sheet, not page 2 again

        List<ScannedSheet> sheets = sheets();

        assertEquals(List.of(List.of("a.pdf#1", "a.pdf#2"), List.of("a.pdf#4"), List.of("a.pdf#5", "a.pdf#6"),
                List.of("b.pdf#1"), List.of("b.pdf#2")), sheets.stream().map(SheetAssemblyTest::pages).toList());
        assertEquals(1, sheets.get(0).missing().size());
        assertTrue(sheets.get(0).missing().get(0).startsWith("page 3 of 3 is missing (a blank sheet's pages are joined only"),
                sheets.get(0).missing().get(0));
        assertEquals(2, sheets.get(1).missing().size(), "pages 1 and 2 of the run that starts at page 3");
        assertEquals(List.of(), reported);
    }

    @Test
    void aBlankSheetAndAPersonalisedOneWithTheSamePagesStayApart() {
        add("a.pdf", 1, "000000", 1, 2);
        add("a.pdf", 2, "000004", 2, 2);

        List<ScannedSheet> sheets = sheets();

        assertEquals(2, sheets.size());
        assertNotNull(sheets.get(0).missing().get(0));
        assertNull(assembly.add(new PageReading(new RegisteredPage("a.pdf", 3, "seven-cs", "1", 1, "000004", null, 0), List.of(), 0), 2),
                "page 1 of sheet 000004 is new");
    }
}
