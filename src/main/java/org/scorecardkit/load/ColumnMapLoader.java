package org.scorecardkit.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.ColumnMap;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;

/**
 * Loads the {@code --columns} file of a tally: a YAML mapping from a column's header, as written in
 * the response files, to an item id of the instrument or one of respondent, group, date, total,
 * ignore. Produces the {@link ColumnMap}, or every mistake with its line, column and a fix.
 */
public final class ColumnMapLoader {
    private final SourceFile source;
    private final Instrument instrument;
    private final List<Problem> problems;

    private ColumnMapLoader(SourceFile source, Instrument instrument, List<Problem> problems) {
        this.source = source;
        this.instrument = instrument;
        this.problems = problems;
    }

    /** The map and its problems; the map is fit to use only when there are none. */
    public record Result(ColumnMap map, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Loads {@code file}, named in problems as given, checking its item ids against the instrument. */
    public static Result load(Path file, Instrument instrument) {
        List<Problem> problems = new ArrayList<>();
        String name = file.toString();
        String text = text(file, name, problems);
        if (text == null) {
            return new Result(ColumnMap.NONE, List.copyOf(problems));
        }
        SourceFile source = new SourceFile(name, text, problems);
        ColumnMap map = new ColumnMapLoader(source, instrument, problems).read(YamlReader.read(source));
        problems.sort(Problem.ORDER);
        return new Result(problems.isEmpty() ? map : ColumnMap.NONE, List.copyOf(problems));
    }

    private ColumnMap read(YamlNode root) {
        if (root == null) {
            if (problems.isEmpty()) {
                source.error(Position.START, "the columns file is empty",
                        "write one line per column, its header as written and what it holds, e.g. " + example());
            }
            return ColumnMap.NONE;
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            source.error(root.at(), "the columns file must be a mapping from a column's header to what it holds, not "
                    + root.describe(), "write one line per column, e.g. " + example());
            return ColumnMap.NONE;
        }
        for (YamlNode.Entry e : mapping.duplicates()) {
            source.error(e.keyAt(), "the column \"" + e.key() + "\" is mapped twice",
                    "keep one of the two; the first is at line " + mapping.entries().get(e.key()).keyAt().line());
        }
        Map<String, String> targets = new LinkedHashMap<>();
        Map<String, YamlNode.Entry> byKey = new HashMap<>();
        for (YamlNode.Entry e : mapping.entries().values()) {
            String target = target(e);
            String key = ColumnMap.key(e.key());
            if (key.isEmpty()) {
                source.error(e.keyAt(), "a column's header is blank", "write the header as the file writes it, in quotes");
            } else if (target != null) {
                alike(e, key, target, byKey.putIfAbsent(key, e), targets);
                targets.putIfAbsent(key, target);
            }
        }
        return new ColumnMap(targets);
    }

    /** Two headers that differ only in case or spacing name the same column: they must agree. */
    private void alike(YamlNode.Entry e, String key, String target, YamlNode.Entry first, Map<String, String> targets) {
        if (first != null && !target.equals(targets.get(key))) {
            source.error(e.keyAt(), "\"" + e.key() + "\" and \"" + first.key() + "\" (line " + first.keyAt().line()
                    + ") are the same header once case and spaces are ignored, but map to \"" + target + "\" and \""
                    + targets.get(key) + "\"", "keep one of the two");
        }
    }

    /** What an entry maps its column to, or null (with the problem reported). */
    private String target(YamlNode.Entry e) {
        YamlNode value = e.value();
        if (!(value instanceof YamlNode.Scalar s) || s.isNull() || s.text().isBlank()) {
            // YAML reads "key:" with nothing after it as empty text, which describe() would call text "".
            String what = value instanceof YamlNode.Scalar ? "an empty value" : value.describe();
            source.error(value.at(), "the column \"" + e.key() + "\" must map to an item id or one of "
                    + String.join(", ", ColumnMap.TARGETS) + ", not " + what, "write e.g. " + example());
            return null;
        }
        String target = s.text().strip().toLowerCase(java.util.Locale.ROOT);
        if (ColumnMap.TARGETS.contains(target) || instrument.columns().contains(target)) {
            return target;
        }
        source.error(s.at(), "\"" + target + "\" is no item of instrument " + instrument.id() + " (column \""
                + e.key() + "\")", fix(target));
        return null;
    }

    /** A line of a columns file for this instrument. */
    private String example() {
        List<String> ids = instrument.columns();
        return "\"Question 1\": " + (ids.isEmpty() ? "respondent" : ids.get(0));
    }

    private String fix(String target) {
        List<String> ids = instrument.columns();
        String hint;
        Item numbered = numbered(target);
        if (numbered != null) {
            hint = "item " + target + " on the sheet is \"" + numbered.id() + "\"; write its id. ";
        } else {
            String near = Suggest.nearest(target, ids);
            hint = near != null ? "did you mean \"" + near + "\"? " : "";
        }
        return hint + "map each column to one of " + String.join(", ", ColumnMap.TARGETS)
                + ", or an item id of " + instrument.id() + ": " + String.join(", ", ids);
    }

    /** The item a number names as the sheet prints it (1 for the first answered item), or null. */
    private Item numbered(String target) {
        if (!target.matches("\\d{1,6}")) {
            return null;
        }
        int n = Integer.parseInt(target);
        List<Item> answered = instrument.answeredItems();
        return n >= 1 && n <= answered.size() ? answered.get(n - 1) : null;
    }

    /** The file's text without a byte order mark, or null (with the problem reported). */
    private static String text(Path file, String name, List<Problem> problems) {
        if (Files.isDirectory(file)) {
            problems.add(new Problem(name, 1, 1, "the columns file is a folder",
                    "name the YAML file itself after --columns, e.g. --columns columns.yaml"));
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            problems.add(new Problem(name, 1, 1, "the columns file was not found",
                    "name an existing file after --columns, e.g. --columns columns.yaml"));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(name, 1, 1, "the columns file is not UTF-8 text", "save it with UTF-8 encoding"));
        } catch (IOException e) {
            problems.add(new Problem(name, 1, 1, "cannot read the columns file: " + e.getMessage(),
                    "check that it is a readable file"));
        }
        return null;
    }
}
