package org.scorecardkit.collect;

import org.scorecardkit.collect.store.PostgresServer;

/** {@link PostGuardsTest} against a real PostgreSQL server: the discarded counts and rows live there. */
class PostGuardsPostgresTest extends PostGuardsTest {
    @Override
    String database() {
        return PostgresServer.jdbcUrl("guards");
    }
}
