package org.scorecardkit.tally.aggregate;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.Row;

/**
 * A row's answers as the map the Scorer reads, answering {@code get(itemId)} straight from the
 * row's codes, so that scoring a row builds no map. One view is reused for row after row; the
 * Scorer keeps nothing of it after it returns.
 */
final class RowAnswers extends AbstractMap<String, Object> {
    private final Layout layout;
    private Row row;
    private int[] codes;
    private String[] texts;
    /** The column found last: the Scorer asks for the items in form order, so the next is usually the one after. */
    private int last = -1;

    RowAnswers(Layout layout) {
        this.layout = layout;
    }

    RowAnswers of(Row r) {
        row = r;
        codes = r.codes();
        texts = null;
        return this;
    }

    /** The view of saved codes, with the texts per column (or null). */
    RowAnswers of(int[] savedCodes, String[] savedTexts) {
        row = null;
        codes = savedCodes;
        texts = savedTexts;
        return this;
    }

    private String text(int column) {
        return row != null ? row.text(column) : texts == null ? null : texts[column];
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : layout.column(i).answer(codes[i], text(i));
    }

    /**
     * The column of an item id. The Scorer passes the ids of the instrument's own items, the very
     * strings the columns hold, so comparing references finds them without hashing.
     */
    private int indexOf(Object key) {
        int n = layout.size();
        for (int k = 0, i = last + 1; k < n; k++, i++) {
            if (i >= n) {
                i = 0;
            }
            if (layout.column(i).id() == key) {
                last = i;
                return i;
            }
        }
        return key instanceof String id ? layout.index(id) : -1;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    /** Every answer, in column order; only for callers that walk the map, which the Scorer does not. */
    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (int i = 0; i < layout.size(); i++) {
            Object a = layout.column(i).answer(codes[i], text(i));
            if (a != null) {
                all.put(layout.column(i).id(), a);
            }
        }
        return all.entrySet();
    }
}
