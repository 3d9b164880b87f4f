package org.scorecardkit.tally.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scorecardkit.collect.store.PostgresServer;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.RecordCheck;

/**
 * The push-down reads a respondent id (and every meta field) in SQL exactly as the checker reads the
 * cell: spaces of every kind around it dropped, the {@code '} before a formula mark taken away.
 */
class SqlCellTest {
    private static final List<String> CELLS = List.of("p1", " p1 ", "'=x", "'= x ", "'\t", "' x", "\u00a0id\ufeff", "'", "''=x",
            "\t'=x", "=x", "'+1", "'a", "a b", "\r\n", "'-'", "'@ @", "x\u2003");

    @Test
    void sqlReadsACellAsTheCheckerDoes() throws Exception {
        RecordCheck check = new RecordCheck(new Layout(TallyFixtures.instrument("trio")), null);
        try (Connection c = DriverManager.getConnection(PostgresServer.jdbcUrl("sqlcell")); Statement s = c.createStatement()) {
            for (String cell : CELLS) {
                RecordCheck.Checked checked = check.check("test", Map.of("respondent", cell, "a", "3").entrySet(), "");
                String expected = checked.respondent() == null ? "" : checked.respondent();
                try (ResultSet rs = s.executeQuery("SELECT " + Sql.cell(Sql.literal(cell)))) {
                    rs.next();
                    assertEquals(expected, rs.getString(1), "cell [" + cell + "]");
                }
            }
        }
    }
}
