package org.scorecardkit.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scorecardkit.load.Keys;
import org.scorecardkit.output.AtomicFile;
import org.scorecardkit.output.OutputRefused;

/**
 * Rewrites a project for this release's format ({@code scorecard upgrade}): plans the changes to
 * site.yaml and the editor schemas, shows them as a unified diff, and writes each file whole, atomically.
 * Instruments and pages are never touched: a newer release reads the content of every older format.
 */
public final class FormatUpgrade {
    private static final String SCHEMAS = "org/scorecardkit/schema";

    /** One file rewritten: its path inside the content folder, the text before (null when new) and after, and why. */
    public record Change(String file, String before, String after, String why) {
    }

    private FormatUpgrade() {
    }

    /**
     * The changes that bring the project in {@code content} to this release's format, none when it is up to
     * date; refused when site.yaml is missing, unreadable or in a newer format.
     */
    public static List<Change> plan(Path content) throws IOException {
        Path siteFile = content.resolve("site.yaml");
        if (!Files.isRegularFile(siteFile)) {
            throw new OutputRefused(siteFile + " not found: run scorecard upgrade in a project folder, or name it with --content DIR");
        }
        String site = Files.readString(siteFile, StandardCharsets.UTF_8);
        JsonNode tree = tree(siteFile, site);
        checkFormat(siteFile, tree);
        List<Change> changes = new ArrayList<>();
        // Format 1 is the first. When a release raises Keys.FORMAT, the step from each older format comes
        // here, as the changes to the files it affects, and validate names the same changes line by line.
        if (!tree.has("format")) {
            changes.add(new Change("site.yaml", site, withFormatLine(site),
                    "says which format it is written in, so a later release can upgrade it exactly"));
        }
        changes.addAll(schemaChanges(content, site));
        return List.copyOf(changes);
    }

    /** The changes as one unified diff, a/ and b/ paths relative to the content folder, as git shows them. */
    public static String diff(List<Change> changes) {
        StringBuilder out = new StringBuilder();
        for (Change change : changes) {
            List<String> before = change.before() == null ? List.of() : change.before().lines().toList();
            List<String> after = change.after().lines().toList();
            String from = change.before() == null ? "/dev/null" : "a/" + change.file();
            UnifiedDiffUtils.generateUnifiedDiff(from, "b/" + change.file(), before, DiffUtils.diff(before, after), 2)
                    .forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }

    /** Writes every change, each file replaced whole in one step so a file is never left half written. */
    public static void apply(Path content, List<Change> changes) throws IOException {
        for (Change change : changes) {
            Path file = content.resolve(change.file());
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, change.after().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Refuses a format that is not a whole number or newer than this release's; none declared is format 1. */
    private static void checkFormat(Path siteFile, JsonNode tree) throws IOException {
        JsonNode format = tree.path("format");
        if (format.isMissingNode() || format.isNull()) {
            return;
        }
        if (!format.canConvertToInt() || !format.isIntegralNumber() || format.asInt() < 1) {
            throw new OutputRefused(siteFile + ": \"format\" must be a whole number such as " + Keys.FORMAT
                    + "; run scorecard validate for the line, fix it, then upgrade");
        }
        if (format.asInt() > Keys.FORMAT) {
            throw new OutputRefused(siteFile + " is in format " + format.asInt() + ", newer than this Scorecard Kit understands"
                    + " (format " + Keys.FORMAT + "): install a newer release instead of upgrading");
        }
    }

    private static JsonNode tree(Path siteFile, String site) throws IOException {
        try {
            JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(site);
            return tree == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : tree;
        } catch (IOException e) {
            throw new OutputRefused(siteFile + " cannot be read as YAML: run scorecard validate, fix what it lists, then upgrade");
        }
    }

    /** site.yaml with "format: N" after its opening comments, in the file's own line ending. */
    static String withFormatLine(String site) {
        String newline = site.contains("\r\n") ? "\r\n" : "\n";
        String line = "format: " + Keys.FORMAT + newline;
        List<String> lines = site.lines().toList();
        int at = 0;
        while (at < lines.size() && (lines.get(at).startsWith("#") || lines.get(at).startsWith("---"))) {
            at++;
        }
        int offset = 0;
        for (int i = 0; i < at; i++) {
            offset = site.indexOf('\n', offset) + 1;
        }
        if (at > 0 && offset == 0) {   // a file of comments only, without a final newline
            return site + newline + line;
        }
        return site.substring(0, offset) + line + site.substring(offset);
    }

    /**
     * This release's schemas where the project has older ones, or none though site.yaml points the editor
     * at schema/site.schema.json: a stale schema would flag the new keys as mistakes while one types.
     */
    private static List<Change> schemaChanges(Path content, String site) throws IOException {
        List<Change> changes = new ArrayList<>();
        boolean pointedAt = site.contains("$schema=schema/site.schema.json");
        for (Map.Entry<String, byte[]> schema : Resources.folder(SCHEMAS).entrySet()) {
            Path file = content.resolve("schema").resolve(schema.getKey());
            String current = new String(schema.getValue(), StandardCharsets.UTF_8);
            if (Files.isRegularFile(file)) {
                String had = Files.readString(file, StandardCharsets.UTF_8);
                if (!had.equals(current)) {
                    changes.add(new Change("schema/" + schema.getKey(), had, current, "this release's schema, so the editor knows its keys"));
                }
            } else if (pointedAt) {
                changes.add(new Change("schema/" + schema.getKey(), null, current, "the schema the files point the editor at"));
            }
        }
        return changes;
    }
}
