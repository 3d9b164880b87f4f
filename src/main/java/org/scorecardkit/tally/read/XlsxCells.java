package org.scorecardkit.tally.read;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;

/**
 * Turns a workbook cell into the text a CSV export of it would hold: numbers in their shortest form,
 * date cells (a date format on a number) as {@code yyyy-MM-dd}, the form the date check takes,
 * booleans as true/false, formulas by the value saved with them, strings as they are.
 */
final class XlsxCells {
    /** Whether each custom number format seen shows a date: a workbook has few, its cells many. */
    private final Map<String, Boolean> dateFormats = new HashMap<>();

    /** The cell as a CSV export would write it. */
    String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> number(cell, cell.getRawValue());
            case BOOLEAN -> String.valueOf(cell.getValue());
            case FORMULA -> formula(cell);
            case EMPTY -> "";
            default -> cell.getRawValue() == null ? "" : cell.getText();
        };
    }

    /** A formula by the value Excel saved with it; a number or date shown as such. */
    private String formula(Cell cell) {
        Object v = cell.getValue();
        if (v instanceof BigDecimal) {
            return number(cell, cell.getRawValue());
        }
        if (v instanceof Boolean flag) {
            return flag.toString();
        }
        return v == null ? "" : v.toString();
    }

    private String number(Cell cell, String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (isDate(cell)) {
            return cell.asDate().toLocalDate().toString();
        }
        return shortest(raw);
    }

    /** 4.0 → "4", 4.50 → "4.5", 1E2 → "100": the digits that make the number, no more. */
    static String shortest(String raw) {
        boolean integer = true;
        for (int i = 0; i < raw.length() && integer; i++) {
            char c = raw.charAt(i);
            integer = c >= '0' && c <= '9' || i == 0 && c == '-';
        }
        if (integer) {
            return raw;
        }
        try {
            BigDecimal d = new BigDecimal(raw).stripTrailingZeros();
            return d.signum() == 0 ? "0" : d.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        String format = cell.getDataFormatString();
        if (id == null) {
            return false;
        }
        if (id >= 14 && id <= 22 || id >= 45 && id <= 47) {
            return true;
        }
        return format != null && dateFormats.computeIfAbsent(format, XlsxCells::dateFormat);
    }

    /** Whether a number format shows a date or time: d, m, y, h or s outside quotes, brackets and escapes. */
    static boolean dateFormat(String format) {
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                bracket = true;
            } else if (c == ']') {
                bracket = false;
            } else if (!bracket && "dmyhsDMYHS".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

}
