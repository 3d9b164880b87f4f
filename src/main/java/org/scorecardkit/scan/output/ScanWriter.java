package org.scorecardkit.scan.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.scorecardkit.scan.PageReading;
import org.scorecardkit.scan.PageResult;
import org.scorecardkit.scan.ScanResult;

/**
 * One output of a scan (responses.csv, scan.json, the overlays, review.html): it sees every page once
 * as it is read, while its image is at hand, and writes its files into the output folder at the end.
 */
public interface ScanWriter {
    /** One page as read: its result, its reading (null for a page reported) and its image (null if none). */
    void page(PageResult result, PageReading reading, BufferedImage image) throws IOException;

    /** Writes this output's files into {@code dir} once every page is read and the sheets are assembled. */
    void finish(ScanResult result, Path dir) throws IOException;
}
