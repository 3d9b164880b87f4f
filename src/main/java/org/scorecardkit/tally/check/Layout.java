package org.scorecardkit.tally.check;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scorecardkit.model.ColumnMap;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;

/**
 * The columns of an instrument's response file as the tally codes them: one column per answered
 * item in {@link Instrument#columns()} order, each answer reduced to a small integer code, plus
 * the meta columns (respondent, group, date, instrument, version, total). Produces the slot of a
 * column name (by the facilitator's {@link ColumnMap} first, then as {@link HeaderNames} reads it)
 * and the answer object {@link org.scorecardkit.model.Scorer} expects for a code.
 */
public final class Layout {
    public static final int RESPONDENT = -1;
    public static final int GROUP = -2;
    public static final int DATE = -3;
    public static final int INSTRUMENT = -4;
    public static final int VERSION = -5;
    /** The respondent's own total or score, checked against the computed one, never counted. */
    public static final int TOTAL = -6;
    /** The web form's posted form-name: the instrument's id. */
    public static final int FORM_NAME = -7;
    /** The web form's hidden spam trap, _gotcha: filled in only by robots. */
    public static final int HONEYPOT = -8;
    public static final int UNKNOWN = -100;
    /** A named cell of the tool's own files that says nothing the tally counts (a collector's submission id): skipped without a word. */
    static final int OWN_EXTRA = -101;
    /** Prefix of an answer's name in a named row (JSON, PDF), e.g. "answers.tools". */
    public static final String ANSWER = "answers.";
    /** The most options a multiple-choice item may have: its answer is a bit mask in an int. */
    public static final int MAX_MULTIPLE_OPTIONS = 30;

    private static final Map<String, Integer> META = Map.of("respondent", RESPONDENT, "group", GROUP,
            "date", DATE, "instrument", INSTRUMENT, "version", VERSION);

    private final Instrument instrument;
    private final Column[] columns;
    private final Map<String, Integer> byId = new HashMap<>();
    private final ColumnMap map;
    private final HeaderNames headers;

    /** The layout of an instrument whose files name their columns themselves. */
    public Layout(Instrument instrument) {
        this(instrument, ColumnMap.NONE);
    }

    /**
     * The layout of an instrument whose files' headers are matched against {@code map} first.
     *
     * @throws IllegalArgumentException when the map sends a header to an id that is no answered item
     *         (the loader reports that to the user first)
     */
    public Layout(Instrument instrument, ColumnMap map) {
        this.instrument = instrument;
        this.map = map;
        List<String> ids = instrument.columns();
        columns = new Column[ids.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = Column.of(instrument.item(ids.get(i)), i);
            byId.put(ids.get(i), i);
        }
        headers = new HeaderNames(instrument, map, this);
    }

    public Instrument instrument() {
        return instrument;
    }

    /** The facilitator's explicit columns, {@link ColumnMap#NONE} when there are none. */
    public ColumnMap columnMap() {
        return map;
    }

    public int size() {
        return columns.length;
    }

    public Column column(int index) {
        return columns[index];
    }

    /** The column index of an item id, or -1. */
    public int index(String itemId) {
        Integer i = byId.get(itemId);
        return i == null ? -1 : i;
    }

    /**
     * The slot of a CSV or sheet header: a meta slot, a column index, or UNKNOWN. The column map
     * decides first; then case, spacing, a numbering and the wording's punctuation are forgiven.
     * {@link Header} settles which of several columns naming one slot counts.
     */
    public int slotOfHeader(String name) {
        return headers.match(name).slot();
    }

    /** How this header names its slot, for {@link Header}. */
    HeaderNames.Match matchHeader(String name) {
        return headers.match(name);
    }

    /**
     * The meta slot a header names by its exact name or an alias (Timestamp, Email Address, team…),
     * before any instrument is known, or UNKNOWN: for a reader choosing which sheets hold responses.
     */
    public static int metaSlotOfHeader(String name) {
        return HeaderNames.metaSlot(name);
    }

    /** The slot of a named cell of a JSON or PDF row: meta names as they are, answers prefixed with {@link #ANSWER}. */
    public int slotOfName(String name) {
        if (name.startsWith(ANSWER)) {
            Integer i = byId.get(name.substring(ANSWER.length()));
            return i == null ? UNKNOWN : i;
        }
        Integer meta = META.get(name);
        // A collector's export names each response's submission and when it was received: known, never counted.
        return meta != null ? meta : HeaderNames.OWN_EXTRAS.contains(name) ? OWN_EXTRA : UNKNOWN;
    }

    /**
     * One answered item as a column. Codes: 0 is no answer; a rating is {@code value - min + 1}; a
     * single choice or check answer is its choice's position + 1; a multiple choice is a bit mask of
     * the chosen options; a text answer is 1.
     *
     * @param values the choices' values in lower case (options, or yes/partly/no)
     */
    public record Column(Item item, int index, ItemType type, int min, int max, String[] values) {
        static Column of(Item item, int index) {
            int min = item.scale() == null ? 0 : item.scale().min();
            int max = item.scale() == null ? 0 : item.scale().max();
            String[] values = item.choices().stream().map(o -> o.value().toLowerCase(Locale.ROOT)).toArray(String[]::new);
            if (item.type() == ItemType.MULTIPLE && values.length > MAX_MULTIPLE_OPTIONS) {
                throw new IllegalArgumentException("item \"" + item.id() + "\" has more than "
                        + MAX_MULTIPLE_OPTIONS + " options; the tally codes a multiple choice in one int");
            }
            return new Column(item, index, item.type(), min, max, values);
        }

        public String id() {
            return item.id();
        }

        /** How many different codes an answer can take, 0 (no answer) included. */
        public long codeCount() {
            return switch (type) {
                case RATING -> max - min + 2L;
                case SINGLE, CHECK -> values.length + 1L;
                case MULTIPLE -> 1L << values.length;
                default -> 2;
            };
        }

        /** The rating value of a code. */
        public int value(int code) {
            return min + code - 1;
        }

        /** The answer as Scorer takes it: Integer, String, List of String; null for no answer. */
        public Object answer(int code, String text) {
            if (code == 0) {
                return null;
            }
            return switch (type) {
                case RATING -> value(code);
                case SINGLE -> item.options().get(code - 1).value();
                case CHECK -> Item.CHECK_ANSWERS.get(code - 1).value();
                case MULTIPLE -> chosen(code);
                default -> text == null ? "answered" : text;
            };
        }

        private List<String> chosen(int mask) {
            List<String> out = new java.util.ArrayList<>();
            for (int o = 0; o < values.length; o++) {
                if ((mask & (1 << o)) != 0) {
                    out.add(item.options().get(o).value());
                }
            }
            return out;
        }
    }
}
