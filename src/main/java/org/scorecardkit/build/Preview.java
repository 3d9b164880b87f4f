package org.scorecardkit.build;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.scorecardkit.load.Problem;
import org.scorecardkit.render.html.HtmlSiteRenderer;

/**
 * Keeps a preview build of the site up to date: rebuilds into a private folder whenever a file
 * under the content or templates folder changes, compiling templates from disk so edits to them
 * show without a Maven build. Reports each outcome as a numbered {@link State}.
 */
public final class Preview {
    private final Path content;
    private final Path templates;
    private final Path workDir;
    private final Path out;
    private final SiteBuild build;
    private volatile State state = new State(0, null, "not built yet");
    private long signature = -1;
    private boolean closed;

    /**
     * One outcome: the build number (it grows with every rebuild), and the error text when the last
     * build failed, else null.
     */
    public record State(int build, String error, String summary) {
    }

    public Preview(Path content, Path templates, Path workDir) throws IOException {
        this.content = content;
        this.templates = templates;
        this.workDir = workDir;
        this.out = workDir.resolve("site");
        Path classes = Files.createDirectories(workDir.resolve("jte-classes"));
        TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(templates), classes, ContentType.Html);
        engine.setTrimControlStructures(true);
        this.build = SiteBuild.standard(new HtmlSiteRenderer(engine));
    }

    /** The folder the preview is built into (the last good build). */
    public Path site() {
        return out;
    }

    public State state() {
        return state;
    }

    /**
     * Ends the preview: waits for a build under way, then deletes the private folder of builds and
     * compiled templates; no build runs after this. Safe to call more than once, from any thread.
     */
    public synchronized void close() {
        closed = true;
        deleteWorkFolder(workDir);
    }

    /** Deletes a preview's private folder, leaving nothing behind when possible. */
    public static void deleteWorkFolder(Path workDir) {
        try {
            OutputFolder.delete(workDir);
        } catch (IOException | RuntimeException e) {
            // Only temporary files are left behind; nothing to tell the user about.
        }
    }

    /** Rebuilds when a file changed since the last look; returns whether it rebuilt (never after {@link #close()}). */
    public synchronized boolean refresh() throws IOException {
        if (closed) {
            return false;
        }
        long now = signature();
        if (now == signature) {
            return false;
        }
        signature = now;
        rebuild();
        return true;
    }

    private void rebuild() {
        int next = state.build() + 1;
        try {
            SiteBuild.Result result = build.build(content, out);
            if (result.built()) {
                state = new State(next, null, result.summary());
            } else {
                state = new State(next, problems(result.loaded().problems()), null);
            }
        } catch (IOException | RuntimeException e) {
            // A template that does not compile ends up here; the message names the template and line.
            state = new State(next, "The build failed: " + e.getMessage(), null);
        }
    }

    private String problems(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem p : problems) {
            text.append(p.format(content)).append('\n');
        }
        return text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").toString();
    }

    /**
     * Whether a file lies in what a project's own commands write inside its content folder (site/, scan/,
     * hidden folders): a project made by scorecard new is its own content folder, and its builds are no edits.
     */
    private static boolean isOutput(Path dir, Path file) {
        Path inside = dir.relativize(file);
        String top = inside.getName(0).toString();
        return inside.getNameCount() > 1 && (top.equals("site") || top.equals("scan") || top.startsWith("."));
    }

    /** A number that changes whenever a file under the watched folders is added, removed or changed. */
    private long signature() throws IOException {
        long sig = 17;
        for (Path dir : List.of(content, templates)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).filter(p -> !isOutput(dir, p)).sorted().toList()) {
                    sig = 31 * sig + p.hashCode();
                    sig = 31 * sig + Files.getLastModifiedTime(p).toMillis();
                    sig = 31 * sig + Files.size(p);
                }
            }
        }
        return sig;
    }
}
