package org.scorecardkit.collect.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The reading half of a response store, the same SQL for both dialects: counts, the discarded
 * counts, the responses streamed in id order, and what a repeated submission id means.
 */
abstract class ResponseRows implements ResponseStore, AutoCloseable {
    static final String INSERT_COLUMNS = "INSERT INTO responses (instrument, version, submission, received, respondent, grp, answered_on, answers) ";
    static final String SELECT_EXISTING = "SELECT version, respondent, grp, answered_on, answers FROM responses WHERE instrument = ? AND submission = ?";
    static final String DISCARD = "INSERT INTO discarded (instrument, why, count) VALUES (?, ?, 1) "
            + "ON CONFLICT (instrument, why) DO UPDATE SET count = discarded.count + 1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> ANSWERS = new TypeReference<>() { };

    /** The readers' connections. */
    final DataSource readers;

    ResponseRows(DataSource readers) {
        this.readers = readers;
    }

    @Override
    public long count(String instrument) {
        try (Connection c = readers.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM responses WHERE instrument = ?")) {
            s.setString(1, instrument);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw failed("counting the responses of " + instrument, e);
        }
    }

    @Override
    public Map<String, Long> discarded(String instrument) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = readers.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT why, count FROM discarded WHERE instrument = ?")) {
            s.setString(1, instrument);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.put(r.getString(1), r.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw failed("reading the discarded posts of " + instrument, e);
        }
        return counts;
    }

    @Override
    public void forEach(String instrument, Instant since, Consumer<StoredResponse> each) {
        String sql = "SELECT id, instrument, version, submission, received, respondent, grp, answered_on, answers"
                + " FROM responses WHERE instrument = ?" + (since == null ? "" : " AND received >= ?") + " ORDER BY id";
        try (Connection c = readers.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            // PostgreSQL only streams with a cursor, and a cursor needs a transaction.
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(1000);
                s.setString(1, instrument);
                if (since != null) {
                    s.setLong(2, since.toEpochMilli());
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        each.accept(row(r));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failed("reading the responses of " + instrument, e);
        }
    }

    private static StoredResponse row(ResultSet r) throws SQLException {
        return new StoredResponse(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                Instant.ofEpochMilli(r.getLong(5)), r.getString(6), r.getString(7), r.getString(8), answers(r.getString(9)));
    }

    /**
     * What storing {@code response} means when its insert wrote nothing: the row of the same
     * instrument and submission is there already, with the same answers or with others.
     */
    static Outcome existing(PreparedStatement select, StoredResponse response) throws SQLException {
        select.setString(1, response.instrument());
        select.setString(2, response.submission());
        try (ResultSet r = select.executeQuery()) {
            if (!r.next()) {
                throw new SQLException("the response " + response.submission() + " of " + response.instrument()
                        + " was neither written nor found");
            }
            boolean same = Objects.equals(r.getString(1), response.version())
                    && Objects.equals(r.getString(2), response.respondent())
                    && Objects.equals(r.getString(3), response.group())
                    && Objects.equals(r.getString(4), response.date())
                    && answers(r.getString(5)).equals(response.answers());
            return same ? Outcome.ALREADY_STORED : Outcome.CONFLICT;
        }
    }

    /** Sets the eight insert parameters of a response, its answers already as JSON; {@code received} defaults to now. */
    static void bind(PreparedStatement insert, StoredResponse response, String answers) throws SQLException {
        Instant received = response.received() == null ? Instant.now() : response.received();
        insert.setString(1, response.instrument());
        insert.setString(2, response.version());
        insert.setString(3, response.submission());
        insert.setLong(4, received.toEpochMilli());
        insert.setString(5, response.respondent());
        insert.setString(6, response.group());
        insert.setString(7, response.date());
        insert.setString(8, answers);
    }

    /** The answers as a JSON object, in the map's order. */
    static String json(Map<String, String> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON object of answers read back, in the order it was written (SQLite) or the database keeps (jsonb). */
    static Map<String, String> answers(String json) {
        try {
            return JSON.readValue(json, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IllegalStateException failed(String doing, SQLException e) {
        return new IllegalStateException(doing + ": " + Database.firstLine(e), e);
    }
}
