package org.scorecardkit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scorecardkit.output.SafeDelete;
import org.scorecardkit.output.StagedFolder;

/**
 * The folder a build writes to, as a {@link StagedFolder} of kind "build": replaced only when it
 * is empty or holds exactly an earlier build (its manifest matches), never when it holds or lies in
 * what the build reads: site.yaml, instruments/, pages/ and the logo. It may lie in the content folder
 * otherwise, since a project made by {@code scorecard new} builds into its own {@code site/}. A site built by a release without manifests is replaced only when it has an
 * {@code index.html} and every file in it is one the new build writes too.
 */
final class OutputFolder {
    /** What an earlier release's site can hold, for the look before anything is rendered. */
    private static final Set<String> SITE_EXTENSIONS = Set.of("html", "css", "js", "pdf", "json", "csv", "xlsx");

    static final StagedFolder.Kind BUILD = new StagedFolder.Kind("build", "--out", "index.html", "the content folder",
            OutputFolder::legacy);

    private OutputFolder() {
    }

    /**
     * The staged output folder, once it is known to be safe to replace; {@code logo} is the file the content
     * names (a path inside it), or null. An output inside the
     * content folder is checked against the parts a build reads, so it can be the project's own site/.
     */
    static StagedFolder open(Path out, Path content, String logo) throws IOException {
        Path realOut = real(out);
        Path realContent = real(content);
        if (!realOut.startsWith(realContent) || realOut.equals(realContent)) {
            return StagedFolder.open(out, BUILD, List.of(content));
        }
        List<Path> reads = new ArrayList<>(List.of(content.resolve("site.yaml"), content.resolve("instruments"),
                content.resolve("pages")));
        if (logo != null) {
            reads.add(content.resolve(logo));
        }
        return StagedFolder.open(out, BUILD, reads);
    }

    /** The path as the file system resolves it, links included, for a path that may not exist yet. */
    private static Path real(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            return abs.toRealPath();
        }
        Path parent = abs.getParent();
        return parent == null ? abs : real(parent).resolve(abs.getFileName().toString());
    }

    private static boolean legacy(String path, boolean dir, Path staging) {
        if (staging == null) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            return dir || SITE_EXTENSIONS.contains(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        }
        Path mine = staging.resolve(path);
        return dir ? Files.isDirectory(mine, LinkOption.NOFOLLOW_LINKS) : Files.isRegularFile(mine, LinkOption.NOFOLLOW_LINKS);
    }

    /** Deletes a folder tree if it exists, removing links rather than following them. */
    static void delete(Path dir) throws IOException {
        SafeDelete.tree(dir);
    }
}
