package org.scorecardkit.scan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The confusion matrix of a run of synthetic returns: per way of marking (the truth) how many items
 * were read right, read wrong without a flag, or flagged as double or unclear; and the pages identified.
 */
final class Confusion {
    /** What became of an item, against what a careful person would key. */
    enum Outcome { RIGHT, WRONG, DOUBLE, UNCLEAR }

    private final Map<Returns.How, int[]> counts = new EnumMap<>(Returns.How.class);
    private final List<String> wrong = new ArrayList<>();
    private final List<String> reviewed = new ArrayList<>();
    private int pages;
    private int identified;
    private final List<String> unidentified = new ArrayList<>();

    void page(boolean ok, String what) {
        pages++;
        if (ok) {
            identified++;
        } else {
            unidentified.add(what);
        }
    }

    /** Counts one item's reading against its expectation. */
    void item(Returns.Expected e, ItemReading got, String where) {
        Outcome o = switch (got.decision()) {
            case DOUBLE -> Outcome.DOUBLE;
            case UNCLEAR -> Outcome.UNCLEAR;
            default -> !e.mustFlag() && got.values().equals(got.decision() == Decision.BLANK ? List.of() : e.values())
                    && (got.decision() == Decision.BLANK) == e.values().isEmpty() ? Outcome.RIGHT : Outcome.WRONG;
        };
        counts.computeIfAbsent(e.how(), k -> new int[Outcome.values().length])[o.ordinal()]++;
        if (o == Outcome.WRONG && wrong.size() < 20) {
            wrong.add(where + " " + e + " read as " + got.decision() + " " + got.values() + " " + fills(got));
        }
        if (o != Outcome.RIGHT && o != Outcome.WRONG && !e.mustFlag() && reviewed.size() < 40) {
            reviewed.add(where + " " + e.how() + " " + e.values() + ": " + got.reason() + fills(got));
        }
    }

    private static String fills(ItemReading got) {
        StringBuilder s = new StringBuilder();
        for (BubbleFill f : got.fills()) {
            s.append(String.format(Locale.ROOT, " %s=%.2f", f.bubble().value(), f.fill()));
        }
        return s.toString();
    }

    int items() {
        return counts.values().stream().mapToInt(c -> c[0] + c[1] + c[2] + c[3]).sum();
    }

    int count(Outcome o) {
        return counts.values().stream().mapToInt(c -> c[o.ordinal()]).sum();
    }

    /** Items a person must see (double, erased and remarked) that were not flagged. */
    int silentlyResolved() {
        int n = 0;
        for (Returns.How how : List.of(Returns.How.DOUBLE, Returns.How.ERASED_REMARKED)) {
            int[] c = counts.get(how);
            n += c == null ? 0 : c[Outcome.RIGHT.ordinal()] + c[Outcome.WRONG.ordinal()];
        }
        return n;
    }

    double identifiedShare() {
        return pages == 0 ? 0 : (double) identified / pages;
    }

    double wrongShare() {
        return (double) count(Outcome.WRONG) / items();
    }

    double reviewShare() {
        return (double) (count(Outcome.DOUBLE) + count(Outcome.UNCLEAR)) / items();
    }

    List<String> wrongExamples() {
        return wrong;
    }

    /** Some plain items sent to review, with why and their fills. */
    List<String> reviewedExamples() {
        return reviewed;
    }

    List<String> unidentified() {
        return unidentified;
    }

    /** The figures and the matrix as lines to print. */
    String report(String title) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s: %d pages, %.2f %% identified; %d items, %.3f %% wrong without a flag,"
                        + " %.2f %% sent to review; double or erased-and-remarked resolved silently: %d%n", title, pages,
                100 * identifiedShare(), items(), 100 * wrongShare(), 100 * reviewShare(), silentlyResolved()));
        s.append(String.format(Locale.ROOT, "  %-16s %7s %7s %7s %7s%n", "truth \\ read", "right", "WRONG", "double", "unclear"));
        for (Map.Entry<Returns.How, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            s.append(String.format(Locale.ROOT, "  %-16s %7d %7d %7d %7d%n", e.getKey().name().toLowerCase(Locale.ROOT),
                    c[0], c[1], c[2], c[3]));
        }
        return s.toString();
    }
}
