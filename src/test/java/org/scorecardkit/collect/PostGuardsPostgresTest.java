package org.scorecardkit.collect;

import org.scorecardkit.collect.store.PostgresServer;

/** {@link PostGuardsTest} against a real PostgreSQL server: the discarded counts and rows live there. */
class PostGuardsPostgresTest extends PostGuardsTest {
    @Override
    String database() {
        return PostgresServer.jdbcUrl("guards");
    }

    /** The inherited tests really run on PostgreSQL, not on a SQLite file the address was mistaken for. */
    @org.junit.jupiter.api.Test
    void theCollectorStoresIntoPostgresql() throws Exception {
        start(0, 0);
        org.junit.jupiter.api.Assertions.assertEquals(org.scorecardkit.collect.store.Database.Dialect.POSTGRESQL,
                collector.collector().db().dialect());
    }
}
