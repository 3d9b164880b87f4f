package org.scorecardkit.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML text into a {@link YamlNode} tree with Jackson's streaming parser, keeping each scalar's
 * text as written, or reports the syntax error (or an alias, or a second document) with its place
 * and a likely fix.
 */
final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    private static final Pattern MARK = Pattern.compile("^ in '.*', line (\\d+), column (\\d+)");
    private static final Pattern DOCUMENT_START = Pattern.compile("---(\\s|$)");

    private YamlReader() {
    }

    /**
     * The document's root node, null for an empty document; a syntax error goes to the source, and so
     * do an alias and a second document, which the content format does not use.
     */
    static YamlNode read(SourceFile source) {
        try (JsonParser p = FACTORY.createParser(source.text())) {
            if (p.nextToken() == null) {
                return null;
            }
            YamlNode root = node(source, p);
            int lastLine = p.currentTokenLocation().getLineNr();
            if (p.nextToken() != null) {
                source.error(documentStart(source, lastLine, position(p.currentTokenLocation())),
                        "a second YAML document starts here; "
                                + (source.name().startsWith("instruments/") ? "one instrument per file" : "a file holds one"),
                        "remove the line \"---\" and what follows, or move it into a file of its own");
            }
            return root;
        } catch (JsonProcessingException e) {
            reportSyntax(source, e);
            return null;
        } catch (IOException e) {
            source.error(Position.START, "cannot read the file: " + e.getMessage(),
                    "check that the file exists and is readable");
            return null;
        }
    }

    private static YamlNode node(SourceFile source, JsonParser p) throws IOException {
        Position at = position(p.currentTokenLocation());
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                YamlNode.Mapping map = new YamlNode.Mapping(at);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    Position keyAt = position(p.currentTokenLocation());
                    String key = p.currentName();
                    p.nextToken();
                    YamlNode.Entry entry = new YamlNode.Entry(key, keyAt, node(source, p));
                    if (map.entries().putIfAbsent(entry.key(), entry) != null) {
                        map.duplicates().add(entry);
                    }
                }
                return map;
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(source, p));
                }
                return new YamlNode.Sequence(at, items);
            }
            default -> {
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    // Jackson hands an alias over as the anchor's name, which would be shown as the text.
                    source.error(at, "aliases (*" + p.getText() + ") are not supported; write the text out",
                            "write the value itself here instead of *" + p.getText());
                    return new YamlNode.Scalar(at, "*" + p.getText(), "*" + p.getText());
                }
                return ScalarTypes.scalar(at, token, p.getText());
            }
        }
    }

    /** Where the second document begins: its "---" line after the first document's end, else its first value. */
    private static Position documentStart(SourceFile source, int fromLine, Position fallback) {
        String[] lines = source.text().split("\n", -1);
        for (int l = Math.max(0, fromLine - 1); l < lines.length; l++) {
            if (DOCUMENT_START.matcher(lines[l]).lookingAt()) {
                return new Position(l + 1, 1);
            }
        }
        return fallback;
    }

    private static Position position(JsonLocation loc) {
        return new Position(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    /**
     * Reports a syntax error at SnakeYAML's problem mark, which (unlike the parser's current location)
     * is where the mistake is. Its message reads: context, mark, snippet, problem, mark, snippet.
     */
    private static void reportSyntax(SourceFile source, JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "unreadable YAML" : e.getOriginalMessage();
        List<String> sentences = new ArrayList<>();
        List<Position> marks = new ArrayList<>();
        for (String line : message.split("\n")) {
            Matcher m = MARK.matcher(line);
            if (m.find()) {
                marks.add(new Position(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } else if (!line.isBlank() && !line.startsWith(" ")) {
                sentences.add(line.strip().replace("'\\t(TAB)'", "a tab").replace("\\t(TAB)", "tabs"));
            }
        }
        String problem = sentences.isEmpty() ? "unreadable YAML" : sentences.get(sentences.size() - 1);
        // At the end of the file, the place worth showing is where the unclosed thing was opened.
        boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
        Position at = marks.isEmpty() ? null : atEnd ? marks.get(0) : marks.get(marks.size() - 1);
        if (at == null && e.getLocation() != null) {
            at = new Position(Math.max(1, e.getLocation().getLineNr()), Math.max(1, e.getLocation().getColumnNr()));
        }
        String context = sentences.size() > 1 ? " (" + sentences.get(0) + ")" : "";
        source.error(at == null ? Position.START : at, "YAML syntax error: " + problem + context, syntaxFix(problem));
    }

    private static String syntaxFix(String problem) {
        String p = problem.toLowerCase(Locale.ROOT);
        if (p.contains("mapping values are not allowed")) {
            return "put the value in quotes when it contains \": \" (for example text: \"Note: read this\"), "
                    + "or fix the indentation of this line";
        }
        if (p.contains("tab")) {
            return "indent with spaces; YAML does not allow tab characters for indentation";
        }
        if (p.contains("duplicate")) {
            return "remove one of the two keys";
        }
        if (p.contains("found unexpected end of stream")) {
            return "close the quotation mark that was opened on this line";
        }
        if (p.contains("expected ',' or ']'") || p.contains("expected ',' or '}'")) {
            return "close the bracket opened on this value, or put the text in quotes if it starts with [ or {";
        }
        if (p.contains("expected <block end>") || p.contains("did not find expected")) {
            return "line the keys of one mapping up in the same column, and start list items with \"- \"";
        }
        return "check the indentation and the quoting of this line and the line before";
    }
}
