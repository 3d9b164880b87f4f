package org.scorecardkit.tally.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.ScoringMethod;
import org.scorecardkit.tally.aggregate.Aggregate;
import org.scorecardkit.tally.aggregate.CountedElsewhere;
import org.scorecardkit.tally.aggregate.ScoreCache;
import org.scorecardkit.tally.aggregate.TallyState;
import org.scorecardkit.tally.check.Layout;

/**
 * Counts the accepted staged rows by GROUP BY, per breakdown key, and fills the tally's state with the
 * aggregates: rows and dates, answers per item and value, scores (from each row's sum and count of
 * scored ratings where that settles the score, else from each distinct combination of the answers the
 * Scorer reads, scored by the Scorer), the alpha sums and co-moments of complete rows, and the first
 * free-text answers by id.
 */
final class Figures {
    private static final String ACCEPTED = " FROM kit_rows WHERE reject IS NULL";

    private final Layout layout;
    private final Connection c;
    private final TallyState state;
    private final CountedElsewhere fill;
    private final Map<String, Map<String, Decoded.Value>> values;

    Figures(Layout layout, Connection c, TallyState state, Map<String, Map<String, Decoded.Value>> values) {
        this.layout = layout;
        this.c = c;
        this.state = state;
        this.fill = new CountedElsewhere(state);
        this.values = values;
    }

    /** Rows and the range of dates per key; false when there are more keys than allowed (the plain path says so). */
    boolean rows(int maxGroups) throws SQLException {
        List<Object[]> keys = new ArrayList<>();
        query("SELECT k, count(*), min(NULLIF(d, '')), max(NULLIF(d, ''))" + ACCEPTED + " GROUP BY k", rs ->
                keys.add(new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)}));
        if (state.by() != null && keys.size() > maxGroups) {
            return false;
        }
        for (Object[] k : keys) {
            Aggregate a = fill.aggregate((String) k[0]);
            CountedElsewhere.rows(a, (Long) k[1]);
            CountedElsewhere.dates(a, date((String) k[2]), date((String) k[3]));
        }
        return true;
    }

    private static int date(String iso) {
        return iso == null ? 0 : Integer.parseInt(iso.replace("-", ""));
    }

    /** Answers per key, item and written value; a free-text item's answered ones counted as one code. */
    void answers() throws SQLException {
        List<String> text = ids(ItemType.TEXT, true);
        String isText = "e.key = ANY(" + Sql.array(text) + ")";
        query("SELECT k, e.key, CASE WHEN " + isText + " THEN NULL ELSE e.value END, count(*) FROM kit_rows,"
                + " jsonb_each_text(answers) e WHERE reject IS NULL AND e.key = ANY(" + Sql.array(ids(null, false))
                + ") AND CASE WHEN " + isText + " THEN " + Sql.cell("e.value") + " <> '' ELSE e.value <> '' END"
                + " GROUP BY 1, 2, 3", rs -> {
                    int column = layout.index(rs.getString(2));
                    int code = rs.getString(3) == null ? 1 : values.get(rs.getString(2)).get(rs.getString(3)).code();
                    CountedElsewhere.answers(fill.aggregate(rs.getString(1)), column, code, rs.getLong(4));
                });
    }

    /** The ids of the items of a type (null: all), or of every other type. */
    private List<String> ids(ItemType type, boolean of) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < layout.size(); i++) {
            if (type == null || (layout.column(i).type() == type) == of) {
                out.add(layout.column(i).id());
            }
        }
        return out;
    }

    /**
     * The scores. A sum, NPS or mean of ratings is settled by whether a required item is missing and
     * the sum and count of the scored ratings (whole numbers, so the Scorer's double sum is exact in any
     * order); anything else (coverage, check items) by the distinct combinations of the answers the
     * Scorer reads, each scored by the Scorer itself.
     */
    boolean scores() throws SQLException {
        var instrument = layout.instrument();
        ScoringMethod method = instrument.scoring().method();
        List<String> scored = instrument.scoring().items();
        boolean ratings = !scored.isEmpty() && scored.stream().allMatch(id -> layout.index(id) >= 0
                && layout.column(layout.index(id)).type() == ItemType.RATING);
        if (ratings && (method == ScoringMethod.SUM || method == ScoringMethod.NPS || method == ScoringMethod.MEAN)) {
            String sum = scored.stream().map(id -> "coalesce(NULLIF(" + Sql.answer(id) + ", '')::bigint, 0)").collect(Collectors.joining(" + "));
            String n = scored.stream().map(id -> "(coalesce(" + Sql.answer(id) + ", '') <> '')::int").collect(Collectors.joining(" + "));
            query("SELECT k, m, s, n, count(*) FROM (SELECT k, " + missing() + " AS m, " + sum + " AS s, " + n + " AS n"
                    + ACCEPTED + ") t GROUP BY 1, 2, 3, 4", rs -> {
                        long s = rs.getLong(3);
                        int count = rs.getInt(4);
                        Double value = rs.getBoolean(2) || count == 0 ? null
                                : method == ScoringMethod.MEAN ? (double) s / count : (double) s;
                        CountedElsewhere.score(fill.aggregate(rs.getString(1)), fill.scored(value), rs.getLong(5));
                    });
            return true;
        }
        return combinations();
    }

    /** SQL true when some required item is unanswered (the Scorer then gives no score). */
    private String missing() {
        List<String> parts = new ArrayList<>();
        for (Item item : layout.instrument().answeredItems()) {
            if (item.required() && layout.index(item.id()) >= 0) {
                parts.add(item.type() == ItemType.TEXT ? Sql.cell(Sql.answer(item.id())) + " = ''"
                        : "coalesce(" + Sql.answer(item.id()) + ", '') = ''");
            }
        }
        return parts.isEmpty() ? "false" : "(" + String.join(" OR ", parts) + ")";
    }

    /** Scores by the distinct combinations of the scored and required items' answers, through the Scorer. */
    private boolean combinations() throws SQLException {
        var instrument = layout.instrument();
        Set<String> read = new LinkedHashSet<>(instrument.scoring().method() == ScoringMethod.NONE ? List.of() : instrument.scoring().items());
        instrument.answeredItems().stream().filter(Item::required).forEach(i -> read.add(i.id()));
        List<String> ids = read.stream().filter(id -> layout.index(id) >= 0).toList();
        List<String> columns = new ArrayList<>();
        for (String id : ids) {
            boolean text = layout.column(layout.index(id)).type() == ItemType.TEXT;
            columns.add(text ? "CASE WHEN " + Sql.cell(Sql.answer(id)) + " <> '' THEN 'x' ELSE '' END" : "coalesce(" + Sql.answer(id) + ", '')");
        }
        ScoreCache cache = new ScoreCache(layout, state.values());
        String select = columns.isEmpty() ? "" : ", " + String.join(", ", columns);
        String group = java.util.stream.IntStream.rangeClosed(1, columns.size() + 1).mapToObj(String::valueOf).collect(Collectors.joining(", "));
        query("SELECT k" + select + ", count(*)" + ACCEPTED + " GROUP BY " + group, rs -> {
            int[] codes = new int[layout.size()];
            String[] texts = new String[layout.size()];
            for (int i = 0; i < ids.size(); i++) {
                int column = layout.index(ids.get(i));
                String v = rs.getString(i + 2);
                if (layout.column(column).type() == ItemType.TEXT) {
                    codes[column] = v.isEmpty() ? 0 : 1;
                    texts[column] = v.isEmpty() ? null : v;
                } else {
                    codes[column] = v.isEmpty() ? 0 : values.get(ids.get(i)).get(v).code();
                }
            }
            CountedElsewhere.score(fill.aggregate(rs.getString(1)), cache.score(codes, texts), rs.getLong(ids.size() + 2));
        });
        return true;
    }

    /** Cronbach's alpha sums over rows that answered every alpha item: n, Σx_i and Σx_i·x_j per key. */
    boolean alpha() throws SQLException {
        Aggregate whole = state.whole();
        int[] cols = whole.alphaColumns();
        if (whole.alpha() == null) {
            return true;
        }
        int k = cols.length;
        // Summed as int products, which PostgreSQL sums into a bigint; bigint ones it would sum as slow numerics.
        boolean small = Arrays.stream(cols).allMatch(i -> Math.abs(layout.column(i).min()) < 40_000 && Math.abs(layout.column(i).max()) < 40_000);
        String cast = small ? "::int" : "::bigint";
        List<String> x = Arrays.stream(cols).mapToObj(i -> "NULLIF(" + Sql.answer(layout.column(i).id()) + ", '')" + cast).toList();
        StringBuilder sql = new StringBuilder("SELECT k, count(*)");
        for (int i = 0; i < k; i++) {
            sql.append(", sum(x").append(i).append(')');
        }
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                sql.append(", sum(x").append(i).append(" * x").append(j).append(')');
            }
        }
        sql.append(" FROM (SELECT k");
        for (int i = 0; i < k; i++) {
            sql.append(", ").append(x.get(i)).append(" AS x").append(i);
        }
        sql.append(ACCEPTED).append(") t WHERE ").append(java.util.stream.IntStream.range(0, k).mapToObj(i -> "x" + i + " IS NOT NULL")
                .collect(Collectors.joining(" AND "))).append(" GROUP BY k");
        query(sql.toString(), rs -> {
            long[] sums = new long[k];
            long[][] cross = new long[k][k];
            int at = 3;
            for (int i = 0; i < k; i++) {
                sums[i] = rs.getLong(at++);
            }
            for (int i = 0; i < k; i++) {
                for (int j = i; j < k; j++) {
                    cross[i][j] = rs.getLong(at++);
                }
            }
            CountedElsewhere.alpha(fill.aggregate(rs.getString(1)), rs.getLong(2), sums, cross);
        });
        return true;
    }

    /** The first {@link Aggregate#TEXT_SAMPLES} answers of each free-text item, by id, kept by the whole. */
    void texts() throws SQLException {
        for (String id : ids(ItemType.TEXT, true)) {
            int column = layout.index(id);
            List<String> kept = new ArrayList<>();
            query("SELECT t FROM (SELECT id, " + Sql.cell(Sql.answer(id)) + " AS t" + ACCEPTED + ") s WHERE t <> ''"
                    + " ORDER BY id LIMIT " + Aggregate.TEXT_SAMPLES, rs -> kept.add(rs.getString(1)));
            texts.add(new Object[] {column, kept});
        }
    }

    private final List<Object[]> texts = new ArrayList<>();

    /** Sums the keys into the whole, then gives the whole its quoted texts. */
    void done() {
        fill.wholeFromGroups();
        for (Object[] t : texts) {
            @SuppressWarnings("unchecked")
            List<String> kept = (List<String>) t[1];
            kept.forEach(text -> CountedElsewhere.text(state.whole(), (Integer) t[0], text));
        }
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowHandler each) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    each.row(rs);
                }
            }
        }
    }
}
