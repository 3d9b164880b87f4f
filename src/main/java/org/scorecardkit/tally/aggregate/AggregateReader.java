package org.scorecardkit.tally.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Section;
import org.scorecardkit.tally.check.Layout;

/**
 * Reads one aggregate of a saved state into an empty {@link Aggregate}, checking every number as it
 * goes: whole numbers where counts belong and none below zero, arrays as long as the instrument's
 * columns, scale and bands need, and counts that add up to the rows (every row answered an item or
 * left it blank; every row has a score or none), and a range of dates that is one (first no later than
 * last, and none without rows). Produces the aggregate, or one line saying what is wrong.
 */
final class AggregateReader {
    private final Aggregate a;
    private final String where;

    private AggregateReader(Aggregate a, String where) {
        this.a = a;
        this.where = where;
    }

    /**
     * Reads {@code node}, named {@code where} in messages (e.g. whole, groups."North"), into {@code a}.
     *
     * @param withDates whether the state's format keeps the range of dates (5 on); before, the range stays unknown
     */
    static void read(JsonNode node, Aggregate a, String where, boolean withDates) throws StateReader.InvalidState {
        AggregateReader reader = new AggregateReader(a, where);
        reader.read(node);
        if (withDates) {
            reader.dates(node.path("dates"));
        }
    }

    /** {@code null}, or {@code {"first": "yyyy-mm-dd", "last": "yyyy-mm-dd"}} with first no later than last. */
    private void dates(JsonNode node) throws StateReader.InvalidState {
        String path = where + ".dates";
        if (node.isNull()) {
            return;
        }
        if (!node.isObject() || node.size() != 2) {
            throw StateReader.damaged(path + " is " + (node.isMissingNode() ? "missing" : shown(node))
                    + ", not null or {\"first\": date, \"last\": date}");
        }
        int first = day(node.path("first"), path + ".first");
        int last = day(node.path("last"), path + ".last");
        if (first > last) {
            throw StateReader.inconsistent(path + " starts after it ends");
        }
        if (a.rows == 0) {
            throw StateReader.inconsistent(path + " has dates but no rows");
        }
        a.addDates(first, last);
    }

    /** A date written yyyy-mm-dd, as the number yyyymmdd. */
    private static int day(JsonNode node, String path) throws StateReader.InvalidState {
        try {
            java.time.LocalDate d = java.time.LocalDate.parse(node.isTextual() ? node.asText() : "",
                    java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
            if (d.getYear() >= 1 && d.getYear() <= 9999) {
                return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
            }
        } catch (java.time.format.DateTimeParseException e) {
            // named below, with the value
        }
        throw StateReader.damaged(path + " is " + (node.isMissingNode() ? "missing" : shown(node)) + ", not a date written yyyy-mm-dd");
    }

    private void read(JsonNode node) throws StateReader.InvalidState {
        if (!node.isObject()) {
            throw StateReader.damaged(where + " is not an object of counts");
        }
        a.rows = count(node.path("rows"), where + ".rows");
        items(node.path("items"));
        a.unscored = count(node.path("unscored"), where + ".unscored");
        long scored = values(node.path("scores"), a.scores, where + ".scores");
        if (scored + a.unscored != a.rows) {
            throw StateReader.inconsistent(where + " has " + scored + " scores and " + a.unscored + " rows without one, for "
                    + a.rows + " rows");
        }
        long[] bands = counts(node.path("bands"), a.bands.length, where + ".bands");
        System.arraycopy(bands, 0, a.bands, 0, bands.length);
        atMostRows(sum(bands), where + ".bands");
        List<Section> sections = a.layout.instrument().sections();
        for (int s = 0; s < sections.size(); s++) {
            String path = where + ".sections." + sections.get(s).id();
            atMostRows(values(node.path("sections").path(sections.get(s).id()), a.sections[s], path), path);
        }
        if (a.alpha != null) {
            alpha(node.path("alpha"));
        }
    }

    private void items(JsonNode items) throws StateReader.InvalidState {
        Layout layout = a.layout;
        for (int i = 0; i < layout.size(); i++) {
            Layout.Column column = layout.column(i);
            String path = where + ".items." + column.id();
            long[] c = counts(items.path(column.id()), a.counts[i].length, path);
            System.arraycopy(c, 0, a.counts[i], 0, c.length);
            if (column.type() != ItemType.MULTIPLE && sum(c) != a.rows) {
                throw StateReader.inconsistent(path + " counts " + sum(c) + " answers and blanks for " + a.rows + " rows");
            }
            if (column.type() == ItemType.MULTIPLE) {
                atMostRows(c[0], path + "[0]");
                for (int o = 1; o < c.length; o++) {
                    atMostRows(c[o] + c[0], path + "[" + o + "] with the blanks");
                }
            }
        }
    }

    /** Reads [[value, count], …] into {@code into}; returns the total count. */
    private static long values(JsonNode pairs, ValueCounts into, String path) throws StateReader.InvalidState {
        if (!pairs.isArray()) {
            throw StateReader.damaged(path + " is not a list of [value, count] pairs");
        }
        long total = 0;
        for (int p = 0; p < pairs.size(); p++) {
            JsonNode pair = pairs.get(p);
            JsonNode value = pair.path(0);
            if (!pair.isArray() || pair.size() != 2 || !value.isNumber() || !Double.isFinite(value.asDouble())) {
                throw StateReader.damaged(path + "[" + p + "] is " + pair + ", not a [value, count] pair");
            }
            long n = count(pair.get(1), path + "[" + p + "][1]");
            into.add(value.asDouble(), n);
            total = Math.addExact(total, n);
        }
        return total;
    }

    private void alpha(JsonNode node) throws StateReader.InvalidState {
        AlphaMoments m = a.alpha;
        int k = m.k();
        String path = where + ".alpha";
        long n = count(node.path("n"), path + ".n");
        atMostRows(n, path + ".n");
        long[] sums = numbers(node.path("sums"), k, path + ".sums");
        JsonNode products = node.path("products");
        if (!products.isArray() || products.size() != k) {
            throw StateReader.damaged(path + ".products is not " + k + " rows of " + k + " numbers");
        }
        long[][] cross = new long[k][];
        for (int i = 0; i < k; i++) {
            cross[i] = numbers(products.get(i), k, path + ".products[" + i + "]");
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < i; j++) {
                if (cross[i][j] != cross[j][i]) {
                    throw StateReader.inconsistent(path + ".products is not symmetric at [" + i + "][" + j + "]");
                }
            }
        }
        m.set(n, sums, cross);
    }

    private void atMostRows(long n, String path) throws StateReader.InvalidState {
        if (n > a.rows) {
            throw StateReader.inconsistent(path + " counts " + n + ", more than the " + a.rows + " rows");
        }
    }

    /** An array of exactly {@code length} counts. */
    static long[] counts(JsonNode node, int length, String path) throws StateReader.InvalidState {
        long[] out = numbers(node, length, path);
        for (int i = 0; i < length; i++) {
            if (out[i] < 0) {
                throw StateReader.damaged(path + "[" + i + "] is " + out[i] + ", below zero");
            }
        }
        return out;
    }

    /** An array of exactly {@code length} whole numbers. */
    private static long[] numbers(JsonNode node, int length, String path) throws StateReader.InvalidState {
        if (!node.isArray() || node.size() != length) {
            throw StateReader.damaged(path + " holds " + (node.isArray() ? node.size() + " numbers" : node.isMissingNode()
                    ? "nothing" : node.toString()) + ", not the " + length + " the instrument needs");
        }
        long[] out = new long[length];
        for (int i = 0; i < length; i++) {
            out[i] = whole(node.get(i), path + "[" + i + "]");
        }
        return out;
    }

    /** A whole number of zero or more. */
    static long count(JsonNode node, String path) throws StateReader.InvalidState {
        long n = whole(node, path);
        if (n < 0) {
            throw StateReader.damaged(path + " is " + n + ", below zero");
        }
        return n;
    }

    private static long whole(JsonNode node, String path) throws StateReader.InvalidState {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw StateReader.damaged(path + " is " + (node.isMissingNode() ? "missing" : shown(node)) + ", not a whole number");
        }
        return node.asLong();
    }

    /** A node as a message shows it: short. */
    static String shown(JsonNode node) {
        String s = node.toString();
        return s.length() <= 40 ? s : s.substring(0, 37) + "…";
    }

    private static long sum(long[] c) throws StateReader.InvalidState {
        long s = 0;
        for (long x : c) {
            s += x;
            if (s < 0) {
                throw StateReader.damaged("a count is too large");
            }
        }
        return s;
    }

    /** The first count in which two aggregates differ, named for a message, or null when they agree. */
    static String difference(Aggregate x, Aggregate y) {
        if (x.rows != y.rows) {
            return "rows";
        }
        for (int i = 0; i < x.counts.length; i++) {
            if (!java.util.Arrays.equals(x.counts[i], y.counts[i])) {
                return "items." + x.layout.column(i).id();
            }
        }
        if (x.unscored != y.unscored || !x.scores.sorted().equals(y.scores.sorted())) {
            return "scores";
        }
        if (!java.util.Arrays.equals(x.bands, y.bands)) {
            return "bands";
        }
        for (int s = 0; s < x.sections.length; s++) {
            if (!x.sections[s].sorted().equals(y.sections[s].sorted())) {
                return "sections." + x.layout.instrument().sections().get(s).id();
            }
        }
        return x.alpha == null || sameAlpha(x.alpha, y.alpha) ? null : "alpha";
    }

    private static boolean sameAlpha(AlphaMoments x, AlphaMoments y) {
        for (int i = 0; i < x.k(); i++) {
            for (int j = 0; j < x.k(); j++) {
                if (x.product(i, j) != y.product(i, j)) {
                    return false;
                }
            }
        }
        return x.n() == y.n() && java.util.stream.IntStream.range(0, x.k()).allMatch(i -> x.sum(i) == y.sum(i));
    }

    /** The first count below zero (only a state whose respondents contradict its counts leaves one), or null. */
    static String negative(Aggregate x) {
        if (x.rows < 0 || x.unscored < 0 || x.scores.negative()) {
            return "scores";
        }
        for (int i = 0; i < x.counts.length; i++) {
            for (long c : x.counts[i]) {
                if (c < 0) {
                    return "items." + x.layout.column(i).id();
                }
            }
        }
        for (long b : x.bands) {
            if (b < 0) {
                return "bands";
            }
        }
        for (ValueCounts s : x.sections) {
            if (s.negative()) {
                return "sections";
            }
        }
        return x.alpha != null && x.alpha.n() < 0 ? "alpha" : null;
    }
}
