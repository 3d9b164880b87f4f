package org.scorecardkit.collect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * Responses in PostgreSQL: each store is one insert through the pool in the caller's thread, durable
 * when it returns (PostgreSQL's default commit waits for the WAL flush, and concurrent commits share
 * one flush), and a repeated submission id writes nothing.
 */
final class PostgresResponses extends ResponseRows {
    private static final String INSERT = INSERT_COLUMNS + "VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb)) "
            + "ON CONFLICT (instrument, submission) DO NOTHING";

    PostgresResponses(DataSource pool) {
        super(pool);
    }

    /** Stores in the calling thread: the returned future is already complete. */
    @Override
    public CompletableFuture<Outcome> store(StoredResponse response) {
        try {
            return CompletableFuture.completedFuture(write(response, json(response.answers())));
        } catch (SQLException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    // The JSON is made before a connection is taken: a pooled connection is held only for the SQL.
    private Outcome write(StoredResponse response, String answers) throws SQLException {
        try (Connection c = readers.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                bind(insert, response, answers);
                if (insert.executeUpdate() == 1) {
                    return Outcome.STORED;
                }
            }
            try (PreparedStatement select = c.prepareStatement(SELECT_EXISTING)) {
                return existing(select, response);
            }
        }
    }

    @Override
    public void discarded(String instrument, String why) {
        try (Connection c = readers.getConnection(); PreparedStatement s = c.prepareStatement(DISCARD)) {
            s.setString(1, instrument);
            s.setString(2, why);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed("counting a discarded post of " + instrument, e);
        }
    }

    @Override
    public void close() {
        // Nothing queued: every store finished in its caller's thread.
    }
}
