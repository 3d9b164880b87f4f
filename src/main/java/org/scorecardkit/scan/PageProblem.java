package org.scorecardkit.scan;

/**
 * A page that is not read, never skipped silently: the file, the page's number in it (0 for the
 * whole file) and one line saying why ("no QR code found", "the top-left corner mark is not found").
 */
public record PageProblem(String file, int pageNumber, String reason) implements PageResult {
    @Override
    public String toString() {
        return pageNumber == 0 ? file + ": " + reason : file + "#" + pageNumber + ": " + reason;
    }
}
