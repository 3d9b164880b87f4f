package org.scorecardkit.scan;

/**
 * A page identified by its QR code and registered from its corner marks: which sheet it is and the
 * homography from the sheet geometry's points (bottom-left origin) to the image's pixels, where
 * pixel (i, j) covers [i, i+1) × [j, j+1).
 *
 * @param pageNumber the page's number in its file, from 1
 * @param page the sheet's page number the QR code gives, from 1
 * @param serial the six-digit serial (000000 on the site's blank sheets)
 * @param fitError how far, in points, the registration misses the QR code's own corners
 */
public record RegisteredPage(String file, int pageNumber, String instrument, String version, int page, String serial,
                             Homography homography, double fitError) implements PageResult {

    /** Where a geometry point (x, y in points) lies in the page image, {x, y} in pixels. */
    public double[] toPixel(double x, double y) {
        return homography.apply(x, y);
    }
}
