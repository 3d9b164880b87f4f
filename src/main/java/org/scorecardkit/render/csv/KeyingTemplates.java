package org.scorecardkit.render.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.render.Renderer;

/**
 * Writes the keying template of every instrument that has responses, {@code <id>/responses.csv}:
 * exactly the header row the tally reads ({@code respondent,group,date}, then one column per item
 * id, text items last), UTF-8 with a CRLF line end, for a facilitator to type paper returns into.
 */
public final class KeyingTemplates implements Renderer {
    /** The template's file name beside an instrument's page. */
    public static final String FILE = "responses.csv";

    @Override
    public List<String> render(SiteContent content, Path out) throws IOException {
        List<String> written = new ArrayList<>();
        for (Instrument instrument : content.instruments()) {
            if (instrument.kind().responding()) {
                String path = instrument.id() + "/" + FILE;
                Path file = out.resolve(path);
                Files.createDirectories(file.getParent());
                Files.write(file, header(instrument).getBytes(StandardCharsets.UTF_8));
                written.add(path);
            }
        }
        return written;
    }

    /** The header row with its line end; item ids are slugs, so no cell needs quoting. */
    public static String header(Instrument instrument) {
        return String.join(",", columns(instrument)) + "\r\n";
    }

    /** The columns the tally reads, in order: respondent, group, date, then the item ids, text items last. */
    public static List<String> columns(Instrument instrument) {
        List<String> columns = new ArrayList<>(List.of("respondent", "group", "date"));
        columns.addAll(instrument.columns());
        return columns;
    }
}
