package org.scorecardkit.tally.report;

import java.util.List;
import java.util.Map;
import org.scorecardkit.tally.stats.Comparison;
import org.scorecardkit.tally.stats.Nps;
import org.scorecardkit.tally.stats.StatText;
import org.scorecardkit.tally.stats.Summary;

/**
 * The one-sentence notes that tell a reader how to read an interval, filled in with a real figure of
 * the tally (StatText's {@code .note} texts): one note for the breakdown's differences from the rest,
 * one for the paired changes. Both reports show these same sentences.
 */
final class StatNotes {
    private StatNotes() {
    }

    /** The vs-rest note, said of the first group clear of zero, else of the first group with a difference; or "". */
    static String vsRest(Summary s) {
        String name = null;
        for (Map.Entry<String, Summary.Numbers> g : s.groups().entrySet()) {
            Nps.Difference d = difference(g.getValue());
            if (d != null && (name == null || d.clearOfZero() && !difference(s.groups().get(name)).clearOfZero())) {
                name = g.getKey();
            }
        }
        if (name == null) {
            return "";
        }
        Nps.Difference d = difference(s.groups().get(name));
        return StatText.format("nps.vs_rest.note", name, Figures.change(d.difference(), 1), Figures.npsTable(d.low()),
                Figures.npsTable(d.high()));
    }

    private static Nps.Difference difference(Summary.Numbers g) {
        return g == null || g.nps() == null ? null : g.nps().vsRest();
    }

    /**
     * The change note, said of the score when it has an interval, else of the first item that has one; or "".
     *
     * @param rows the comparison's rows as the view labels them, the score's first when there is a score
     */
    static String change(Summary s, List<ReportView.ChangeRow> rows) {
        Comparison c = s.comparison();
        if (c == null) {
            return "";
        }
        for (int i = 0; i < rows.size(); i++) {
            ReportView.ChangeRow r = rows.get(i);
            boolean score = i == 0 && c.score() != null;
            Comparison.Change ch = score ? c.score() : c.items().get(r.id());
            if (ch != null && ch.low() != null && ch.high() != null) {
                return StatText.format("change.ci95.note", score ? "the score" : "“" + r.label() + "”",
                        Figures.change(ch.mean(), 2), Figures.count(ch.n()), Figures.change(ch.low(), 2),
                        Figures.change(ch.high(), 2));
            }
        }
        return "";
    }
}
