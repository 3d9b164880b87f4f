package org.scorecardkit.collect.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.scorecardkit.collect.store.StoredResponse;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;

/**
 * Writes an export as JSON Lines, one response per line in the shape of the page's own download
 * ({@code instrument, version, respondent, group, date, answers}: a rating as a number, a multiple
 * choice as a list), then the collector's {@code submission} and {@code received}.
 */
final class JsonRows implements ResponseExport.RowWriter {
    private final Instrument instrument;
    private final OutputStream out;
    private final JsonGenerator json;

    JsonRows(Instrument instrument, OutputStream out) throws IOException {
        this.instrument = instrument;
        this.out = out;
        this.json = new JsonFactory().createGenerator(out).configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        json.setRootValueSeparator(null);
    }

    @Override
    public void header(List<String> columns) {
    }

    @Override
    public void row(List<String> cells, StoredResponse r) throws IOException {
        json.writeStartObject();
        json.writeStringField("instrument", r.instrument());
        json.writeStringField("version", r.version());
        json.writeStringField("respondent", r.respondent() == null ? "" : r.respondent());
        json.writeStringField("group", r.group() == null ? "" : r.group());
        json.writeStringField("date", r.date() == null ? "" : r.date());
        json.writeObjectFieldStart("answers");
        for (var a : r.answers().entrySet()) {
            json.writeFieldName(a.getKey());
            value(instrument.item(a.getKey()), a.getValue());
        }
        json.writeEndObject();
        json.writeStringField("submission", r.submission());
        json.writeStringField("received", r.received().toString());
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    /** An answer as the page writes it: a rating's number, a multiple choice's list, anything else its text. */
    private void value(Item item, String v) throws IOException {
        ItemType type = item == null ? null : item.type();
        if (type == ItemType.RATING && v.matches("-?\\d{1,9}")) {
            json.writeNumber(Integer.parseInt(v));
        } else if (type == ItemType.MULTIPLE) {
            json.writeStartArray();
            for (String o : v.split(";", -1)) {
                if (!o.isEmpty()) {
                    json.writeString(o);
                }
            }
            json.writeEndArray();
        } else {
            json.writeString(v);
        }
    }

    @Override
    public void finish() throws IOException {
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
