package org.scorecardkit.scan;

/** What reading one page gave: a sheet identified and registered, or a page reported with its reason. */
public sealed interface PageResult permits RegisteredPage, PageProblem {
    /** The file's name. */
    String file();

    /** The page's number in its file, from 1 (0 when the whole file is reported). */
    int pageNumber();
}
