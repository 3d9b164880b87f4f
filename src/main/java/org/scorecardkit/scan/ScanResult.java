package org.scorecardkit.scan;

import java.util.List;

/**
 * What a scan of some files gave: the sheets read and the pages reported, so that pages read =
 * pages of the sheets + pages reported (a whole file reported has page 0 and is not a page read).
 *
 * @param pages how many pages the files held
 * @param warnings lines a person should read that do not stop the scan (a serial the manifest does not list)
 * @param errors lines that make the scan fail, each naming corrections.json (a correction that cannot be applied)
 */
public record ScanResult(List<ScannedSheet> sheets, List<PageProblem> problems, int pages, List<String> warnings,
                         List<String> errors) {
    public ScanResult {
        sheets = List.copyOf(sheets);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    /** A result with nothing to warn of and no error. */
    public ScanResult(List<ScannedSheet> sheets, List<PageProblem> problems, int pages) {
        this(sheets, problems, pages, List.of(), List.of());
    }

    /** The pages reported one by one (a whole file reported, page 0, is not among them). */
    public List<PageProblem> pagesReported() {
        return problems.stream().filter(p -> p.pageNumber() > 0).toList();
    }

    /** The files reported whole: not read at all. */
    public List<PageProblem> filesNotRead() {
        return problems.stream().filter(p -> p.pageNumber() == 0).toList();
    }

    /** The pages of every sheet, together. */
    public int sheetPages() {
        return sheets.stream().mapToInt(s -> s.pages().size()).sum();
    }

    /** The items a person must still decide, across every sheet. */
    public long flaggedItems() {
        return sheets.stream().flatMap(s -> s.items().stream()).filter(i -> i.decision().flagged()).count();
    }
}
