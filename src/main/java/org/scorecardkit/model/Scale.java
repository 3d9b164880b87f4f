package org.scorecardkit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An integer rating scale from {@code min} to {@code max}, some of whose points carry labels.
 *
 * @param labels label text by point value; usually only the end points are labelled
 */
public record Scale(String id, int min, int max, Map<Integer, String> labels) {
    public Scale {
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** Every point of the scale, lowest first, each with its label or null. */
    public List<Point> points() {
        List<Point> points = new ArrayList<>();
        for (int v = min; v <= max; v++) {
            points.add(new Point(v, labels.get(v)));
        }
        return points;
    }

    /** The label of a point, or null. */
    public String label(int value) { return labels.get(value); }

    /** One point of a scale. */
    public record Point(int value, String label) {
    }
}
