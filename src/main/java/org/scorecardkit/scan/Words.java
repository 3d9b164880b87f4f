package org.scorecardkit.scan;

import java.util.List;

/** The little English of a reading's reasons: "3 and 4", "1, 2 and 5", "two". */
final class Words {
    private static final String[] COUNTS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten"};

    private Words() {
    }

    /** Values joined with commas and a final "and". */
    static String list(List<String> values) {
        if (values.size() <= 1) {
            return String.join("", values);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " and " + values.get(values.size() - 1);
    }

    /** A small count in words, larger ones in digits. */
    static String count(int n) {
        return n < COUNTS.length ? COUNTS[n] : String.valueOf(n);
    }
}
