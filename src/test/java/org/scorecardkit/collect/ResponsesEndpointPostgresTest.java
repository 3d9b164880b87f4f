package org.scorecardkit.collect;

import org.scorecardkit.collect.store.PostgresServer;

/** {@link ResponsesEndpointTest} against a real PostgreSQL server: every answer and row the same as with SQLite. */
class ResponsesEndpointPostgresTest extends ResponsesEndpointTest {
    @Override
    String database() {
        return PostgresServer.jdbcUrl("endpoint");
    }

    /** The inherited tests really run on PostgreSQL, not on a SQLite file the address was mistaken for. */
    @org.junit.jupiter.api.Test
    void theCollectorStoresIntoPostgresql() throws Exception {
        start();
        org.junit.jupiter.api.Assertions.assertEquals(org.scorecardkit.collect.store.Database.Dialect.POSTGRESQL,
                collector.collector().db().dialect());
    }
}
