package org.scorecardkit.scan;

import org.scorecardkit.model.SheetGeometry;

/**
 * One bubble or box as measured on a page.
 *
 * @param fill the share of the bubble's inside darkened beyond the blank sheet's own ink there: 0 for
 *             an untouched bubble, about 1 for one filled solid
 * @param x the bubble's centre in the page image, in pixels
 * @param y the bubble's centre in the page image, in pixels
 * @param r the bubble's radius (half side) in the page image, in pixels
 */
public record BubbleFill(SheetGeometry.Bubble bubble, double fill, double x, double y, double r) {
}
