package org.scorecardkit.tally.aggregate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.ProblemKind;
import org.scorecardkit.tally.check.Reason;

/**
 * Writes a {@link TallyState} as JSON (--save-state), streaming, and reads one back for
 * {@code tally merge}. Every count is written exactly (score values as shortest round-tripping
 * doubles); the respondents' digests and rows follow the counts, and a SHA-256 checksum of
 * everything before it ends the file, so that a state changed after saving is refused. From format
 * 5, each aggregate's {@code "dates"} ({@code {"first": "yyyy-mm-dd", "last": …}} or null) is the
 * range of its rows without a respondent id, and each respondent's record ends with its own date
 * (or null): a merge takes a later duplicate out, so its date must never be in a range it cannot
 * take back.
 */
public final class StateJson {
    /** The format tag every state file starts with. */
    public static final String FORMAT = "scorecard-kit tally state 5";
    /**
     * The format before the range of dates was kept: no "dates" in its aggregates. Still merged: its
     * rows count as rows whose date is unknown, so the merged range is that of the other states' rows.
     */
    static final String FORMAT_4 = "scorecard-kit tally state 4";
    /**
     * The format before scanned sheets were tallied: no scan counts, and problems of the first five kinds
     * only. Still merged: such a state counted no scan, so its scan counts are exactly zero.
     */
    static final String FORMAT_3 = "scorecard-kit tally state 3";
    /** The format before problems were counted by kind (and a bad cell rejected its row). */
    static final String FORMAT_2 = "scorecard-kit tally state 2";
    /** The tag of states saved before they carried respondent digests and a checksum. */
    static final String FORMAT_1 = "scorecard-kit tally state 1";
    private static final JsonFactory JSON = new JsonFactory();

    private StateJson() {
    }

    /** The state as bytes; see {@link #write(TallyState, List, OutputStream)}, which needs no array of them. */
    public static byte[] write(TallyState s, List<String> notes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(s, notes, out);
        return out.toByteArray();
    }

    /**
     * Writes the state to {@code out} (left open), the respondents streamed from their temporary
     * file; the tally must have been run keeping them ({@code Tally.Options.keepRespondents}).
     */
    public static void write(TallyState s, List<String> notes, OutputStream out) throws IOException {
        RespondentRows respondents = s.respondents();
        if (respondents == null) {
            throw new IllegalStateException("a state is saved only from a tally run with keepRespondents");
        }
        DigestOutputStream digesting = new DigestOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StateChecksum.sha256());
        try (JsonGenerator g = JSON.createGenerator(digesting)) {
            DefaultIndenter indent = new DefaultIndenter("  ", "\n");
            // Objects one key a line, arrays of counts on one line: readable, and the same bytes everywhere.
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indent)
                    .withArrayIndenter(new DefaultPrettyPrinter.FixedSpaceIndenter()));
            g.writeStartObject();
            identity(g, s);
            counts(g, s, notes);
            g.writeObjectFieldStart("respondents");
            respondents.forEach(r -> respondent(g, r));
            g.writeEndObject();
            g.flush();
            // The checksum covers every byte before the separator that precedes its field.
            byte[] sum = digesting.getMessageDigest().digest();
            digesting.on(false);
            g.writeStringField("checksum", HexFormat.of().formatHex(sum));
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** What the state is of: the format, the instrument, its version and columns, and the breakdown. */
    private static void identity(JsonGenerator g, TallyState s) throws IOException {
        g.writeStringField("format", FORMAT);
        g.writeStringField("instrument", s.layout().instrument().id());
        g.writeStringField("version", s.layout().instrument().version());
        g.writeArrayFieldStart("columns");
        for (String c : s.layout().instrument().columns()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeStringField("by", s.by() == null ? null : s.by().option());
    }

    private static void counts(JsonGenerator g, TallyState s, List<String> notes) throws IOException {
        g.writeNumberField("read", s.read);
        g.writeNumberField("blank_lines", s.blank);
        g.writeObjectFieldStart("rejects");
        for (Reason r : Reason.values()) {
            g.writeNumberField(r.key(), s.reasons[r.ordinal()]);
        }
        g.writeEndObject();
        g.writeObjectFieldStart("problems");
        for (ProblemKind k : ProblemKind.values()) {
            g.writeNumberField(k.key(), s.kinds[k.ordinal()]);
        }
        g.writeEndObject();
        g.writeObjectFieldStart("scans");
        for (int i = 0; i < TallyState.SCANS.length; i++) {
            g.writeNumberField(TallyState.SCANS[i], s.scans[i]);
        }
        g.writeEndObject();
        g.writeArrayFieldStart("notes");
        for (String n : notes) {
            g.writeString(n);
        }
        g.writeEndArray();
        g.writeFieldName("whole");
        AggregateJson.write(g, s.whole(), s.respondents().anonymousDates(null), s.respondents());
        g.writeObjectFieldStart("groups");
        for (Map.Entry<String, Aggregate> e : s.groups().entrySet()) {
            g.writeFieldName(e.getKey());
            AggregateJson.write(g, e.getValue(), s.respondents().anonymousDates(e.getKey()), null);
        }
        g.writeEndObject();
    }

    /** One respondent: {@code "digest" : [ key, [ codes ], [ texts ], date ]}, the date yyyy-mm-dd or null. */
    private static void respondent(JsonGenerator g, RespondentRows.Record r) throws IOException {
        g.writeFieldName(HexFormat.of().formatHex(r.digest()));
        g.writeStartArray();
        g.writeString(r.key());
        g.writeArray(r.codes(), 0, r.codes().length);
        g.writeStartArray();
        for (String t : r.texts()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeString(r.date() == 0 ? null : org.scorecardkit.tally.check.DateReading.iso(r.date()));
        g.writeEndArray();
    }

    /** A saved state, read against the instrument it was saved for. */
    public record Saved(TallyState state, List<String> notes) {
    }

    /** The instrument id a state was saved for, to find its definition before reading the rest. */
    public static String instrumentOf(byte[] json) throws IOException {
        return StateReader.instrumentOf(new ByteArrayInputStream(json));
    }

    /**
     * Reads one state, checked as a merge checks it (checksum, counts, respondents), into the
     * numbers it stands for; fails when it was saved for another version or other columns.
     */
    public static Saved read(byte[] json, Layout layout) throws IOException {
        StateMerge merge = new StateMerge(layout);
        merge.add("the state", () -> new ByteArrayInputStream(json));
        return new Saved(merge.result(), merge.notes());
    }
}
