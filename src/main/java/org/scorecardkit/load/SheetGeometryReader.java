package org.scorecardkit.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.SheetGeometry;

/**
 * Reads a sheet's geometry JSON ({@code <id>-a4.geometry.json}) back into the {@link SheetGeometry}
 * model. It refuses, in one line naming the file, another format version, a missing or malformed
 * field (by its JSON path), and a fingerprint that does not match the layout the file describes.
 */
public final class SheetGeometryReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REBUILD = "rebuild the site (scorecard build) and use the new file";

    private SheetGeometryReader() {
    }

    /** A geometry file that cannot be used; the message is one line naming the file and the fix. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    /** The geometry of a file. */
    public static SheetGeometry read(Path file) throws Invalid {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new Invalid(file + ": file not found; give the .geometry.json written beside the sheet's PDF");
        } catch (IOException e) {
            throw new Invalid(file + ": cannot read the file: " + e.getMessage());
        }
    }

    /** The geometry of a JSON text; {@code name} says where it came from, for messages. */
    public static SheetGeometry parse(String json, String name) throws Invalid {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new Invalid(name + ": not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "); " + REBUILD);
        }
        if (root == null || !root.isObject()) {
            throw new Invalid(name + ": not a geometry file (expected a JSON object); " + REBUILD);
        }
        Json f = new Json(name);
        String format = root.path("format").isTextual() ? root.get("format").asText() : null;
        if (!SheetGeometry.FORMAT.equals(format)) {
            throw new Invalid(name + ": " + (format == null ? "no \"format\" (written by an older Scorecard Kit)"
                    : "format \"" + format + "\"") + ", but this version reads \"" + SheetGeometry.FORMAT + "\"; " + REBUILD);
        }
        List<SheetGeometry.Page> pages = new ArrayList<>();
        JsonNode list = f.array(root, "pages", "pages");
        for (int i = 0; i < list.size(); i++) {
            pages.add(page(f, list.get(i), "pages[" + i + "]"));
        }
        SheetGeometry sheet = new SheetGeometry(f.text(root, "instrument", "instrument"), f.text(root, "version", "version"),
                f.text(root, "paper", "paper"), f.number(root, "width", "width"), f.number(root, "height", "height"), pages);
        String stated = f.text(root, "fingerprint", "fingerprint");
        if (!stated.equals(sheet.fingerprint())) {
            throw new Invalid(name + ": the fingerprint " + stated + " does not match the layout in the file ("
                    + sheet.fingerprint() + "), so the file was changed after it was written; " + REBUILD);
        }
        return sheet;
    }

    private static SheetGeometry.Page page(Json f, JsonNode page, String at) throws Invalid {
        List<SheetGeometry.Mark> marks = new ArrayList<>();
        JsonNode reg = f.array(page, "registration", at + ".registration");
        for (int i = 0; i < reg.size(); i++) {
            String m = at + ".registration[" + i + "]";
            marks.add(new SheetGeometry.Mark(f.number(reg.get(i), "x", m), f.number(reg.get(i), "y", m),
                    f.number(reg.get(i), "r", m), f.shape(reg.get(i), m, "square", "disc")));
        }
        if (marks.size() != 4) {
            throw new Invalid(f.name + ": " + at + ".registration has " + marks.size() + " marks, not 4; " + REBUILD);
        }
        JsonNode qr = page.path("qr");
        SheetGeometry.Qr code = new SheetGeometry.Qr(f.number(qr, "x", at + ".qr"), f.number(qr, "y", at + ".qr"),
                f.number(qr, "size", at + ".qr"));
        List<SheetGeometry.Bubble> bubbles = new ArrayList<>();
        JsonNode list = f.array(page, "bubbles", at + ".bubbles");
        for (int i = 0; i < list.size(); i++) {
            JsonNode b = list.get(i);
            String where = at + ".bubbles[" + i + "]";
            bubbles.add(new SheetGeometry.Bubble(f.text(b, "item", where), f.text(b, "value", where), f.number(b, "x", where),
                    f.number(b, "y", where), f.number(b, "r", where), f.shape(b, where, "square", "circle")));
        }
        if (!page.path("page").canConvertToInt() || !page.path("page").isIntegralNumber()) {
            throw new Invalid(f.name + ": " + at + ".page is missing or not a whole number; " + REBUILD);
        }
        return new SheetGeometry.Page(page.get("page").asInt(), marks, code, bubbles);
    }

    /** Field access that names the file and the JSON path of what is missing. */
    private record Json(String name) {
        String text(JsonNode node, String key, String at) throws Invalid {
            JsonNode v = node.path(key);
            if (!v.isTextual()) {
                throw missing(at.endsWith(key) ? at : at + "." + key, "text");
            }
            return v.asText();
        }

        float number(JsonNode node, String key, String at) throws Invalid {
            JsonNode v = node.path(key);
            if (!v.isNumber()) {
                throw missing(at.endsWith(key) ? at : at + "." + key, "a number");
            }
            return v.floatValue();
        }

        JsonNode array(JsonNode node, String key, String at) throws Invalid {
            JsonNode v = node.path(key);
            if (!v.isArray()) {
                throw missing(at, "a list");
            }
            return v;
        }

        /** True for the first shape name, false for the second; anything else is refused. */
        boolean shape(JsonNode node, String at, String yes, String no) throws Invalid {
            String s = text(node, "shape", at);
            if (!s.equals(yes) && !s.equals(no)) {
                throw new Invalid(name + ": " + at + ".shape is \"" + s + "\", expected \"" + yes + "\" or \"" + no + "\"; " + REBUILD);
            }
            return s.equals(yes);
        }

        private Invalid missing(String at, String what) {
            return new Invalid(name + ": " + at + " is missing or not " + what + "; " + REBUILD);
        }
    }
}
