package org.scorecardkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Holds the code and the message bundles together: every key the code names exists, and every key is used. */
class WordsTest {
    private static final Pattern KEY = Pattern.compile(
            "\"((?:" + String.join("|", Words.BUNDLES) + ")\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)\"");
    // Literals of that shape that are file names, not keys.
    private static final Pattern FILE = Pattern.compile(".*\\.(yaml|yml|css|js|html|pdf|json|csv|xlsx|png|svg|jte|properties|txt|md)");

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(Words.of("en").keys());
        assertEquals(Set.of(), missing, "keys used in code, templates or the page script but in no bundle");
    }

    @Test
    void everyKeyOfTheBundlesIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(Words.of("en").keys());
        unused.removeAll(usedKeys());
        assertEquals(Set.of(), unused, "keys in a bundle that nothing uses: remove them or use them");
    }

    @Test
    void eachKeyLivesInItsOwnBundleOnce() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String bundle : Words.BUNDLES) {
            Set<String> seen = new TreeSet<>();
            try (InputStream in = Words.class.getResourceAsStream("/org/scorecardkit/words/" + bundle + ".properties")) {
                assertTrue(in != null, "bundle " + bundle + ".properties is missing");
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String key = line.split("\\s*=", 2)[0].strip();
                    if (!key.startsWith(bundle + ".")) {
                        wrong.add(bundle + ": " + key + " does not start with " + bundle + ".");
                    }
                    if (!seen.add(key)) {
                        wrong.add(bundle + ": " + key + " is written twice");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void argumentsAreFilledInLiterallyAndAMissingKeyFails() {
        Words words = Words.of("en");
        String anyKey = words.keys().iterator().next();
        assertEquals(words.get(anyKey), words.get(anyKey, new Object[0]));
        assertFalse(words.keys().contains("kit.no-such-key"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> words.get("kit.no-such-key"));
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("templates"), Path.of("src/main/resources/org/scorecardkit"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().matches(".*\\.(java|jte|js)")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!FILE.matcher(m.group(1)).matches()) {
                            used.add(m.group(1));
                        }
                    }
                }
            }
        }
        return used;
    }
}
