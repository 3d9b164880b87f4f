package org.scorecardkit.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Site;

/**
 * Loads what a tally needs of a content folder: {@code site.yaml} and the one instrument asked for,
 * read and checked as {@link ContentLoader} reads them (the same {@link Instrument}), with every
 * problem of those files located. The other instrument files are only scanned for their id, and the
 * pages only listed; their own mistakes, and the links of Markdown prose (which depend on the whole
 * site), are for {@code validate} and {@code build}, since no figure of a tally depends on them.
 */
public final class InstrumentLoader {
    /** A top-level {@code id:} line, plain or quoted, with an optional comment: what an instrument file starts with. */
    private static final Pattern ID_LINE = Pattern.compile(
            "^id:[ \\t]*(?:\"([^\"\\\\\\n]*)\"|'([^'\\n]*)'|([^\\s#'\"][^\\s#]*))[ \\t]*(?:#.*)?$", Pattern.MULTILINE);

    private final Path dir;
    private final String id;
    private final List<Problem> problems = new ArrayList<>();

    private InstrumentLoader(Path dir, String id) {
        this.dir = dir;
        this.id = id;
    }

    /**
     * The site, the instrument (null when no file defines that id) and the problems of the files read.
     *
     * @param respondingIds when the instrument is missing or takes no responses: the ids of the
     *                      instruments that do, in the site's order; otherwise empty
     */
    public record Result(Site site, Instrument instrument, List<String> respondingIds, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result load(Path contentDir, String instrumentId) {
        return new InstrumentLoader(contentDir, instrumentId).run();
    }

    /** One instrument file read in full, with the problems found in it. */
    private record Read(String name, Instrument instrument, Position idAt, List<Problem> problems) {
    }

    private Result run() {
        if (ContentFiles.missing(dir, problems)) {
            return new Result(null, null, List.of(), List.copyOf(problems));
        }
        ContentFiles.SiteFile siteFile = ContentFiles.site(dir, problems);
        Site site = siteFile.site();
        List<String> files = ContentFiles.instruments(dir);
        List<String> ids = new ArrayList<>(); // of every instrument, for the checks of site.yaml
        List<Read> matches = new ArrayList<>();
        for (String name : files) {
            String scanned = scanId(name);
            if (scanned != null && !scanned.equals(id)) {
                ids.add(scanned);
                continue;
            }
            Read read = read(name, site);
            String readId = read.instrument() == null ? "" : read.instrument().id();
            // A file whose id cannot be told is the one asked for when its name says so.
            if (readId.isEmpty() ? id.equals(scanned) || stem(name).equals(id) : readId.equals(id)) {
                matches.add(read);
            }
            if (read.instrument() != null) {
                ids.add(readId);
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("instruments", 1, 1, "no instruments found",
                    "add an instrument file such as instruments/my-survey.yaml"));
        }
        List<String> pages = ContentFiles.pages(dir);
        Instrument instrument = checkMatches(matches, pages);
        ContentFiles.checkNav(siteFile, inSiteOrder(ids, site.order()), pages.stream().map(ContentFiles::pageSlug).toList());
        List<String> responding = instrument != null && instrument.kind().responding() ? List.of() : respondingIds(files, site);
        problems.sort(Problem.ORDER);
        return new Result(site, instrument, responding, List.copyOf(problems));
    }

    /**
     * Keeps the problems of the files that define the instrument asked for, and reports a second file
     * with its id, or a page of its name, as the full load does; the instrument is the first file's.
     */
    private Instrument checkMatches(List<Read> matches, List<String> pages) {
        Instrument first = null;
        for (Read read : matches) {
            problems.addAll(read.problems());
            Instrument instrument = read.instrument();
            if (instrument == null || !instrument.id().equals(id)) {
                continue;
            }
            SourceFile src = new SourceFile(read.name(), "", problems);
            if (first != null) {
                ContentLoader.duplicate(src, read.idAt(), id, first.sourceFile());
            } else {
                first = instrument;
            }
            if (pages.contains("pages/" + id + ".md")) {
                ContentLoader.pageClash(src, read.idAt(), id);
            }
        }
        return first;
    }

    /** The ids of every instrument that takes responses, each file read in full: only for the usage error that lists them. */
    private List<String> respondingIds(List<String> files, Site site) {
        List<Instrument> all = new ArrayList<>();
        for (String name : files) {
            Instrument instrument = read(name, site).instrument();
            if (instrument != null && !instrument.id().isEmpty()) {
                all.add(instrument);
            }
        }
        return inSiteOrder(all.stream().filter(i -> i.kind().responding()).map(Instrument::id).toList(), site.order());
    }

    /** An instrument file read and checked in full, its problems kept apart until it is known to be the one asked for. */
    private Read read(String name, Site site) {
        List<Problem> own = new ArrayList<>();
        SourceFile src = ContentFiles.read(dir, name, own);
        YamlNode root = src == null ? null : YamlReader.read(src);
        if (root == null) {
            if (src != null && src.text().isBlank()) {
                src.error(Position.START, "the instrument file is empty",
                        "define an instrument (see the page \"Write your own instrument\"), or delete the file");
            }
            return new Read(name, null, Position.START, own);
        }
        return new Read(name, new InstrumentReader(src, site).read(root), InstrumentReader.idPosition(root), own);
    }

    /** The id an instrument file's top-level "id:" line gives, without parsing it; null when unreadable or not written so. */
    private String scanId(String name) {
        String text;
        try {
            text = Files.readString(dir.resolve(name));
        } catch (IOException e) { // not UTF-8 or unreadable: read in full, where the problem is put into words
            return null;
        }
        Matcher m = ID_LINE.matcher(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    /** The ids in the order site.yaml lists them, the rest after them in file order, as the full load orders its instruments. */
    private static List<String> inSiteOrder(List<String> ids, List<String> order) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(java.util.Comparator.comparingInt(i -> order.contains(i) ? order.indexOf(i) : order.size()));
        return sorted;
    }

    /** The file name without folder and ending, e.g. "nps" for "instruments/nps.yaml". */
    private static String stem(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        return file.substring(0, file.lastIndexOf('.'));
    }
}
