package org.scorecardkit.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a project is: its root (where {@code site/} is built) and its content folder (the one with
 * {@code site.yaml}), found from a folder upwards as Hugo finds its site root.
 *
 * @param root the project folder, where the site is built
 * @param content the folder with site.yaml, instruments/ and pages/: the root itself in a project
 *        made by {@code scorecard new}, {@code root/content} in the kit's source checkout
 */
public record Project(Path root, Path content) {
    /** The file that marks a content folder. */
    public static final String SITE_FILE = "site.yaml";

    /**
     * The project around {@code start}: the first folder, from {@code start} up to the file system's
     * root, that holds site.yaml itself or in content/. Both paths are given relative to {@code start}
     * (".", "..", "content"), so messages name files as a person would type them.
     */
    public static Optional<Project> find(Path start) {
        Path absolute = start.toAbsolutePath().normalize();
        for (Path dir = absolute; dir != null; dir = dir.getParent()) {
            // "" for start itself, else "..", "../.."; written "." so that it prints as a folder.
            Path up = absolute.relativize(dir);
            Path relative = up.toString().isEmpty() ? Path.of(".") : up;
            if (Files.isRegularFile(dir.resolve(SITE_FILE))) {
                return Optional.of(new Project(relative, relative));
            }
            if (Files.isRegularFile(dir.resolve("content").resolve(SITE_FILE))) {
                return Optional.of(new Project(relative, relative.resolve("content").normalize()));
            }
        }
        return Optional.empty();
    }

    /** The project of a content folder named on the command line: its parent when the folder is called content, else itself. */
    public static Project ofContent(Path content) {
        Path name = content.toAbsolutePath().normalize().getFileName();
        Path parent = content.normalize().getParent();
        if (name != null && name.toString().equals("content")) {
            return new Project(parent == null ? Path.of(".") : parent, content);
        }
        return new Project(content, content);
    }

    /** The folder {@code scorecard build} writes by default. */
    public Path site() {
        return root.resolve("site").normalize();
    }

    /** The line said when no project is found from {@code start}. */
    public static String notFound(Path start) {
        return "no project here: neither " + start.toAbsolutePath().normalize() + " nor a folder above it has site.yaml"
                + " (or content/site.yaml); cd into your project, name it with --content DIR,"
                + " or start one with: scorecard new DIR";
    }
}
