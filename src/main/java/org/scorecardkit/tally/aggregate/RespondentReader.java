package org.scorecardkit.tally.aggregate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.HexFormat;
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

    RespondentReader(TallyState one, TallyState merged, DigestSet seen, int state, TextSamples samples) {
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
            String hex = p.currentName();
            p.nextToken();
            respondent(hex, p.readValueAsTree());
        }
        samples.before(Long.MAX_VALUE);
        if (!samples.placed(records)) {
            throw StateReader.inconsistent("a free-text answer is placed after the last respondent");
        }
    }

    private void respondent(String hex, JsonNode v) throws StateReader.InvalidState {
        String where = "respondent " + AggregateReader.shown(com.fasterxml.jackson.databind.node.TextNode.valueOf(hex));
        if (hex.length() != RespondentRows.DIGEST_BYTES * 2 || !hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw StateReader.damaged(where + " is not a digest of " + RespondentRows.DIGEST_BYTES * 2 + " hex digits");
        }
        if (!v.isArray() || v.size() != 3) {
            throw StateReader.damaged(where + " is not [key, codes, texts]");
        }
        String key = key(v.get(0), where);
        int[] codes = codes(v.get(1), where);
        String[] texts = texts(v.get(2), codes, where);
        if (++records > one.accepted()) {
            throw StateReader.inconsistent("more respondents than the " + one.accepted() + " accepted rows");
        }
        count(codes, counted, one.whole(), where);
        if (key != null) {
            Aggregate group = one.groups().get(key);
            count(codes, countedPerKey.computeIfAbsent(key, k -> empty(group)), group, where + " in group \"" + key + "\"");
        }
        samples.before(records - 1);
        int owner = seen.add(HexFormat.of().parseHex(hex), state);
        if (owner == state) {
            throw StateReader.damaged(where + " appears twice");
        }
        if (owner >= 0) {
            merged.removeDuplicate(codes, key);
        } else {
            samples.respondent(texts);
        }
    }

    private String key(JsonNode k, String where) throws StateReader.InvalidState {
        if (one.by() == null) {
            if (!k.isNull()) {
                throw StateReader.damaged(where + " has a breakdown key, but the state has no breakdown");
            }
            return null;
        }
        if (!k.isTextual() || !one.groups().containsKey(k.asText())) {
            throw StateReader.damaged(where + " is of group " + AggregateReader.shown(k) + ", which the state does not count");
        }
        long rows = one.groups().get(k.asText()).rows();
        if (perKey.merge(k.asText(), 1L, Long::sum) > rows) {
            throw StateReader.inconsistent("more respondents in group " + AggregateReader.shown(k) + " than its " + rows + " rows");
        }
        return k.asText();
    }

    private int[] codes(JsonNode c, String where) throws StateReader.InvalidState {
        if (!c.isArray() || c.size() != layout.size()) {
            throw StateReader.damaged(where + " does not hold one answer code per column (" + layout.size() + ")");
        }
        int[] codes = new int[layout.size()];
        for (int i = 0; i < codes.length; i++) {
            JsonNode code = c.get(i);
            if (!code.isInt() || code.asInt() < 0 || code.asInt() >= layout.column(i).codeCount()) {
                throw StateReader.damaged(where + " has answer code " + AggregateReader.shown(code) + " for "
                        + layout.column(i).id() + ", which the instrument cannot give");
            }
            codes[i] = code.asInt();
        }
        return codes;
    }

    private String[] texts(JsonNode t, int[] codes, String where) throws StateReader.InvalidState {
        if (!t.isArray() || t.size() != textColumns.length) {
            throw StateReader.damaged(where + " does not hold one text per free-text item (" + textColumns.length + ")");
        }
        String[] texts = new String[textColumns.length];
        for (int i = 0; i < texts.length; i++) {
            JsonNode text = t.get(i);
            if (!text.isNull() && (codes[textColumns[i]] == 0 || !TextSamples.text(text))) {
                throw StateReader.damaged(where + " has a text for " + layout.column(textColumns[i]).id() + " that it did not answer, or a longer one than a state keeps");
            }
            texts[i] = text.isNull() ? null : text.asText();
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
