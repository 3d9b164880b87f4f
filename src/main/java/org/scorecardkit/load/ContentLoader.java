package org.scorecardkit.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Page;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.Site;
import org.scorecardkit.model.SitePaths;

/**
 * Loads a content folder ({@code site.yaml}, {@code instruments/*.yaml}, {@code pages/*.md}) into
 * the model and validates it, collecting every problem in every file, in file and line order.
 */
public final class ContentLoader {
    private final Path dir;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Position> idPositions = new HashMap<>();

    private ContentLoader(Path dir) {
        this.dir = dir;
    }

    /** The content and its problems; the content is fit to build only when there are no problems. */
    public record Result(SiteContent content, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result load(Path contentDir) {
        return new ContentLoader(contentDir).run();
    }

    private Result run() {
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir.toString(), 1, 1, "content folder not found",
                    "run the command from the project folder, or name the content folder, e.g. --content content"));
            return new Result(null, problems);
        }
        SourceFile siteFile = source("site.yaml");
        YamlNode siteRoot = siteFile == null ? null : YamlReader.read(siteFile);
        if (siteFile != null && siteRoot == null && siteFile.text().isBlank()) {
            siteFile.error(Position.START, "site.yaml is empty", "add at least \"title: …\" and \"organisation: …\"");
        }
        Site site = siteRoot == null ? new Site("", "", null, "en", null, Paper.A4, List.of(), List.of(),
                org.scorecardkit.model.Submission.none(), null)
                : SiteReader.read(siteFile, siteRoot);

        List<SourceFile> instrumentFiles = new ArrayList<>();
        List<Instrument> instruments = inSiteOrder(instruments(site, instrumentFiles), site.order());
        List<SourceFile> pageFiles = new ArrayList<>();
        List<Page> pages = pages(pageFiles);
        SiteContent content = new SiteContent(site, instruments, pages);

        checkIdsAcrossFiles(instruments, pages, instrumentFiles);
        if (siteFile != null) {
            checkNav(siteFile, siteRoot, content);
        }
        Set<String> outputs = SitePaths.outputs(content);
        instrumentFiles.forEach(f -> MarkdownLinks.checkYaml(f, outputs));
        pageFiles.forEach(f -> MarkdownLinks.checkPage(f, outputs));
        problems.sort(Problem.ORDER);
        return new Result(content, List.copyOf(problems));
    }

    private List<Instrument> instruments(Site site, List<SourceFile> files) {
        List<Instrument> instruments = new ArrayList<>();
        for (String name : list("instruments", ".yaml", ".yml")) {
            SourceFile src = source(name);
            YamlNode root = src == null ? null : YamlReader.read(src);
            if (root == null) {
                if (src != null && src.text().isBlank()) {
                    src.error(Position.START, "the instrument file is empty",
                            "define an instrument (see the page \"Write your own instrument\"), or delete the file");
                }
                continue;
            }
            files.add(src);
            instruments.add(new InstrumentReader(src, site).read(root));
            idPositions.put(src.name(), InstrumentReader.idPosition(root));
        }
        if (instruments.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("instruments", 1, 1, "no instruments found",
                    "add an instrument file such as instruments/my-survey.yaml"));
        }
        return instruments;
    }

    private List<Page> pages(List<SourceFile> files) {
        List<Page> pages = new ArrayList<>();
        for (String name : list("pages", ".md")) {
            SourceFile src = source(name);
            if (src == null) {
                continue;
            }
            files.add(src);
            String file = name.substring(name.lastIndexOf('/') + 1);
            pages.add(PageReader.read(src, file.substring(0, file.length() - 3)));
        }
        return pages;
    }

    private void checkIdsAcrossFiles(List<Instrument> instruments, List<Page> pages, List<SourceFile> files) {
        Map<String, Instrument> byFile = new HashMap<>();
        instruments.forEach(i -> byFile.put(i.sourceFile(), i));
        Map<String, Instrument> seen = new HashMap<>();
        for (SourceFile src : files) {
            Instrument instrument = byFile.get(src.name());
            Position at = idPositions.get(src.name());
            if (instrument == null || instrument.id().isEmpty()) {
                continue;
            }
            Instrument first = seen.putIfAbsent(instrument.id(), instrument);
            if (first != null) {
                src.error(at, "duplicate instrument id \"" + instrument.id() + "\": " + first.sourceFile()
                        + " already uses it", "give this instrument an id of its own; ids name the site folders");
            }
            if (pages.stream().anyMatch(p -> p.slug().equals(instrument.id()))) {
                src.error(at, "instrument id \"" + instrument.id() + "\" is also the name of page pages/"
                        + instrument.id() + ".md", "rename the page or choose another instrument id");
            }
        }
    }

    /** The instruments in the order site.yaml lists, the rest after them by file name. */
    private static List<Instrument> inSiteOrder(List<Instrument> instruments, List<String> order) {
        List<Instrument> sorted = new ArrayList<>(instruments);
        sorted.sort(java.util.Comparator.comparingInt(i -> order.contains(i.id()) ? order.indexOf(i.id()) : order.size()));
        return sorted;
    }

    private void checkNav(SourceFile siteFile, YamlNode siteRoot, SiteContent content) {
        for (YamlNode.Scalar entry : SiteReader.entries(siteRoot, "instruments")) {
            if (content.instrument(entry.text()) == null) {
                List<String> ids = content.instruments().stream().map(Instrument::id).toList();
                String near = Suggest.nearest(entry.text(), ids);
                siteFile.error(entry.at(), "instruments lists \"" + entry.text() + "\", but no instrument has that id",
                        (near != null ? "did you mean \"" + near + "\"? " : "") + "instrument ids: " + String.join(", ", ids));
            }
        }
        for (YamlNode.Scalar entry : SiteReader.entries(siteRoot, "nav")) {
            if (content.page(entry.text()) == null) {
                List<String> slugs = content.pages().stream().map(Page::slug).toList();
                String near = Suggest.nearest(entry.text(), slugs);
                siteFile.error(entry.at(), "nav lists page \"" + entry.text() + "\", but pages/" + entry.text()
                        + ".md does not exist", (near != null ? "did you mean \"" + near + "\"? " : "")
                        + "pages: " + String.join(", ", slugs));
            }
        }
    }

    /** The files of a subfolder with one of the endings, by name, as paths relative to the content folder. */
    private List<String> list(String sub, String... endings) {
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
    private SourceFile source(String name) {
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
