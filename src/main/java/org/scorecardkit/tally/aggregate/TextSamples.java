package org.scorecardkit.tally.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.tally.check.Layout;

/**
 * Rebuilds, while a state is merged, the free-text answers the report quotes, so that they are
 * exactly the first {@link Aggregate#TEXT_SAMPLES} one tally of all the rows would keep: the
 * state's answers of rows without an id and those of its respondents interleave in the order the
 * rows were read, and a respondent taken out as a later duplicate offers none. Consumes the samples
 * and records of one state; produces the quoted answers of the merged aggregate.
 */
final class TextSamples {
    /** Room for the " … (+N characters)" a capped text ends with. */
    private static final int CAPPED_MAX = Aggregate.TEXT_CAP + 40;

    private final Aggregate target;
    private final int[] columns;
    private final List<List<RespondentRows.Sample>> samples = new ArrayList<>();
    private final int[] next;

    /** Reads the samples of {@code texts} (the "texts" of a state's whole) for merging into {@code target}. */
    TextSamples(Aggregate target, JsonNode texts, Aggregate state) throws StateReader.InvalidState {
        this.target = target;
        Layout layout = target.layout();
        this.columns = RespondentRows.textColumns(layout);
        this.next = new int[columns.length];
        if (!texts.isObject() || texts.size() != columns.length) {
            throw StateReader.damaged("whole.texts does not hold one list per free-text item");
        }
        for (int c : columns) {
            String path = "whole.texts." + layout.column(c).id();
            samples.add(read(texts.path(layout.column(c).id()), path, state.answered(c)));
        }
    }

    private static List<RespondentRows.Sample> read(JsonNode list, String path, long answered) throws StateReader.InvalidState {
        if (!list.isArray() || list.size() > Math.min(Aggregate.TEXT_SAMPLES, answered)) {
            throw StateReader.damaged(path + " is not a list of at most " + Math.min(Aggregate.TEXT_SAMPLES, answered) + " answers");
        }
        List<RespondentRows.Sample> out = new ArrayList<>();
        long last = 0;
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            long position = AggregateReader.count(s.path(0), path + "[" + i + "][0]");
            if (!s.isArray() || s.size() != 2 || position < last || !text(s.get(1))) {
                throw StateReader.damaged(path + "[" + i + "] is not a [place, answer] pair in order");
            }
            last = position;
            out.add(new RespondentRows.Sample(position, s.get(1).asText()));
        }
        return out;
    }

    /** Whether a node is a text as short as a state keeps. */
    static boolean text(JsonNode t) {
        return t.isTextual() && shortEnough(t.asText());
    }

    /** Whether a text is as short as a state keeps (a capped one included). */
    static boolean shortEnough(String t) {
        return t.length() <= CAPPED_MAX || t.codePointCount(0, t.length()) <= CAPPED_MAX;
    }

    /** Offers the answers of rows without an id read before record {@code record} (all of them for the end). */
    void before(long record) {
        for (int t = 0; t < columns.length; t++) {
            List<RespondentRows.Sample> list = samples.get(t);
            while (next[t] < list.size() && list.get(next[t]).position() <= record) {
                offer(t, list.get(next[t]++).text());
            }
        }
    }

    /** Offers a kept respondent's texts (per free-text column, null where none was kept). */
    void respondent(String[] texts) {
        for (int t = 0; t < columns.length; t++) {
            if (texts[t] != null) {
                offer(t, texts[t]);
            }
        }
    }

    /** Whether every sample was placed among the state's {@code records} records. */
    boolean placed(long records) {
        for (List<RespondentRows.Sample> list : samples) {
            if (!list.isEmpty() && list.get(list.size() - 1).position() > records) {
                return false;
            }
        }
        return true;
    }

    private void offer(int t, String text) {
        List<String> kept = target.texts.get(columns[t]);
        if (kept.size() < Aggregate.TEXT_SAMPLES) {
            kept.add(text);
        }
    }
}
