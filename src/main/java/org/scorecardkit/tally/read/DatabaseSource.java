package org.scorecardkit.tally.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The responses a collector stored, as a response source: every row of one instrument (received at
 * or after a moment, when asked), in id order, read as a named record (respondent, group, date,
 * instrument, version and the answers) into batches, so that the one checker counts them exactly as
 * it counts the rows of a file. Rows of other instruments are not read at all; rows of another version
 * are read and rejected like in a file. Streams: memory does not grow with the rows.
 */
public final class DatabaseSource implements ResponseSource {
    /** Rows fetched from the database at a time. */
    private static final int FETCH = 2048;
    private static final JsonFactory JSON = new JsonFactory();

    private final DataSource db;
    private final String name;
    private final String instrument;
    private final Instant since;

    /**
     * @param name what messages and rejects.csv call the database (its address without a password)
     * @param since only responses received at or after this, or null for all
     */
    public DatabaseSource(DataSource db, String name, String instrument, Instant since) {
        this.db = db;
        this.name = name;
        this.instrument = instrument;
        this.since = since;
    }

    @Override
    public String name() {
        return name;
    }

    /** The query of the rows read, in id order: {@code ?} the instrument, then (with since) the first millisecond. */
    public static String query(boolean since) {
        return "SELECT id, version, respondent, grp, answered_on, answers FROM responses WHERE instrument = ?"
                + (since ? " AND received >= ?" : "") + " ORDER BY id";
    }

    @Override
    public CellBatch read(int index, CellBatch batch, BatchSink sink) {
        ResponseFile file = new ResponseFile(index, null, name, Format.JSON, (char) 0);
        CellBatch b = batch.reset(CellBatch.Kind.ROWS, file);
        String error = null;
        int errorLine = 0;
        try (Connection c = db.getConnection()) {
            // PostgreSQL streams a result through a cursor only inside a transaction.
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(query(since != null))) {
                s.setFetchSize(FETCH);
                s.setString(1, instrument);
                if (since != null) {
                    s.setLong(2, since.toEpochMilli());
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        errorLine = (int) Math.min(Integer.MAX_VALUE, rs.getLong(1));
                        b = row(rs, errorLine, b, sink, file);
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            error = "cannot read the database: " + e.getMessage() + "; the rest of its responses were not read";
        } catch (IOException e) {
            error = "a stored response's answers are not a JSON object (" + e.getMessage()
                    + "); the rest of the database was not read";
        }
        b.end(error, error == null ? 0 : errorLine);
        return sink.accept(b);
    }

    private CellBatch row(ResultSet rs, int line, CellBatch b, BatchSink sink, ResponseFile file) throws SQLException, IOException {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        meta(fields, "respondent", rs.getString(3));
        meta(fields, "group", rs.getString(4));
        meta(fields, "date", rs.getString(5));
        meta(fields, "instrument", instrument);
        meta(fields, "version", rs.getString(2));
        String answers = rs.getString(6);
        answers(answers, fields);
        String raw = raw(rs.getString(3), rs.getString(4), rs.getString(5), instrument, rs.getString(2), answers);
        if (!RecordBatch.add(b, line, fields, raw)) {
            b = sink.accept(b).reset(CellBatch.Kind.ROWS, file);
            RecordBatch.add(b, line, fields, raw);
        }
        return b;
    }

    private static void meta(List<Map.Entry<String, String>> fields, String key, String value) {
        if (value != null) {
            fields.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
        }
    }

    /** The answers object's fields, each as its text (a list's values joined with ";", as a JSON row's are). */
    static void answers(String json, List<Map.Entry<String, String>> fields) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken t = p.nextToken();
                String value;
                if (t == JsonToken.START_ARRAY) {
                    StringBuilder s = new StringBuilder();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        s.append(s.isEmpty() ? "" : ";").append(p.getText());
                    }
                    value = s.toString();
                } else if (t == JsonToken.START_OBJECT) {
                    p.skipChildren();
                    value = "";
                } else {
                    value = t == JsonToken.VALUE_NULL ? "" : p.getText();
                }
                fields.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
            }
        }
    }

    /** The row as rejects.csv shows it: its meta fields (null ones left out) and its answers, as one JSON object. */
    public static String raw(String respondent, String group, String date, String instrument, String version, String answers) {
        StringBuilder s = new StringBuilder("{");
        String[] names = {"respondent", "group", "date", "instrument", "version"};
        String[] values = {respondent, group, date, instrument, version};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                s.append('"').append(names[i]).append("\":");
                quote(s, values[i]);
                s.append(',');
            }
        }
        return s.append("\"answers\":").append(answers).append('}').toString();
    }

    private static void quote(StringBuilder s, String v) {
        s.append('"');
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        s.append(String.format("\\u%04x", (int) ch));
                    } else {
                        s.append(ch);
                    }
                }
            }
        }
        s.append('"');
    }
}
