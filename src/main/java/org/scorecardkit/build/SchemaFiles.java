package org.scorecardkit.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.render.Renderer;

/** Publishes the JSON Schemas of the content format on the site, so editors can point at its URL. */
final class SchemaFiles implements Renderer {
    private static final String SCHEMAS = "/org/scorecardkit/schema/";

    @Override
    public List<String> render(SiteContent content, Path out) throws IOException {
        List<String> written = new ArrayList<>();
        for (String name : List.of("instrument.schema.json", "site.schema.json")) {
            try (InputStream in = SchemaFiles.class.getResourceAsStream(SCHEMAS + name)) {
                if (in == null) {
                    throw new IOException("the jar lacks the schema " + name + "; rebuild it with mvn package");
                }
                Path file = out.resolve("schema").resolve(name);
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
                written.add("schema/" + name);
            }
        }
        return written;
    }
}
