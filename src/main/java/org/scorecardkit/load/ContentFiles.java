package org.scorecardkit.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.Site;

/**
 * The files of a content folder as the loaders read them: the folder's listings, each file's text
 * (or the problem why it cannot be read), {@code site.yaml} read into a {@link Site}, and the checks
 * of what {@code site.yaml} lists against the instruments and pages there are.
 */
final class ContentFiles {
    private ContentFiles() {
    }

    /** site.yaml as read: the file (null when unreadable), its YAML tree (null when empty or broken) and the site it gives. */
    record SiteFile(SourceFile file, YamlNode root, Site site) {
    }

    /** Whether the folder is missing, in which case the problem is reported and nothing else is read. */
    static boolean missing(Path dir, List<Problem> problems) {
        if (Files.isDirectory(dir)) {
            return false;
        }
        problems.add(new Problem(dir.toString(), 1, 1, "content folder not found",
                "run the command from the project folder, or name the content folder, e.g. --content content"));
        return true;
    }

    /** site.yaml read and checked; a site of defaults when it cannot be read. */
    static SiteFile site(Path dir, List<Problem> problems) {
        SourceFile siteFile = read(dir, "site.yaml", problems);
        YamlNode siteRoot = siteFile == null ? null : YamlReader.read(siteFile);
        if (siteFile != null && siteRoot == null && siteFile.text().isBlank()) {
            siteFile.error(Position.START, "site.yaml is empty", "add at least \"title: …\" and \"organisation: …\"");
        }
        Site site = siteRoot == null ? new Site("", "", null, "en", null, Paper.A4, List.of(), List.of(),
                org.scorecardkit.model.Submission.none(), null, org.scorecardkit.model.Brand.neutral())
                : SiteReader.read(siteFile, siteRoot, dir, problems);
        return new SiteFile(siteFile, siteRoot, site);
    }

    /**
     * Reports each id site.yaml lists under {@code instruments} that no instrument has, and each page
     * under {@code nav} that does not exist; the ids and slugs in the order the suggestions list them.
     */
    static void checkNav(SiteFile site, List<String> instrumentIds, List<String> pageSlugs) {
        if (site.file() == null) {
            return;
        }
        for (YamlNode.Scalar entry : SiteReader.entries(site.root(), "instruments")) {
            if (!instrumentIds.contains(entry.text())) {
                String near = Suggest.nearest(entry.text(), instrumentIds);
                site.file().error(entry.at(), "instruments lists \"" + entry.text() + "\", but no instrument has that id",
                        (near != null ? "did you mean \"" + near + "\"? " : "") + "instrument ids: " + String.join(", ", instrumentIds));
            }
        }
        for (YamlNode.Scalar entry : SiteReader.entries(site.root(), "nav")) {
            if (!pageSlugs.contains(entry.text())) {
                String near = Suggest.nearest(entry.text(), pageSlugs);
                site.file().error(entry.at(), "nav lists page \"" + entry.text() + "\", but pages/" + entry.text()
                        + ".md does not exist", (near != null ? "did you mean \"" + near + "\"? " : "")
                        + "pages: " + String.join(", ", pageSlugs));
            }
        }
    }

    /** The slug of a page file, e.g. "workshop" for "pages/workshop.md". */
    static String pageSlug(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - 3);
    }

    /** The pages, as paths relative to the content folder, by name. */
    static List<String> pages(Path dir) {
        return list(dir, "pages", ".md");
    }

    /** The instrument files, as paths relative to the content folder, by name. */
    static List<String> instruments(Path dir) {
        return list(dir, "instruments", ".yaml", ".yml");
    }

    /** The files of a subfolder with one of the endings, by name, as paths relative to the content folder. */
    private static List<String> list(Path dir, String sub, String... endings) {
        Path folder = dir.resolve(sub);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> Stream.of(endings).anyMatch(n::endsWith)).sorted()
                    .map(n -> sub + "/" + n).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A content file, or null (with a problem reported) when it is missing or not UTF-8. */
    static SourceFile read(Path dir, String name, List<Problem> problems) {
        Path path = dir.resolve(name);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            return new SourceFile(name, text.startsWith("\uFEFF") ? text.substring(1) : text, problems);
        } catch (java.nio.file.NoSuchFileException e) {
            problems.add(new Problem(name, 1, 1, name + " not found in the content folder " + dir,
                    "create it with at least \"title: …\" and \"organisation: …\""));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(name, 1, 1, "the file is not UTF-8 text", "save it with UTF-8 encoding"));
        } catch (IOException e) {
            problems.add(new Problem(name, 1, 1, "cannot read the file: " + e.getMessage(), "check its permissions"));
        }
        return null;
    }
}
