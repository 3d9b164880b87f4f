package org.scorecardkit.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Page;
import org.scorecardkit.model.Site;
import org.scorecardkit.model.SitePaths;

/**
 * Loads a content folder ({@code site.yaml}, {@code instruments/*.yaml}, {@code pages/*.md}) into
 * the model and validates it, collecting every problem in every file, in file and line order.
 */
public final class ContentLoader {
    private final Path dir;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<String, Position> idPositions = new HashMap<>();

    private ContentLoader(Path dir) {
        this.dir = dir;
    }

    /**
     * The content and its problems; the content is fit to build only when there are no problems.
     *
     * @param warnings what is worth a look but stops nothing (an instrument printing on a paper of its own)
     */
    public record Result(SiteContent content, List<Problem> problems, List<Problem> warnings) {
        public Result(SiteContent content, List<Problem> problems) {
            this(content, problems, List.of());
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result load(Path contentDir) {
        return new ContentLoader(contentDir).run();
    }

    private Result run() {
        if (ContentFiles.missing(dir, problems)) {
            return new Result(null, problems);
        }
        ContentFiles.SiteFile siteFile = ContentFiles.site(dir, problems);
        Site site = siteFile.site();

        List<SourceFile> instrumentFiles = new ArrayList<>();
        List<Instrument> instruments = inSiteOrder(instruments(site, instrumentFiles), site.order());
        List<SourceFile> pageFiles = new ArrayList<>();
        List<Page> pages = pages(pageFiles);
        SiteContent content = new SiteContent(site, instruments, pages);

        checkIdsAcrossFiles(instruments, pages, instrumentFiles);
        ContentFiles.checkNav(siteFile, instruments.stream().map(Instrument::id).toList(),
                pages.stream().map(Page::slug).toList());
        Set<String> outputs = SitePaths.outputs(content);
        instrumentFiles.forEach(f -> MarkdownLinks.checkYaml(f, outputs));
        pageFiles.forEach(f -> MarkdownLinks.checkPage(f, outputs));
        content.instruments().stream().map(i -> CardsWithoutQr.warning(content, i))
                .filter(java.util.Objects::nonNull).forEach(warnings::add);
        problems.sort(Problem.ORDER);
        warnings.sort(Problem.ORDER);
        return new Result(content, List.copyOf(problems), List.copyOf(warnings));
    }

    private List<Instrument> instruments(Site site, List<SourceFile> files) {
        List<Instrument> instruments = new ArrayList<>();
        for (String name : ContentFiles.instruments(dir)) {
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
            Instrument instrument = new InstrumentReader(src, site).read(root);
            instruments.add(instrument);
            Problem paper = PaperOverride.warning(instrument, site, InstrumentReader.printPaperAt(root));
            if (paper != null) {
                warnings.add(paper);
            }
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
        for (String name : ContentFiles.pages(dir)) {
            SourceFile src = source(name);
            if (src == null) {
                continue;
            }
            files.add(src);
            pages.add(PageReader.read(src, ContentFiles.pageSlug(name)));
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
                duplicate(src, at, instrument.id(), first.sourceFile());
            }
            if (pages.stream().anyMatch(p -> p.slug().equals(instrument.id()))) {
                pageClash(src, at, instrument.id());
            }
        }
    }

    /** Reports an instrument whose id another file, read before it, already uses. */
    static void duplicate(SourceFile src, Position at, String id, String firstFile) {
        src.error(at, "duplicate instrument id \"" + id + "\": " + firstFile
                + " already uses it", "give this instrument an id of its own; ids name the site folders");
    }

    /** Reports an instrument id that is also a page's name: both would be written to the same place. */
    static void pageClash(SourceFile src, Position at, String id) {
        src.error(at, "instrument id \"" + id + "\" is also the name of page pages/"
                + id + ".md", "rename the page or choose another instrument id");
    }

    /** The instruments in the order site.yaml lists, the rest after them by file name. */
    static List<Instrument> inSiteOrder(List<Instrument> instruments, List<String> order) {
        List<Instrument> sorted = new ArrayList<>(instruments);
        sorted.sort(java.util.Comparator.comparingInt(i -> order.contains(i.id()) ? order.indexOf(i.id()) : order.size()));
        return sorted;
    }

    private SourceFile source(String name) {
        return ContentFiles.read(dir, name, problems);
    }
}
