package org.scorecardkit.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.scorecardkit.output.OutputRefused;
import org.scorecardkit.output.SafeDelete;

/**
 * Writes a starter project of one's own into a new folder ({@code scorecard new DIR}): a commented
 * site.yaml for the organisation, the standard instruments and pages, the schemas for the editor and
 * a .gitignore; produces the files written, the same bytes for the same settings.
 */
public final class StarterProject {
    private static final String STANDARD = "org/scorecardkit/standard/";
    private static final String TEMPLATES = "org/scorecardkit/project/";

    /** What the person starting the project says about it. */
    public record Settings(String title, String organisation, String language) {
    }

    /** What was written: how many instruments and pages the project starts with. */
    public record Written(int instruments, int pages) {
    }

    private StarterProject() {
    }

    /**
     * Writes the project into {@code dir}, which must not exist or be empty; the files are written beside
     * it, then moved in, so a failure while writing leaves no half project behind.
     */
    public static Written write(Path dir, Settings settings) throws IOException {
        refuseUnlessEmpty(dir);
        Map<String, byte[]> files = files(settings);
        Path target = dir.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-");
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            if (Files.isDirectory(target)) {
                // An empty folder given (even the current one, "scorecard new ."): it stays, its contents arrive.
                try (Stream<Path> entries = Files.list(staging)) {
                    for (Path entry : entries.sorted().toList()) {
                        Files.move(entry, target.resolve(entry.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            } else {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            SafeDelete.tree(staging);
        }
        return new Written(count(files, "instruments/"), count(files, "pages/"));
    }

    /** Every file of the project by its path inside it, in name order. */
    static Map<String, byte[]> files(Settings settings) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("site.yaml", siteYaml(settings).getBytes(StandardCharsets.UTF_8));
        files.put(".gitignore", Resources.bytes(TEMPLATES + "gitignore"));
        Resources.folder(STANDARD + "instruments").forEach((name, bytes) -> files.put("instruments/" + name, bytes));
        Resources.folder(STANDARD + "pages").forEach((name, bytes) -> files.put("pages/" + name, bytes));
        Resources.folder("org/scorecardkit/schema").forEach((name, bytes) -> files.put("schema/" + name, bytes));
        return files;
    }

    /** The commented site.yaml, its menu and instruments in the order of the kit's own. */
    static String siteYaml(Settings settings) throws IOException {
        JsonNode standard = new ObjectMapper(new YAMLFactory()).readTree(Resources.bytes(STANDARD + "site.yaml"));
        return Resources.text(TEMPLATES + "site.yaml")
                .replace("${title}", YamlText.scalar(settings.title()))
                .replace("${organisation}", YamlText.scalar(settings.organisation()))
                .replace("${description}", YamlText.scalar(standard.path("description").asText()))
                .replace("${language}", YamlText.scalar(settings.language()))
                .replace("${nav}", YamlText.list(standard.path("nav")))
                .replace("${instruments}", YamlText.list(standard.path("instruments")));
    }

    private static void refuseUnlessEmpty(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir) || Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputRefused(dir + " is already there and is not a folder: name a new folder for the project");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new OutputRefused(dir + " is not empty: name a new folder for the project (nothing was written)");
                }
            }
        }
    }

    private static int count(Map<String, byte[]> files, String folder) {
        return (int) files.keySet().stream().filter(f -> f.startsWith(folder)).count();
    }

}
