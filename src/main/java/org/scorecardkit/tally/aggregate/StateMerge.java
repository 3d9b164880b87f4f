package org.scorecardkit.tally.aggregate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.ProblemKind;
import org.scorecardkit.tally.check.Reason;

/**
 * Merges saved states of one instrument, one after another, into the state one tally of all their
 * rows in the same order would have counted: each state's checksum is checked and its counts are
 * checked to add up, its counts are added, and every respondent an earlier state already holds is
 * taken back out as a later duplicate. A state is streamed, never held whole. Produces the merged
 * {@link TallyState} and the notes of every state.
 */
public final class StateMerge {
    private static final ObjectMapper TREES = new ObjectMapper(StateReader.JSON);

    /** Where a state's bytes come from; opened twice (checksum, then content). */
    public interface Source {
        InputStream open() throws IOException;
    }

    private final Layout layout;
    private final int maxGroups;
    private final DigestSet seen = new DigestSet();
    private final Map<String, String> checksums = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private TallyState merged;
    private int states;

    /** A merge with the default bound on breakdown keys, {@link TallyState#MAX_GROUPS}. */
    public StateMerge(Layout layout) {
        this(layout, TallyState.MAX_GROUPS);
    }

    /** @param maxGroups the most breakdown keys a state, and the merge of all, may have (as a tally's --max-groups) */
    public StateMerge(Layout layout, int maxGroups) {
        this.layout = layout;
        this.maxGroups = maxGroups;
    }

    /** Adds the state {@code name}; when it fails, the merge as a whole is void. */
    public void add(String name, Source source) throws IOException {
        String checksum;
        try (InputStream in = source.open()) {
            checksum = StateChecksum.verify(in);
        }
        String earlier = checksums.get(checksum);
        if (earlier != null) {
            throw new StateReader.InvalidState("the same state as " + earlier + " (the same checksum); name each state once");
        }
        if (states == DigestSet.MAX_STATES) {
            throw new StateReader.InvalidState("merge at most " + DigestSet.MAX_STATES + " states at once");
        }
        try (InputStream in = source.open(); JsonParser p = StateReader.JSON.createParser(in)) {
            p.setCodec(TREES);
            read(p);
        } catch (JsonProcessingException e) {
            throw StateReader.damaged("it is not well-formed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        } catch (ArithmeticException e) {
            throw StateReader.damaged("a count is too large to add up");
        }
        checksums.put(checksum, name);
        states++;
    }

    public TallyState result() {
        return merged;
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    private void read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw StateReader.damaged("it does not start with {");
        }
        String format = text(p, "format");
        String instrument = text(p, "instrument");
        boolean before4 = StateJson.FORMAT_3.equals(format);
        // States of format 3 and 4 kept no range of dates: their rows merge as rows whose date is unknown.
        boolean withDates = StateJson.FORMAT.equals(format);
        if (!withDates && !before4 && !StateJson.FORMAT_4.equals(format) || !layout.instrument().id().equals(instrument)) {
            throw StateReader.damaged("\"format\" or \"instrument\" changed");
        }
        identity(p);
        TallyState one = new TallyState(layout, merged.by());
        one.read = AggregateReader.count(tree(p, "read"), "read");
        one.blank = AggregateReader.count(tree(p, "blank_lines"), "blank_lines");
        rejects(tree(p, "rejects"), one);
        problems(tree(p, "problems"), one, before4);
        if (!before4) {
            scans(tree(p, "scans"), one);
        }
        List<String> stateNotes = notes(tree(p, "notes"));
        JsonNode whole = tree(p, "whole");
        AggregateReader.read(whole, one.whole(), "whole", withDates);
        TextSamples samples = new TextSamples(merged.whole(), whole.path("texts"), one.whole());
        groups(p, one, withDates);
        check(one);
        merged.addAll(one);
        field(p, "respondents");
        new RespondentReader(one, merged, seen, states, samples, withDates).read(p);
        text(p, "checksum");
        if (p.nextToken() != JsonToken.END_OBJECT) {
            throw StateReader.damaged("it goes on after the checksum");
        }
        negative("whole", merged.whole());
        for (Map.Entry<String, Aggregate> g : merged.groups().entrySet()) {
            negative("groups.\"" + g.getKey() + "\"", g.getValue());
        }
        // Counted after the duplicates are out: one tally would never have made a group of duplicates only.
        if (merged.groups().size() > maxGroups) {
            throw tooManyGroups("with the states before it, the merge has");
        }
        notes.addAll(stateNotes);
    }

    /** Fails when taking the state's later duplicates out left a count below zero: its respondents contradict its counts. */
    private static void negative(String where, Aggregate a) throws StateReader.InvalidState {
        String negative = AggregateReader.negative(a);
        if (negative != null) {
            throw StateReader.inconsistent("its respondents do not match its counts (" + where + "." + negative + ")");
        }
    }

    /** The version, columns and breakdown: the same as the content's, and as the other states'. */
    private void identity(JsonParser p) throws IOException {
        String version = text(p, "version");
        if (!layout.instrument().version().equals(version)) {
            throw new StateReader.InvalidState("the state is of version " + version + " of " + layout.instrument().id()
                    + ", but the content defines version " + layout.instrument().version());
        }
        List<String> columns = new ArrayList<>();
        tree(p, "columns").forEach(c -> columns.add(c.asText()));
        if (!columns.equals(layout.instrument().columns())) {
            throw new StateReader.InvalidState("the state's columns differ from the instrument's: " + columns);
        }
        field(p, "by");
        p.nextToken();
        Breakdown by;
        try {
            by = p.currentToken() == JsonToken.VALUE_NULL ? null : Breakdown.of(p.getValueAsString(""));
        } catch (IllegalArgumentException e) {
            throw StateReader.damaged("\"by\" is " + p.getText() + ", not group, month, quarter or null");
        }
        if (merged == null) {
            merged = new TallyState(layout, by);
        } else if (merged.by() != by) {
            throw new StateReader.InvalidState("the state was saved " + (by == null ? "without a breakdown" : "--by " + by.option())
                    + ", the others " + (merged.by() == null ? "without one" : "--by " + merged.by().option()));
        }
    }

    private StateReader.InvalidState tooManyGroups(String who) {
        Breakdown by = merged.by();
        return new StateReader.InvalidState(String.format(Locale.ROOT, "%s more than %,d %s in --by %s, the most a merge takes"
                + " (the default --max-groups); check the %s column of the responses", who, maxGroups,
                by == Breakdown.GROUP ? "groups" : by.option() + "s", by.option(), by == Breakdown.GROUP ? "group" : "date"));
    }

    private static void rejects(JsonNode node, TallyState one) throws StateReader.InvalidState {
        if (!node.isObject() || node.size() != Reason.values().length) {
            throw StateReader.damaged("\"rejects\" does not count every reason");
        }
        for (Reason r : Reason.values()) {
            one.reasons[r.ordinal()] = AggregateReader.count(node.path(r.key()), "rejects." + r.key());
        }
    }

    /** @param before4 a state of format 3, which knew the kinds up to ignored columns only (and counted none of the later ones) */
    private static void problems(JsonNode node, TallyState one, boolean before4) throws StateReader.InvalidState {
        int known = before4 ? ProblemKind.COLUMN_IGNORED.ordinal() + 1 : ProblemKind.values().length;
        if (!node.isObject() || node.size() != known) {
            throw StateReader.damaged("\"problems\" does not count every kind");
        }
        for (ProblemKind k : java.util.Arrays.copyOf(ProblemKind.values(), known)) {
            one.kinds[k.ordinal()] = AggregateReader.count(node.path(k.key()), "problems." + k.key());
        }
    }

    private static void scans(JsonNode node, TallyState one) throws StateReader.InvalidState {
        if (!node.isObject() || node.size() != TallyState.SCANS.length) {
            throw StateReader.damaged("\"scans\" does not count pages, sheets and corrected marks");
        }
        for (int i = 0; i < TallyState.SCANS.length; i++) {
            one.scans[i] = AggregateReader.count(node.path(TallyState.SCANS[i]), "scans." + TallyState.SCANS[i]);
        }
        if (one.scans[1] > one.read) {
            throw StateReader.inconsistent(one.scans[1] + " sheets scanned, but " + one.read + " rows read");
        }
    }

    private static List<String> notes(JsonNode node) throws StateReader.InvalidState {
        List<String> out = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual()) {
                throw StateReader.damaged("a note is " + AggregateReader.shown(n) + ", not a text");
            }
            out.add(n.asText());
        }
        if (!node.isArray()) {
            throw StateReader.damaged("\"notes\" is not a list");
        }
        return out;
    }

    private void groups(JsonParser p, TallyState one, boolean withDates) throws IOException {
        field(p, "groups");
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw StateReader.damaged("\"groups\" is not an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            if (one.by() == null || one.groups().containsKey(key)) {
                throw StateReader.damaged(one.by() == null ? "it has groups but no breakdown" : "group \"" + key + "\" appears twice");
            }
            if (one.groups().size() == maxGroups) {   // before the group is made: a state's groups are not all held first
                throw tooManyGroups("the state has");
            }
            String where = "groups.\"" + key + "\"";
            AggregateReader.read(p.readValueAsTree(), one.group(key), where, withDates);
            if (one.groups().get(key).rows() == 0) {
                throw StateReader.inconsistent(where + " has no rows");
            }
        }
    }

    /** Rows read = accepted + rejected; the groups add up to the whole. */
    private static void check(TallyState one) throws StateReader.InvalidState {
        long rejected = 0;
        for (long r : one.reasons) {
            rejected += r;
        }
        if (one.read != one.accepted() + rejected) {
            throw StateReader.inconsistent(one.read + " rows read, but " + one.accepted() + " accepted + " + rejected + " rejected");
        }
        if (one.by() != null) {
            Aggregate sum = new Aggregate(one.layout(), one.values(), false);
            one.groups().values().forEach(sum::addAll);
            String difference = AggregateReader.difference(sum, one.whole());
            if (difference != null) {
                throw StateReader.inconsistent("the groups do not add up to the whole in " + difference);
            }
        }
    }

    private static void field(JsonParser p, String name) throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME || !name.equals(p.currentName())) {
            throw StateReader.damaged("\"" + name + "\" was expected where " + (p.currentToken() == null ? "the file ends"
                    : "\"" + p.getText() + "\" is"));
        }
    }

    private static JsonNode tree(JsonParser p, String name) throws IOException {
        field(p, name);
        p.nextToken();
        return p.readValueAsTree();
    }

    private static String text(JsonParser p, String name) throws IOException {
        field(p, name);
        String value = p.nextTextValue();
        if (value == null) {
            throw StateReader.damaged("\"" + name + "\" is not a text");
        }
        return value;
    }
}
