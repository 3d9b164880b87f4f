package org.scorecardkit.tally.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.ColumnMap;
import org.scorecardkit.model.Item;
import org.scorecardkit.tally.read.CellBatch;

/**
 * A CSV file's or sheet's header row read against the instrument: the slot of each column, the
 * columns it ignores, and the problem that rejects every row of the file when two columns give the
 * same item (or the same meta slot by name). Of several columns that name a meta slot by an alias
 * (Email, Name, ID), the first counts, unless one names it exactly or through the column map.
 *
 * @param slots per column of the file, a {@link Layout} slot; UNKNOWN for an ignored column
 * @param names per column, its header as written (without a byte order mark or surrounding spaces)
 * @param ignored the headers of the columns not read, as written, in order: unknown names and aliases
 *                that lost to another column; neither blank headers nor columns the map says to ignore
 * @param problem why every row of this file is rejected, or null
 */
public record Header(int[] slots, List<String> names, List<String> ignored, Problem problem) {
    public Header {
        names = List.copyOf(names);
        ignored = List.copyOf(ignored);
    }

    /** The header in row 0 of a HEADER batch. */
    public static Header of(Layout layout, CellBatch batch) {
        return of(layout, names(batch));
    }

    /** The column names of row 0 of a HEADER batch, as written. */
    static List<String> names(CellBatch batch) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < batch.cellCount(0); i++) {
            names.add(batch.text(batch.firstCell(0) + i));
        }
        return names;
    }

    /** The header of these column names. */
    static Header of(Layout layout, List<String> written) {
        int n = written.size();
        List<String> names = new ArrayList<>(n);
        HeaderNames.Match[] matches = new HeaderNames.Match[n];
        int[] slots = new int[n];
        Map<Integer, List<Integer>> bySlot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            names.add(shown(written.get(i)));
            matches[i] = layout.matchHeader(names.get(i));
            slots[i] = matches[i].slot();
            if (slots[i] != Layout.UNKNOWN) {
                bySlot.computeIfAbsent(slots[i], s -> new ArrayList<>()).add(i);
            }
        }
        List<String> clashes = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        bySlot.forEach((slot, columns) -> settle(layout, slot, columns, matches, slots, names, clashes, fixes));
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (slots[i] == Layout.UNKNOWN && matches[i].strength() != HeaderNames.Strength.IGNORED && !names.get(i).isEmpty()) {
                ignored.add(names.get(i));
            }
        }
        Problem problem = clashes.isEmpty() ? null : new Problem(Reason.UNKNOWN_COLUMN, String.join("; ", clashes)
                + ": every row of this file is rejected; " + String.join("; ", fixes.stream().distinct().toList()));
        return new Header(slots, names, ignored, problem);
    }

    /**
     * Keeps one of the columns that give a slot: the one named explicitly (two such are a clash),
     * else the first alias; the others become ignored columns.
     */
    private static void settle(Layout layout, int slot, List<Integer> columns, HeaderNames.Match[] matches,
                               int[] slots, List<String> names, List<String> clashes, List<String> fixes) {
        if (columns.size() == 1) {
            return;
        }
        List<Integer> explicit = columns.stream().filter(c -> matches[c].explicit()).toList();
        if (explicit.size() > 1) {
            clashes.add(clash(layout, slot, explicit, names));
            fixes.add(fix(explicit, matches, names));
        }
        int kept = explicit.isEmpty() ? columns.get(0) : explicit.get(0);
        for (int c : columns) {
            if (c != kept && !matches[c].explicit()) {
                slots[c] = Layout.UNKNOWN;
            }
        }
    }

    /** Which columns give one slot, named as written and by position. */
    private static String clash(Layout layout, int slot, List<Integer> columns, List<String> names) {
        List<String> shown = columns.stream().map(c -> "\"" + names.get(c) + "\" (column " + (c + 1) + ")").toList();
        String listed = String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
        return "columns " + listed + (columns.size() == 2 ? " both" : " all") + " give " + what(layout, slot);
    }

    /** How to keep one column of a clash: a map cannot tell apart two headers written alike. */
    private static String fix(List<Integer> columns, HeaderNames.Match[] matches, List<String> names) {
        int mapped = columns.stream().filter(c -> matches[c].strength() == HeaderNames.Strength.MAPPED).findFirst().orElse(-1);
        if (mapped >= 0) {
            int other = columns.stream().filter(c -> c != mapped).findFirst().orElseThrow();
            return "map \"" + names.get(mapped) + "\" to something else (or ignore) in --columns, or rename the column \""
                    + names.get(other) + "\"";
        }
        boolean alike = columns.stream().map(c -> ColumnMap.key(names.get(c))).distinct().count() == 1;
        return alike ? "rename or delete one of the columns \"" + names.get(columns.get(0)) + "\""
                : "rename one of them, or map one to ignore with --columns, e.g. \"" + names.get(columns.get(1)) + "\": ignore";
    }

    private static String what(Layout layout, int slot) {
        if (slot >= 0) {
            Item item = layout.column(slot).item();
            return "item " + item.id() + " (number " + layout.instrument().number(item) + " on the sheet)";
        }
        return switch (slot) {
            case Layout.RESPONDENT -> "the respondent";
            case Layout.GROUP -> "the group";
            case Layout.DATE -> "the date";
            case Layout.INSTRUMENT -> "the instrument";
            case Layout.VERSION -> "the version";
            case Layout.TOTAL -> "the total";
            default -> "slot " + slot;
        };
    }

    /** A header as written, without a byte order mark or the spaces (non-breaking ones too) around it. */
    private static String shown(String name) {
        String s = name.replace("\uFEFF", "");
        int start = 0;
        int end = s.length();
        while (start < end && space(s.charAt(start))) {
            start++;
        }
        while (end > start && space(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Column {@code i}'s header as written, or "(column N)" when it is blank, for messages about its cells. */
    public String name(int i) {
        return i < names.size() && !names.get(i).isEmpty() ? names.get(i) : "(column " + (i + 1) + ")";
    }

    /** One reason a row is rejected, with the message for rejects.csv. */
    public record Problem(Reason reason, String message) {
    }
}
