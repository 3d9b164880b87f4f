import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Tallies an NPS response file with DuckDB, the way an analyst would: read_csv in SQL, then counts
 * of promoters (9-10), passives (7-8) and detractors (0-6) and the score; prints one line
 * "rows=N answered=N promoters=N passives=N detractors=N nps=X" for bench/tally.sh to compare.
 */
public final class NpsDuckDb {
    private static final String QUERY = """
            SELECT count(*) AS rows_read,
                   count(recommend) AS answered,
                   count(*) FILTER (WHERE recommend >= 9) AS promoters,
                   count(*) FILTER (WHERE recommend BETWEEN 7 AND 8) AS passives,
                   count(*) FILTER (WHERE recommend <= 6) AS detractors
            FROM read_csv(?, header = true)
            """;

    private NpsDuckDb() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement query = db.prepareStatement(QUERY)) {
            query.setString(1, args[0]);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                long answered = r.getLong("answered");
                long promoters = r.getLong("promoters");
                long detractors = r.getLong("detractors");
                double nps = answered == 0 ? 0 : 100.0 * (promoters - detractors) / answered;
                System.out.printf(java.util.Locale.ROOT, "rows=%d answered=%d promoters=%d passives=%d detractors=%d nps=%.1f%n",
                        r.getLong("rows_read"), answered, promoters, r.getLong("passives"), detractors, nps);
            }
        }
    }
}
