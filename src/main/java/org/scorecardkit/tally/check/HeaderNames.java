package org.scorecardkit.tally.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorecardkit.model.ColumnMap;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.Section;

/**
 * The names a response file's column may carry, looked up in tables built once per instrument:
 * the facilitator's column map, the meta names and their aliases, item ids, item numbers as the
 * sheet prints them ({@code 7}, {@code Q7}, {@code Item 7}) and item wordings as survey tools write
 * them ({@code 7. I feel I use listening skills well?}, {@code Caring Attitude [Caring]}).
 * Produces each header's {@link Match}: a {@link Layout} slot and how firmly the name gives it.
 */
final class HeaderNames {
    /** How a header named its slot, firmest first: an explicit name beats an alias for the same meta slot. */
    enum Strength { MAPPED, EXACT, ITEM, ALIAS, IGNORED, UNKNOWN }

    /** A header's slot and how it was named; {@code IGNORED} is a column the map says to ignore. */
    record Match(int slot, Strength strength) {
        static final Match UNKNOWN = new Match(Layout.UNKNOWN, Strength.UNKNOWN);

        /** Whether no other column may have this slot: two such columns make the header unreadable. */
        boolean explicit() {
            return strength == Strength.MAPPED || strength == Strength.EXACT || strength == Strength.ITEM;
        }
    }

    private static final Map<String, Integer> EXACT = Map.of("respondent", Layout.RESPONDENT, "group", Layout.GROUP,
            "date", Layout.DATE, "instrument", Layout.INSTRUMENT, "version", Layout.VERSION, "total", Layout.TOTAL,
            "form-name", Layout.FORM_NAME, "_gotcha", Layout.HONEYPOT);
    /**
     * Columns the tool's own files carry beside the answers and that say nothing the tally counts: a
     * scan's responses.csv names each row's sheet and serial, a collector's export each response's submission
     * id and when it was received. Read as the column map's ignored ones, not warned of.
     */
    static final java.util.Set<String> OWN_EXTRAS = java.util.Set.of("sheet", "serial", "submission", "received");
    private static final Map<String, Integer> ALIASES = aliases();
    /** A column named by the item's number: 7, 7., #7, Q7, q 7, Item 7, Question 7, No. 7. */
    private static final Pattern NUMBER = Pattern.compile("(?:(?:q|item|question|no\\.?|nr\\.?|#) ?)?0*(\\d{1,6}) ?[.):]?");
    /** A numbering left before a wording once its separator is gone: "Q7", "7", "Item 7". */
    private static final Pattern NUMBERING = Pattern.compile("(?:(?:q|item|question|no\\.?|nr\\.?|#) ?)?\\d{1,6}");
    /** The characters besides a full stop that may end a numbering before an item's wording. */
    private static final String SEPARATORS = "):-|/";
    private static final int[] NONE = {};

    private final Map<String, Integer> mapped = new HashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final int[] byNumber;
    private final Map<String, int[]> wordings = new HashMap<>();
    /** The lengths of the wordings, longest first, to find a wording at the end of a longer header. */
    private final int[] lengths;
    /** Per column, its section's title as a wording, or null. */
    private final String[] sectionTitles;

    HeaderNames(Instrument instrument, ColumnMap map, Layout layout) {
        List<Item> answered = instrument.answeredItems();
        byNumber = new int[answered.size() + 1];
        for (int n = 1; n <= answered.size(); n++) {
            byNumber[n] = layout.index(answered.get(n - 1).id());
        }
        sectionTitles = new String[layout.size()];
        TreeSet<Integer> sizes = new TreeSet<>();
        for (Section s : instrument.sections()) {
            for (Item item : s.items()) {
                int index = layout.index(item.id());
                if (index < 0) {
                    continue;
                }
                ids.put(item.id().toLowerCase(java.util.Locale.ROOT), index);
                sectionTitles[index] = s.title() == null ? null : wording(ColumnMap.key(s.title()));
                String w = wording(ColumnMap.key(item.text() == null ? "" : item.text()));
                if (!w.isEmpty()) {
                    wordings.merge(w, new int[] {index}, HeaderNames::both);
                    sizes.add(w.length());
                }
            }
        }
        lengths = sizes.descendingSet().stream().mapToInt(Integer::intValue).toArray();
        map.targets().forEach((key, target) -> mapped.put(key, mappedSlot(layout, key, target)));
    }

    private static int mappedSlot(Layout layout, String key, String target) {
        Integer meta = switch (target) {
            case ColumnMap.RESPONDENT -> Layout.RESPONDENT;
            case ColumnMap.GROUP -> Layout.GROUP;
            case ColumnMap.DATE -> Layout.DATE;
            case ColumnMap.TOTAL -> Layout.TOTAL;
            case ColumnMap.IGNORE -> Layout.UNKNOWN;
            default -> null;
        };
        int slot = meta != null ? meta : layout.index(target);
        if (meta == null && slot < 0) {
            throw new IllegalArgumentException("the column map sends \"" + key + "\" to \"" + target
                    + "\", which is no item of " + layout.instrument().id());
        }
        return slot;
    }

    /** The slot a header gives, and how firmly; a blank header is unknown. */
    Match match(String header) {
        String key = ColumnMap.key(header);
        if (key.isEmpty()) {
            return Match.UNKNOWN;
        }
        Integer slot = mapped.get(key);
        if (slot != null) {
            return new Match(slot, slot == Layout.UNKNOWN ? Strength.IGNORED : Strength.MAPPED);
        }
        slot = EXACT.get(key);
        if (slot == null) {
            slot = ids.get(key);
        }
        if (slot == null && OWN_EXTRAS.contains(key)) {
            return new Match(Layout.UNKNOWN, Strength.IGNORED);
        }
        if (slot == null) {
            slot = number(key);
        }
        if (slot != null) {
            return new Match(slot, EXACT.containsKey(key) ? Strength.EXACT : Strength.ITEM);
        }
        String w = wording(key);
        int[] items = items(w);
        if (items.length == 0) {
            items = grid(w);
        }
        if (items.length == 1) {
            return new Match(items[0], Strength.ITEM);
        }
        slot = ALIASES.get(key);
        return slot == null ? Match.UNKNOWN : new Match(slot, Strength.ALIAS);
    }

    /** The item a number names (7, Q7, Item 7), or null. */
    private Integer number(String key) {
        Matcher m = NUMBER.matcher(key);
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return n >= 1 && n < byNumber.length ? byNumber[n] : null;
    }

    /** The items whose wording this is, whole or after a numbering or a title ("Q7 - …", "Title.…"). */
    private int[] items(String w) {
        int[] whole = wordings.get(w);
        if (whole != null) {
            return whole;
        }
        for (int length : lengths) {
            if (length >= w.length()) {
                continue;
            }
            int start = w.length() - length;
            int[] tail = wordings.get(w.substring(start));
            if (tail != null && prefixEnds(w.substring(0, start))) {
                return tail;
            }
        }
        return NONE;
    }

    /**
     * Whether what comes before a wording is a numbering ("7.", "Q7 -", "7)", "Q7") or a question
     * title ending in a full stop ("Rate yourself.", as Microsoft Forms joins a Likert row to its
     * title). Other titles do not count: "Points - …" and "Feedback - …" columns of a quiz are not answers.
     */
    private static boolean prefixEnds(String prefix) {
        String p = prefix.stripTrailing();
        if (p.isEmpty()) {
            return false;
        }
        char last = p.charAt(p.length() - 1);
        if (last == '.') {
            return true;
        }
        if (SEPARATORS.indexOf(last) >= 0) {
            return NUMBERING.matcher(p.substring(0, p.length() - 1).stripTrailing()).matches();
        }
        // Without a separator, only a numbering and a space: "Q7 I feel…"; "un" + "caring" is no match.
        return p.length() < prefix.length() && NUMBERING.matcher(p).matches();
    }

    /**
     * The item of a grid row, {@code Question title [Row text]} as Google Forms writes it: the row
     * names the item by wording, id or number; when rows of two sections read alike, the title
     * says which section.
     */
    private int[] grid(String w) {
        int open = w.lastIndexOf('[');
        if (!w.endsWith("]") || open < 0) {
            return NONE;
        }
        String row = wording(w.substring(open + 1, w.length() - 1).strip());
        Integer slot = ids.get(row);
        if (slot == null) {
            slot = number(row);
        }
        if (slot != null) {
            return new int[] {slot};
        }
        int[] rows = items(row);
        return rows.length > 1 ? inSection(rows, wording(w.substring(0, open))) : rows;
    }

    private int[] inSection(int[] rows, String title) {
        List<Integer> in = new ArrayList<>();
        for (int r : rows) {
            String section = sectionTitles[r];
            if (section != null && (title.equals(section) || title.endsWith(section) && prefixEnds(
                    title.substring(0, title.length() - section.length())))) {
                in.add(r);
            }
        }
        return in.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A header key as wording compares: curly quotes straight, dashes as hyphens, and without the
     * trailing question mark, full stop, colon, or required mark ({@code *}) survey tools add or drop.
     */
    static String wording(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            out.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                case '\u2026' -> '.';
                default -> c;
            });
        }
        int end = out.length();
        while (end > 0 && " ?.:*!".indexOf(out.charAt(end - 1)) >= 0) {
            end--;
        }
        return out.substring(0, end);
    }

    /** The meta slot a header names by its exact name or an alias, whatever the instrument, or UNKNOWN. */
    static int metaSlot(String header) {
        String key = ColumnMap.key(header);
        Integer slot = EXACT.get(key);
        if (slot == null) {
            slot = ALIASES.get(key);
        }
        return slot == null ? Layout.UNKNOWN : slot;
    }

    private static int[] both(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The aliases people and survey tools use for the meta columns, also written with underscores. */
    private static Map<String, Integer> aliases() {
        Map<String, Integer> out = new HashMap<>();
        alias(out, Layout.RESPONDENT, "name", "your name", "full name", "email", "email address", "e-mail",
                "e-mail address", "participant", "id", "respondent id");
        alias(out, Layout.GROUP, "team", "cohort", "department");
        alias(out, Layout.DATE, "timestamp", "start time", "completion time", "submitted at", "submitted",
                "created at", "date submitted");
        alias(out, Layout.TOTAL, "score", "total score");
        return Map.copyOf(out);
    }

    private static void alias(Map<String, Integer> out, int slot, String... names) {
        for (String name : names) {
            out.put(name, slot);
            out.put(name.replace(' ', '_'), slot);
        }
    }
}
