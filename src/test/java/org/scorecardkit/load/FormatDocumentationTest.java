package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The loader, the JSON Schemas and the format guide describe one format: the same keys for every
 * object, the shipped content passes the schema, and the guide names every key.
 */
class FormatDocumentationTest {
    static final Path SCHEMAS = Path.of("content/schema");
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode schema(String name) throws IOException {
        return JSON.readTree(SCHEMAS.resolve(name).toFile());
    }

    @Test
    void schemaPropertiesAreExactlyTheKeysTheLoaderAccepts() throws IOException {
        JsonNode instrument = schema("instrument.schema.json");
        for (Map.Entry<String, List<String>> object : Keys.all().entrySet()) {
            JsonNode node = switch (object.getKey()) {
                case "site" -> schema("site.schema.json");
                case "submission", "brand" -> schema("site.schema.json").path("$defs").path(object.getKey());
                case "instrument" -> instrument;
                default -> instrument.path("$defs").path(object.getKey());
            };
            assertEquals(new TreeSet<>(object.getValue()), fieldNames(node.path("properties")), object.getKey());
            assertEquals(false, node.path("additionalProperties").asBoolean(true),
                    object.getKey() + " must reject unknown keys, as the loader does");
        }
    }

    @Test
    void shippedContentPassesTheSchemaTheEditorsUse() throws IOException {
        Schema instrumentSchema = load("instrument.schema.json");
        List<String> failures = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("content/instruments"))) {
            for (Path file : files.sorted().toList()) {
                String firstLine = Files.readAllLines(file).get(0);
                assertEquals("# yaml-language-server: $schema=../schema/instrument.schema.json", firstLine, file.toString());
                instrumentSchema.validate(new YAMLMapper().readTree(file.toFile())).forEach(e -> failures.add(file + ": " + e));
            }
        }
        load("site.schema.json").validate(new YAMLMapper().readTree(Path.of("content/site.yaml").toFile()))
                .forEach(e -> failures.add("site.yaml: " + e));
        assertEquals(List.of(), failures);
    }

    @Test
    void schemaRejectsAnUnknownKeyLikeTheLoader() throws IOException {
        JsonNode bad = new YAMLMapper().readTree("id: x\nversion: 1\ntitle: X\nkind: survey\ndescription: d\n"
                + "items:\n  - {id: a, type: text, text: A, titel: oops}\n");

        List<Error> errors = load("instrument.schema.json").validate(bad);

        assertTrue(errors.stream().anyMatch(e -> e.toString().contains("titel")), errors.toString());
    }

    @Test
    void theFormatGuideNamesEveryKey() throws IOException {
        String guide = Files.readString(Path.of("content/pages/write-your-own.md"));
        List<String> missing = new ArrayList<>();
        Keys.all().forEach((object, keys) -> keys.stream()
                .filter(k -> !guide.contains("`" + k + "`"))
                .forEach(k -> missing.add(object + "." + k)));
        assertEquals(List.of(), missing);
    }

    @Test
    void everyCompleteInstrumentExampleInTheGuideLoadsWithoutProblems(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws IOException {
        String guide = Files.readString(Path.of("content/pages/write-your-own.md"));
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("```yaml\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(guide);
        TestSite site = TestSite.copyOfBase(tmp);
        int examples = 0;
        while (block.find()) {
            String yaml = block.group(1);
            if (yaml.contains("\nid: ") && yaml.contains("\nkind: ")) {
                site.with("instruments/example-" + ++examples + ".yaml", yaml);
            }
        }
        assertEquals(3, examples, "the guide's survey, checklist and NPS examples");
        assertEquals(List.of(), site.problems());
    }

    private static Schema load(String name) throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(SCHEMAS.resolve(name)));
    }

    private static TreeSet<String> fieldNames(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
