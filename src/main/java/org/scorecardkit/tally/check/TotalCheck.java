package org.scorecardkit.tally.check;

import java.util.Locale;
import org.scorecardkit.model.Score;
import org.scorecardkit.tally.aggregate.ScoreCache;
import org.scorecardkit.tally.aggregate.ScoreValues;

/**
 * Checks a total or score the respondent worked out on the sheet against the score the answers
 * give: the computed score always counts, and a written one that differs is a slip to list. A
 * written total agrees when it is the score rounded to as many decimals as it was written with.
 */
final class TotalCheck {
    private final ScoreCache scores;

    TotalCheck(Layout layout) {
        this.scores = new ScoreCache(layout, new ScoreValues());
    }

    /** Why the written total disagrees with the row's score, or null when it agrees. */
    String check(Row row, String written) {
        Score score = row.scored() != null ? row.scored() : scores.score(row).score();
        String w = written.strip().replace(',', '.');
        double value;
        try {
            value = Double.parseDouble(w);
        } catch (NumberFormatException e) {
            return "the total written is not a number; the score the answers give counts"
                    + (score.value() == null ? "" : " (" + shown(score.value()) + ")");
        }
        if (score.value() == null) {
            return "no score can be worked out from the answers (" + (score.missing().isEmpty() ? "nothing scored"
                    : "unanswered: " + String.join(", ", score.missing())) + "), so the total written cannot be checked";
        }
        int decimals = w.indexOf('.') < 0 ? 0 : w.length() - w.indexOf('.') - 1;
        double tolerance = 0.5 * Math.pow(10, -decimals) + 1e-9;
        if (Math.abs(value - score.value()) <= tolerance) {
            return null;
        }
        return "the total written is " + w + " but the answers add up to " + shown(score.value())
                + ": the computed score counts; check the sheet's arithmetic";
    }

    private static String shown(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
