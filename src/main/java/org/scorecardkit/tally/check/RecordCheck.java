package org.scorecardkit.tally.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.DateOrder;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.tally.read.CellBatch;
import org.scorecardkit.tally.read.RecordBatch;

/**
 * Checks one record (a form post) with the same {@link Intake} every tally row goes through, and gives
 * either the response as the tally would count it (answers in their canonical written form, the
 * respondent, group and ISO date) or every problem the tally would list for it. Safe to share between
 * threads: each check runs its own intake.
 */
public final class RecordCheck {
    private final Layout layout;
    private final DateOrder dateOrder;

    /**
     * A checked record.
     *
     * @param answers every answered item's answer as an export writes it (a rating's number, a choice's
     *                value, several choices joined by ";", the text), in the instrument's item order
     * @param date the date as YYYY-MM-DD, or null when the record has none
     * @param problems everything the tally would list for the record; empty when it is taken as written
     */
    public record Checked(Map<String, String> answers, String respondent, String group, String date,
                          List<Problem> problems) {
        /** Whether the record counts exactly as written: accepted, with nothing listed. */
        public boolean clean() {
            return answers != null && problems.isEmpty();
        }
    }

    /** @param dateOrder the day/month order of dates that leave it open (site.yaml's date_order), or null */
    public RecordCheck(Layout layout, DateOrder dateOrder) {
        this.layout = layout;
        this.dateOrder = dateOrder;
    }

    public Layout layout() {
        return layout;
    }

    /**
     * Checks the record's fields: meta fields by their names (respondent, group, date, instrument,
     * version), every other field an item id.
     *
     * @param source what a problem names as the record's origin
     * @param raw the record as received, which a rejected row's problem quotes
     */
    public Checked check(String source, Iterable<Map.Entry<String, String>> fields, String raw) {
        List<Problem> problems = new ArrayList<>();
        Checked[] accepted = new Checked[1];
        try (Intake intake = new Intake(layout, false, row -> accepted[0] = checked(row), problems::add, dateOrder, Map.of())) {
            CellBatch b = RecordBatch.of(source, 0, 1, fields, raw);
            intake.accept(b);
            intake.accept(b.reset(CellBatch.Kind.END, b.file()));
        }
        // A post names an item by its id alone: its problems do too.
        List<Problem> named = problems.stream().map(p -> !p.column().startsWith(Layout.ANSWER) ? p
                : new Problem(p.kind(), p.file(), p.line(), p.column().substring(Layout.ANSWER.length()), p.value(),
                p.reason(), p.message())).toList();
        Checked a = accepted[0];
        return a == null ? new Checked(null, null, null, null, named)
                : new Checked(a.answers(), a.respondent(), a.group(), a.date(), named);
    }

    private Checked checked(Row row) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < layout.size(); i++) {
            Layout.Column c = layout.column(i);
            Object a = c.answer(row.code(i), row.text(i));
            if (a != null) {
                answers.put(c.id(), a instanceof List<?> l ? String.join(";", l.stream().map(String::valueOf).toList())
                        : c.type() == ItemType.TEXT ? row.text(i) : String.valueOf(a));
            }
        }
        return new Checked(answers, row.respondent(), row.group(), row.date(), List.of());
    }
}
