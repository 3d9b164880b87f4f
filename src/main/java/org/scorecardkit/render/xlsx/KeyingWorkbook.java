package org.scorecardkit.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.render.csv.KeyingTemplates;

/**
 * Writes one instrument's keying workbook: a "Responses" sheet with exactly the columns the tally
 * reads (header frozen and bold, date column as yyyy-mm-dd, a drop-down of the allowed answers on each
 * item column) and a "Questions" sheet giving each column's number, wording and allowed answers.
 */
final class KeyingWorkbook {
    static final String RESPONSES = "Responses";
    static final String QUESTIONS = "Questions";

    /** How many data rows carry the drop-downs: more than any paper workshop returns. */
    static final int KEYED_ROWS = 1000;

    /** Where the date column is: after respondent and group. */
    static final int DATE_COLUMN = 2;

    /** Excel's limit on an inline list's characters; a longer list would make the file unreadable. */
    private static final int MAX_LIST_CHARS = 255;

    private static final String[] QUESTION_HEADER = {"Column", "Number", "Question", "Allowed values", "How to fill in"};

    private KeyingWorkbook() {
    }

    static void write(Instrument instrument, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Scorecard Kit", "1.0");
        wb.properties().setTitle(instrument.title() + ": responses");
        responses(wb.newWorksheet(RESPONSES), instrument);
        questions(wb.newWorksheet(QUESTIONS), instrument);
        wb.finish();
    }

    private static void responses(Worksheet ws, Instrument instrument) {
        List<String> columns = KeyingTemplates.columns(instrument);
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c));
            ws.width(c, Math.max(columns.get(c).length() + 3, c == DATE_COLUMN ? 12 : 10));
            Item item = instrument.item(columns.get(c));
            if (item != null) {
                ws.comment(0, c, instrument.number(item) + ". " + item.text());
                dropDown(ws, c, item);
            }
        }
        ws.range(0, 0, 0, columns.size() - 1).style().bold().set();
        // A column style, not styled empty cells: a blank row stays a blank row for every reader.
        ws.style(DATE_COLUMN).format("yyyy-mm-dd").set();
        ws.freezePane(0, 1);
    }

    /** A list of the item's allowed values on its column's data rows; nothing for free answers. */
    private static void dropDown(Worksheet ws, int column, Item item) {
        List<String> values = AllowedValues.of(item);
        String list = String.join(",", values);
        if (values.isEmpty() || list.length() > MAX_LIST_CHARS) {
            return;
        }
        // Values are integers or slugs, and so is the id: nothing in these needs XML escaping.
        ws.range(1, column, KEYED_ROWS, column).validateWithListByFormula("\"" + list + "\"")
                .allowBlank(true).errorStyle(DataValidationErrorStyle.STOP).showErrorMessage(true)
                .errorTitle("Not an answer to " + item.id())
                .error("Pick one of " + String.join(", ", values) + " from the list (see the Questions sheet), "
                        + "or leave the cell empty for no answer.");
    }

    private static void questions(Worksheet ws, Instrument instrument) {
        for (int c = 0; c < QUESTION_HEADER.length; c++) {
            ws.value(0, c, QUESTION_HEADER[c]);
        }
        ws.range(0, 0, 0, QUESTION_HEADER.length - 1).style().bold().set();
        int row = 1;
        int idWidth = QUESTION_HEADER[0].length();
        for (String id : instrument.columns()) {
            Item item = instrument.item(id);
            ws.value(row, 0, id);
            ws.value(row, 1, instrument.number(item));
            ws.value(row, 2, item.text());
            ws.value(row, 3, AllowedValues.described(item));
            ws.value(row, 4, AllowedValues.howToFill(item));
            idWidth = Math.max(idWidth, id.length());
            row++;
        }
        ws.range(1, 2, Math.max(1, row - 1), 4).style().wrapText(true).verticalAlignment("top").set();
        ws.range(1, 0, Math.max(1, row - 1), 1).style().verticalAlignment("top").set();
        ws.width(0, idWidth + 2);
        ws.width(1, 9);
        ws.width(2, 60);
        ws.width(3, 45);
        ws.width(4, 45);
        ws.freezePane(0, 1);
    }
}
