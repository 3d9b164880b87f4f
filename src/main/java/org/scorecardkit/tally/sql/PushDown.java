package org.scorecardkit.tally.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.tally.Tally;
import org.scorecardkit.tally.aggregate.Breakdown;
import org.scorecardkit.tally.aggregate.TallyState;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.Problem;
import org.scorecardkit.tally.check.ProblemKind;
import org.scorecardkit.tally.check.Reason;
import org.scorecardkit.tally.read.DatabaseSource;
import org.scorecardkit.tally.stats.Summarize;

/**
 * Tallies a PostgreSQL collector database inside the database: the rows of one instrument are sorted
 * into accepted and rejected by SQL exactly as the one checker sorts them (another version, no answers,
 * a later duplicate of a respondent id read as the checker reads it), then counted by GROUP BY (answers
 * per item and value, rows and dates per breakdown key, scores, alpha sums and co-moments, the first
 * texts to quote), and only those aggregates come back to fill the tally's state. Gives way to the plain
 * path (returns null) whenever some row holds what the checker would list a problem for (an answer it
 * cannot read, an unknown item, a date not written YYYY-MM-DD), or the breakdown has more keys than
 * allowed: the plain path then lists it, so the figures never differ.
 */
public final class PushDown {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final int OTHER_VERSION = 1;
    static final int NO_ANSWERS = 2;
    static final int DUPLICATE = 3;

    private PushDown() {
    }

    /** The tally counted in the database, or null when only the plain path counts these rows exactly. */
    public static Tally.Result run(Layout layout, DataSource db, String name, Instant since, Breakdown by, int maxGroups,
                                   Consumer<Problem> rejects) {
        try (Connection c = db.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                return run(layout, c, name, since, by, maxGroups, rejects);
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            // The plain path reads the same rows and reports what stops it as a tally of a file would.
            return null;
        }
    }

    private static Tally.Result run(Layout layout, Connection c, String name, Instant since, Breakdown by, int maxGroups,
                                    Consumer<Problem> rejects) throws SQLException {
        stage(layout, c, since, by);
        Map<String, Map<String, Decoded.Value>> values = Checks.answers(layout, c);
        if (values == null || !Checks.dates(layout, c)) {
            return null;
        }
        TallyState state = new TallyState(layout, by, maxGroups, false);
        Figures figures = new Figures(layout, c, state, values);
        if (!figures.rows(maxGroups)) {
            return null;
        }
        figures.answers();
        if (!figures.scores() || !figures.alpha()) {
            return null;
        }
        figures.texts();
        figures.done();
        long[] reasons = new long[Reason.values().length];
        long[] kinds = new long[ProblemKind.values().length];
        long read = count(c, "SELECT count(*) FROM kit_rows");
        rejected(layout, c, name, reasons, kinds, rejects);
        state.rows(read, 0, reasons, kinds);
        return new Tally.Result(Summarize.of(state, null, List.of()), state, List.of(), false, Map.of());
    }

    /**
     * Stages the instrument's rows in a temporary table, each with its meta fields read as the checker
     * reads them, its breakdown key and why it is rejected (NULL: accepted): the first reason the checker
     * would give, and a respondent id only ever taken by a row with no other problem.
     */
    private static void stage(Layout layout, Connection c, Instant since, Breakdown by) throws SQLException {
        List<String> text = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (int i = 0; i < layout.size(); i++) {
            (layout.column(i).type() == ItemType.TEXT ? text : other).add(layout.column(i).id());
        }
        // Only the kinds of item the instrument has: a free-text answer's reading costs, a rating's does not.
        List<String> any = new ArrayList<>();
        if (!other.isEmpty()) {
            any.add("(e.key = ANY(" + Sql.array(other) + ") AND e.value <> '')");
        }
        if (!text.isEmpty()) {
            any.add("(e.key = ANY(" + Sql.array(text) + ") AND " + Sql.cell("e.value") + " <> '')");
        }
        String answered = any.isEmpty() ? "false"
                : "EXISTS (SELECT 1 FROM jsonb_each_text(z.answers) e WHERE " + String.join(" OR ", any) + ")";
        String sql = "CREATE TEMP TABLE kit_rows ON COMMIT DROP AS SELECT w.*, " + key(by) + " AS k FROM ("
                + "SELECT x.*, CASE WHEN other THEN " + OTHER_VERSION + " WHEN NOT answered THEN " + NO_ANSWERS
                + " WHEN who <> '' AND id > first_id THEN " + DUPLICATE + " END AS reject FROM ("
                + "SELECT y.*, min(id) FILTER (WHERE NOT other AND answered) OVER (PARTITION BY who) AS first_id FROM ("
                + "SELECT z.*, (v <> '' AND v <> " + Sql.literal(layout.instrument().version()) + ") AS other, "
                + answered + " AS answered FROM ("
                + "SELECT id, respondent, grp, answered_on, version, answers, " + Sql.cell("respondent") + " AS who, "
                + Sql.cell("grp") + " AS g, " + Sql.cell("answered_on") + " AS d, " + Sql.cell("version") + " AS v"
                + " FROM responses WHERE instrument = ?" + (since == null ? "" : " AND received >= ?")
                + ") z) y) x) w";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, layout.instrument().id());
            if (since != null) {
                s.setLong(2, since.toEpochMilli());
            }
            s.execute();
        }
    }

    /** The breakdown key of a staged row, as {@link Breakdown#key} gives it. */
    private static String key(Breakdown by) {
        if (by == null) {
            return "''";
        }
        return switch (by) {
            case GROUP -> "CASE WHEN g = '' THEN " + Sql.literal(Breakdown.NO_GROUP) + " ELSE g END";
            case MONTH -> "CASE WHEN d = '' THEN " + Sql.literal(Breakdown.NO_DATE) + " ELSE substr(d, 1, 7) END";
            case QUARTER -> "CASE WHEN d = '' THEN " + Sql.literal(Breakdown.NO_DATE)
                    + " ELSE substr(d, 1, 4) || '-Q' || ((substr(d, 6, 2)::int + 2) / 3) END";
        };
    }

    /** Lists the rejected rows in id order, each as the checker lists it, and counts them. */
    private static void rejected(Layout layout, Connection c, String name, long[] reasons, long[] kinds,
                                 Consumer<Problem> rejects) throws SQLException {
        String version = layout.instrument().version();
        try (PreparedStatement s = c.prepareStatement("SELECT id, reject, first_id, who, v, respondent, grp, answered_on,"
                + " version, answers::text FROM kit_rows WHERE reject IS NOT NULL ORDER BY id")) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int line = (int) Math.min(Integer.MAX_VALUE, rs.getLong(1));
                    int why = rs.getInt(2);
                    Reason reason = why == OTHER_VERSION ? Reason.OTHER_VERSION : why == NO_ANSWERS ? Reason.NO_ANSWERS : Reason.DUPLICATE;
                    String message = switch (why) {
                        case OTHER_VERSION -> String.format("the row is for version \"%s\" of the instrument, not version \"%s\"",
                                rs.getString(5), version);
                        case NO_ANSWERS -> "the row has no answers";
                        default -> "respondent \"" + rs.getString(4) + "\" already answered in " + name + " at line "
                                + rs.getLong(3) + "; the first answer counts";
                    };
                    String raw = DatabaseSource.raw(rs.getString(6), rs.getString(7), rs.getString(8),
                            layout.instrument().id(), rs.getString(9), rs.getString(10));
                    reasons[reason.ordinal()]++;
                    kinds[ProblemKind.ROW_REJECTED.ordinal()]++;
                    rejects.accept(Problem.row(name, line, reason, message, raw));
                }
            }
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static boolean iso(String date) {
        return ISO.matcher(date).matches();
    }
}
