package org.scorecardkit.tally.aggregate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.tally.check.Layout;

/**
 * Streams the "respondents" of one state during a merge, one at a time: checks each (a well-formed
 * digest seen once in its state, a breakdown key the state has, codes the instrument can give, no
 * more rows of an answer than the state counted), then either keeps it, offering its texts to the
 * quoted answers, or, when an earlier state holds the same respondent, takes it back out of the
 * merged counts as a later duplicate. Consumes the records; produces the merged state's removals.
 */
final class RespondentReader {
    private final TallyState one;
    private final TallyState merged;
    private final DigestSet seen;
    private final int state;
    private final TextSamples samples;
    private final Layout layout;
    private final int[] textColumns;
    private final long[][] counted;
    private final Map<String, long[][]> countedPerKey = new HashMap<>();
    private final Map<String, Long> perKey = new HashMap<>();
    private long records;
    /** Whether the records end with their date (format 5 on). */
    private final boolean withDates;

    RespondentReader(TallyState one, TallyState merged, DigestSet seen, int state, TextSamples samples, boolean withDates) {
        this.withDates = withDates;
        this.one = one;
        this.merged = merged;
        this.seen = seen;
        this.state = state;
        this.samples = samples;
        this.layout = one.layout();
        this.textColumns = RespondentRows.textColumns(layout);
        this.counted = empty(one.whole());
    }

    private static long[][] empty(Aggregate a) {
        long[][] c = new long[a.layout().size()][];
        for (int i = 0; i < c.length; i++) {
            c[i] = new long[a.counts(i).length];
        }
        return c;
    }

    void read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw StateReader.damaged("\"respondents\" is not an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            respondent(p);
        }
        samples.before(Long.MAX_VALUE);
        if (!samples.placed(records)) {
            throw StateReader.inconsistent("a free-text answer is placed after the last respondent");
        }
    }

    /** One respondent, {@code "digest" : [ key, [ codes ], [ texts ] ]}, read token by token: there may be millions. */
    private void respondent(JsonParser p) throws IOException {
        String hex = p.currentName();
        String where = "respondent \"" + (hex.length() <= 40 ? hex : hex.substring(0, 37) + "…") + "\"";
        byte[] digest = digest(hex, where);
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw StateReader.damaged(where + " is not [key, codes, texts]");
        }
        String key = key(p, where);
        int[] codes = codes(p, where);
        String[] texts = texts(p, codes, where);
        int date = withDates ? date(p, where) : 0;
        if (p.nextToken() != JsonToken.END_ARRAY) {
            throw StateReader.damaged(where + " is not [key, codes, texts]");
        }
        if (++records > one.accepted()) {
            throw StateReader.inconsistent("more respondents than the " + one.accepted() + " accepted rows");
        }
        count(codes, counted, one.whole(), where);
        if (key != null) {
            Aggregate group = one.groups().get(key);
            count(codes, countedPerKey.computeIfAbsent(key, k -> empty(group)), group, where + " in group \"" + key + "\"");
        }
        samples.before(records - 1);
        int owner = seen.add(digest, state);
        if (owner == state) {
            throw StateReader.damaged(where + " appears twice");
        }
        if (owner >= 0) {
            merged.removeDuplicate(codes, key);
        } else {
            samples.respondent(texts);
            // Only a kept row widens the range: a later duplicate's date was never the merge's.
            merged.whole().addDates(date, date);
            if (key != null && date != 0) {
                merged.group(key).addDates(date, date);
            }
        }
    }

    /** A record's date: yyyy-mm-dd or null, as yyyymmdd (0 for null). */
    private static int date(JsonParser p, String where) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
            return 0;
        }
        String text = t == JsonToken.VALUE_STRING ? p.getText() : "";
        try {
            java.time.LocalDate d = java.time.LocalDate.parse(text);
            if (d.getYear() >= 1 && d.getYear() <= 9999) {
                return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
            }
        } catch (java.time.format.DateTimeParseException e) {
            // named below
        }
        throw StateReader.damaged(where + "'s date is " + p.getText() + ", not yyyy-mm-dd or null");
    }

    private static byte[] digest(String hex, String where) throws StateReader.InvalidState {
        byte[] digest = new byte[RespondentRows.DIGEST_BYTES];
        if (hex.length() != digest.length * 2) {
            throw StateReader.damaged(where + " is not a digest of " + digest.length * 2 + " hex digits");
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (v < 0) {
                throw StateReader.damaged(where + " is not a digest of " + digest.length * 2 + " hex digits");
            }
            digest[i / 2] |= (byte) (i % 2 == 0 ? v << 4 : v);
        }
        return digest;
    }

    private String key(JsonParser p, String where) throws IOException {
        JsonToken t = p.nextToken();
        if (one.by() == null) {
            if (t != JsonToken.VALUE_NULL) {
                throw StateReader.damaged(where + " has a breakdown key, but the state has no breakdown");
            }
            return null;
        }
        String key = t == JsonToken.VALUE_STRING ? p.getText() : null;
        if (key == null || !one.groups().containsKey(key)) {
            throw StateReader.damaged(where + " is of group " + (key == null ? p.getText() : "\"" + key + "\"")
                    + ", which the state does not count");
        }
        long rows = one.groups().get(key).rows();
        if (perKey.merge(key, 1L, Long::sum) > rows) {
            throw StateReader.inconsistent("more respondents in group \"" + key + "\" than its " + rows + " rows");
        }
        return key;
    }

    private int[] codes(JsonParser p, String where) throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw StateReader.damaged(where + " does not hold one answer code per column (" + layout.size() + ")");
        }
        int[] codes = new int[layout.size()];
        for (int i = 0; i < codes.length; i++) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.END_ARRAY) {
                throw StateReader.damaged(where + " does not hold one answer code per column (" + layout.size() + ")");
            }
            boolean isInt = t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT;
            if (!isInt || p.getIntValue() < 0 || p.getIntValue() >= layout.column(i).codeCount()) {
                throw StateReader.damaged(where + " has answer code " + p.getText() + " for "
                        + layout.column(i).id() + ", which the instrument cannot give");
            }
            codes[i] = p.getIntValue();
        }
        if (p.nextToken() != JsonToken.END_ARRAY) {
            throw StateReader.damaged(where + " does not hold one answer code per column (" + layout.size() + ")");
        }
        return codes;
    }

    private String[] texts(JsonParser p, int[] codes, String where) throws IOException {
        String wrong = where + " does not hold one text per free-text item (" + textColumns.length + ")";
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw StateReader.damaged(wrong);
        }
        String[] texts = new String[textColumns.length];
        for (int i = 0; i < texts.length; i++) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_STRING) {
                texts[i] = p.getText();
                if (codes[textColumns[i]] == 0 || !TextSamples.shortEnough(texts[i])) {
                    throw StateReader.damaged(where + " has a text for " + layout.column(textColumns[i]).id()
                            + " that it did not answer, or a longer one than a state keeps");
                }
            } else if (t != JsonToken.VALUE_NULL) {
                throw StateReader.damaged(wrong);
            }
        }
        if (p.nextToken() != JsonToken.END_ARRAY) {
            throw StateReader.damaged(wrong);
        }
        return texts;
    }

    /** Counts the respondent's answers; no answer may have more respondents than the state counted in {@code a}. */
    private void count(int[] codes, long[][] counted, Aggregate a, String where) throws StateReader.InvalidState {
        for (int i = 0; i < codes.length; i++) {
            boolean over;
            if (layout.column(i).type() == ItemType.MULTIPLE && codes[i] != 0) {
                over = false;
                for (int o = 0, mask = codes[i]; mask != 0; o++, mask >>>= 1) {
                    counted[i][o + 1] += mask & 1;
                    over |= counted[i][o + 1] > a.counts(i)[o + 1];
                }
            } else {
                over = ++counted[i][codes[i]] > a.counts(i)[codes[i]];
            }
            if (over) {
                throw StateReader.inconsistent(where + ": more respondents answered " + layout.column(i).id()
                        + " so than the state counted");
            }
        }
    }
}
