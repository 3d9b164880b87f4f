package org.scorecardkit.collect.store;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;

/**
 * Responses in a SQLite file: every write goes through the one writer thread (group commit, full
 * sync), reads go through the readers' own connections, which WAL lets read while the writer writes.
 */
final class SqliteResponses extends ResponseRows {
    private final SqliteWriter writer;

    SqliteResponses(DataSource readers, DataSource writerSource) throws SQLException {
        super(readers);
        this.writer = new SqliteWriter(writerSource.getConnection());
    }

    @Override
    public CompletableFuture<Outcome> store(StoredResponse response) {
        return writer.store(response);
    }

    /** Waits until the count is committed, so a discarded post is answered as late as a stored one. */
    @Override
    public void discarded(String instrument, String why) {
        try {
            writer.discard(instrument, why).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw failed("counting a discarded post of " + instrument, sql);
            }
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        writer.close();
    }
}
