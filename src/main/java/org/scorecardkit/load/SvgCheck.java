package org.scorecardkit.load;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks an SVG logo before any page or PDF embeds it: well-formed XML with an {@code <svg>} root, no DTD,
 * no script or event handler, no HTML inside, nothing fetched from elsewhere (every reference stays inside
 * the file, "#id"), and drawable by the PDF renderer. Produces the problems, each at its line in the SVG.
 */
public final class SvgCheck {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** Kept so the level set on it stays: jsvg would otherwise log a broken drawing to the terminal. */
    private static final Logger JSVG_LOG = Logger.getLogger("com.github.weisj.jsvg");

    static {
        JSVG_LOG.setLevel(Level.OFF);
    }

    private SvgCheck() {
    }

    /**
     * The SVG as the PDF renderer draws it, with nothing outside the file loaded; null when it cannot be drawn.
     */
    public static SVGDocument document(byte[] bytes) {
        try {
            LoaderContext context = LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_ALL).build();
            return new SVGLoader().load(new ByteArrayInputStream(bytes), null, context);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The problems of an SVG logo; none when every page and PDF can show it safely. */
    static List<Problem> problems(String file, byte[] bytes) {
        Handler handler = new Handler(file, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.newSAXParser().parse(new ByteArrayInputStream(bytes), handler);
        } catch (SAXParseException e) {
            boolean dtd = String.valueOf(e.getMessage()).contains("DOCTYPE");
            handler.add(Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber()),
                    dtd ? "the SVG logo has a DOCTYPE, which can pull in other files" : "the SVG logo is not well-formed XML: " + e.getMessage(),
                    dtd ? "remove the <!DOCTYPE …> lines: an SVG needs none" : "export the logo as SVG again, or correct the file at that place");
            return handler.found;
        } catch (SAXException | IOException | ParserConfigurationException e) {
            handler.add(1, 1, "the SVG logo cannot be read: " + e.getMessage(), "export the logo as SVG again");
            return handler.found;
        }
        if (handler.found.isEmpty()) {
            SVGDocument doc = document(bytes);
            if (doc == null || !(doc.size().width > 0 && doc.size().height > 0)) {
                handler.add(1, 1, "the SVG logo cannot be drawn: it has no size", "give the <svg> element a viewBox, e.g. viewBox=\"0 0 200 60\"");
            }
        }
        return handler.found;
    }

    /** Walks the elements, noting each one a logo may not carry at the place it is written. */
    private static final class Handler extends DefaultHandler {
        private final String file;
        private final String[] lines;
        private final List<Problem> found = new ArrayList<>();
        private Locator locator;
        private boolean root = true;
        private StringBuilder style;

        Handler(String file, String text) {
            this.file = file;
            this.lines = text.split("\n", -1);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            Position at = where(qName);
            if (root && !(local.equals("svg") && SVG_NS.equals(uri))) {
                add(at, "the logo's root element is <" + qName + ">" + (local.equals("svg") ? " without the SVG namespace" : "")
                        + ", not an SVG drawing", "start it with <svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"…\">");
            }
            root = false;
            String name = local.toLowerCase(Locale.ROOT);
            if (name.equals("script")) {
                add(at, "the SVG logo has a <script> element", "remove it: a logo is a drawing, and no page runs its scripts");
            } else if (name.equals("foreignobject")) {
                add(at, "the SVG logo has a <foreignObject> element (HTML inside the drawing)", "remove it, or convert its text to paths");
            }
            style = name.equals("style") ? new StringBuilder() : null;
            for (int i = 0; i < atts.getLength(); i++) {
                attribute(at, qName, atts.getLocalName(i).isEmpty() ? atts.getQName(i) : atts.getLocalName(i), atts.getValue(i));
            }
        }

        private void attribute(Position at, String element, String name, String value) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.startsWith("on")) {
                add(at, "the SVG logo's <" + element + "> has the event handler " + name + "=\"…\", which is script",
                        "remove the " + name + " attribute");
            } else if (n.equals("href") && !value.strip().startsWith("#")) {
                external(at, "<" + element + "> refers to \"" + shortened(value) + "\"");
            } else if (outsideUrl(value)) {
                external(at, "<" + element + ">'s " + name + " refers to " + shortened(value));
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (style != null) {
                style.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (style != null && (outsideUrl(style.toString()) || style.toString().contains("@import"))) {
                external(where(qName), "its <style> loads \"" + shortened(style.toString().strip()) + "\"");
            }
            style = null;
        }

        /** Whether a value or style sheet names a url(…) that is not a "#id" inside the file. */
        private static boolean outsideUrl(String value) {
            return value.replace(" ", "").replace("'", "").replace("\"", "").matches("(?is).*url\\((?!#).*");
        }

        private void external(Position at, String what) {
            add(at, "the SVG logo loads something from outside the file: " + what,
                    "embed the drawing itself (no links to pictures, fonts or style sheets elsewhere); refer only to \"#id\"s inside the file");
        }

        private static String shortened(String s) {
            return s.length() > 60 ? s.substring(0, 57) + "…" : s;
        }

        /** Where the element's tag starts: SAX reports the end of the tag, so look back for its "<name". */
        private Position where(String qName) {
            int line = Math.max(1, locator.getLineNumber());
            int col = locator.getColumnNumber();
            for (int l = line; l >= 1 && l > line - 50; l--) {
                String text = lines[Math.min(l, lines.length) - 1];
                int c = text.lastIndexOf("<" + qName, l == line && col > 0 ? col - 1 : text.length());
                if (c >= 0) {
                    return new Position(l, c + 1);
                }
            }
            return new Position(line, Math.max(1, col));
        }

        private void add(Position at, String message, String fix) {
            add(at.line(), at.column(), message, fix);
        }

        void add(int line, int column, String message, String fix) {
            found.add(new Problem(file, line, column, message, fix));
        }
    }
}
