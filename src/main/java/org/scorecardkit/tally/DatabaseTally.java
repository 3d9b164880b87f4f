package org.scorecardkit.tally;

import java.time.Instant;
import java.util.function.Consumer;
import org.scorecardkit.collect.store.Database;
import org.scorecardkit.model.DateOrder;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.tally.aggregate.Breakdown;
import org.scorecardkit.tally.check.Problem;

/**
 * Tallies the responses a collector stored, where they are: with PostgreSQL the counting runs inside the
 * database as SQL and only aggregates come back; with SQLite the rows are read, in id order, through the
 * one checker like any file. Either way the result equals, figure for figure, the tally of an export of the
 * same rows.
 */
public final class DatabaseTally {
    private DatabaseTally() {
    }

    /**
     * @param since only responses received at or after this instant, or null for all
     * @param by the breakdown, or null
     * @param dateOrder site.yaml's date order, or null
     */
    public static Tally.Result run(Instrument instrument, Database db, Instant since, Breakdown by, int maxGroups,
                                   DateOrder dateOrder, Consumer<Problem> rejects) {
        throw new UnsupportedOperationException("tally-db helper writes this");
    }
}
