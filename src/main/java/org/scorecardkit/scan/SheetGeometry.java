package org.scorecardkit.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sheet's geometry as the scanner reads it from the geometry JSON the build writes: page size and,
 * per page, the corner marks, the QR square and the bubbles, in points from the bottom-left corner.
 * Every position the scanner looks at comes from here, so a sheet whose marks grow still scans.
 */
public record SheetGeometry(String instrument, String version, double width, double height, List<Page> pages) {

    public SheetGeometry {
        pages = List.copyOf(pages);
    }

    /** A centre and radius (a corner mark, or a bubble with its answer). */
    public record Spot(double x, double y, double r) {
    }

    /** One answer bubble: the item and value it stands for, centre and radius. */
    public record Bubble(String item, String value, double x, double y, double r) {
    }

    /** The QR's dark-module square: centre and side. */
    public record Qr(double x, double y, double size) {
    }

    /** One page: its number from 1, the four marks (top-left, top-right, bottom-left, bottom-right), QR, bubbles. */
    public record Page(int number, List<Spot> registration, Qr qr, List<Bubble> bubbles) {
        public Page {
            registration = List.copyOf(registration);
            bubbles = List.copyOf(bubbles);
        }
    }

    /** Thrown for a geometry file that cannot be used, with one line saying why. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    /** The page with this number, or null. */
    public Page page(int number) {
        for (Page p : pages) {
            if (p.number() == number) {
                return p;
            }
        }
        return null;
    }

    /** Reads a geometry JSON file written by the build. */
    public static SheetGeometry read(Path file) throws Invalid {
        try {
            return parse(new ObjectMapper().readTree(Files.readAllBytes(file)), file.getFileName().toString());
        } catch (IOException e) {
            throw new Invalid(file + ": cannot read the sheet geometry (" + e.getMessage() + ")");
        }
    }

    /** Parses geometry JSON text; {@code name} names it in messages. */
    public static SheetGeometry parse(String json, String name) throws Invalid {
        try {
            return parse(new ObjectMapper().readTree(json), name);
        } catch (IOException e) {
            throw new Invalid(name + ": not JSON (" + e.getMessage() + ")");
        }
    }

    private static SheetGeometry parse(JsonNode root, String name) throws Invalid {
        if (!"pt".equals(root.path("unit").asText()) || !"bottom-left".equals(root.path("origin").asText())) {
            throw new Invalid(name + ": the geometry must be in unit \"pt\" with origin \"bottom-left\"");
        }
        List<Page> pages = new ArrayList<>();
        for (JsonNode p : root.path("pages")) {
            List<Spot> marks = new ArrayList<>();
            for (JsonNode m : p.path("registration")) {
                marks.add(new Spot(number(m, "x", name), number(m, "y", name), number(m, "r", name)));
            }
            if (marks.size() != 4) {
                throw new Invalid(name + ": page " + p.path("page").asInt() + " has " + marks.size()
                        + " registration marks; the scanner needs the four corners");
            }
            JsonNode q = p.path("qr");
            List<Bubble> bubbles = new ArrayList<>();
            for (JsonNode b : p.path("bubbles")) {
                bubbles.add(new Bubble(b.path("item").asText(), b.path("value").asText(), number(b, "x", name),
                        number(b, "y", name), number(b, "r", name)));
            }
            pages.add(new Page(p.path("page").asInt(), marks,
                    new Qr(number(q, "x", name), number(q, "y", name), number(q, "size", name)), bubbles));
        }
        if (pages.isEmpty()) {
            throw new Invalid(name + ": the geometry lists no pages");
        }
        return new SheetGeometry(root.path("instrument").asText(), root.path("version").asText(),
                number(root, "width", name), number(root, "height", name), pages);
    }

    private static double number(JsonNode node, String field, String name) throws Invalid {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw new Invalid(name + ": \"" + field + "\" must be a number");
        }
        return v.asDouble();
    }
}
