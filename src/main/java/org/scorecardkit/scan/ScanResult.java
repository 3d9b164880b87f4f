package org.scorecardkit.scan;

import java.util.List;

/**
 * What a scan of some files gave: the sheets read and the pages reported, so that pages read =
 * pages of the sheets + pages reported.
 *
 * @param pages how many pages the files held
 */
public record ScanResult(List<ScannedSheet> sheets, List<PageProblem> problems, int pages) {
    public ScanResult {
        sheets = List.copyOf(sheets);
        problems = List.copyOf(problems);
    }
}
