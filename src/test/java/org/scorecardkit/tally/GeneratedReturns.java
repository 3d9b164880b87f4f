package org.scorecardkit.tally;

import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.tally.check.Layout;

/**
 * Response rows made up for any instrument, in the keying template's columns: answers of every
 * type (some blank), three groups over seven months, free text with commas, and every 23rd row
 * rejected for an answer its first item cannot take. Row {@code i} always gives the same cells, so rows can be
 * split into shards and tallied again whole.
 */
final class GeneratedReturns {
    private GeneratedReturns() {
    }

    static String header(Instrument instrument) {
        return "respondent,group,date," + String.join(",", instrument.columns()) + "\n";
    }

    /** Rows {@code from} to {@code to} (exclusive); {@code id} gives row i's respondent id, or null for none. */
    static String csv(Instrument instrument, int from, int to, IntFunction<String> id) {
        Layout layout = new Layout(instrument);
        StringBuilder csv = new StringBuilder(header(instrument));
        for (int i = from; i < to; i++) {
            Random random = new Random(1000L + i);
            String respondent = id.apply(i);
            csv.append(respondent == null ? "" : respondent).append(',').append("ABC".charAt(i % 3)).append(",2026-0")
                    .append(1 + i % 7).append("-1").append(i % 10);
            for (int c = 0; c < layout.size(); c++) {
                csv.append(',').append(cell(layout.column(c), random, i, c == 0 && i % 23 == 5));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String cell(Layout.Column column, Random random, int i, boolean offScale) {
        if (offScale) {
            return column.type() == org.scorecardkit.model.ItemType.RATING ? Integer.toString(column.max() + 1) : "not-an-answer";
        }
        if (random.nextInt(7) == 0) {
            return "";
        }
        String[] values = column.values();
        return switch (column.type()) {
            case RATING -> Integer.toString(column.min() + random.nextInt(column.max() - column.min() + 1));
            case CHECK -> List.of("yes", "partly", "no").get(random.nextInt(3));
            case SINGLE -> values[random.nextInt(values.length)];
            case MULTIPLE -> {
                int o = 1 + random.nextInt(values.length - 1);
                yield values[o] + (random.nextBoolean() ? ";" + values[0] : "");
            }
            case TEXT -> random.nextInt(3) == 0 ? "" : "\"answer " + i + ", in words\"";
            default -> "";
        };
    }
}
