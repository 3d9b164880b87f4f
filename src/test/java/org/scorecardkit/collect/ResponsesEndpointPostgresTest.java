package org.scorecardkit.collect;

import org.scorecardkit.collect.store.PostgresServer;

/** {@link ResponsesEndpointTest} against a real PostgreSQL server: every answer and row the same as with SQLite. */
class ResponsesEndpointPostgresTest extends ResponsesEndpointTest {
    @Override
    String database() {
        return PostgresServer.jdbcUrl("endpoint");
    }
}
