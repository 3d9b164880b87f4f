package org.scorecardkit.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the build writes each page, and how a link written in content Markdown (relative to the
 * site root) resolves to one of those files. The link checker and the renderer share these rules,
 * so a link that validates is a link that works.
 */
public final class SitePaths {
    /** Files every build writes besides the pages. */
    public static final List<String> ASSETS = List.of(
            "assets/base.css", "assets/pages.css", "assets/form.css", "assets/scorecard.js",
            "schema/instrument.schema.json", "schema/site.schema.json");

    /** Top-level folders the build uses itself, which no instrument or page may take. */
    public static final Set<String> RESERVED = Set.of("assets", "schema", "index", "print", "trainers");

    /** The page that lists every instrument's PDFs. */
    public static final String PRINT_PAGE = "print.html";

    /** The trainers' page: the guides the menu lists and the print list, linked from the home and participants' pages. */
    public static final String TRAINERS_PAGE = "trainers.html";

    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

    private SitePaths() {
    }

    public static String page(String slug) {
        return "index".equals(slug) ? "index.html" : slug + ".html";
    }

    public static String instrument(String id) {
        return id + "/index.html";
    }

    /** The page shown after a form was sent (written when the site's forms post their answers). */
    public static String thanks(String id) {
        return id + "/thanks.html";
    }

    /**
     * The about page of a customer instrument: who asks and the source credit, kept off the form page
     * itself and linked from its footer.
     */
    public static String about(String id) {
        return id + "/about.html";
    }

    /**
     * A file offered for download beside an instrument's page: its path from the site root, a label,
     * the key of that label in the site's words (pages show {@code view.t(labelKey)}), and for a
     * printable sheet the geometry file written beside it (else null).
     *
     * @param label the English label, kept until every template shows the label through its key
     */
    public record Download(String path, String label, String labelKey, String geometry) {
        static Download file(String path, String label, String labelKey) {
            return new Download(path, label, labelKey, null);
        }

        static Download sheet(String path, String label, String labelKey) {
            return new Download(path, label, labelKey, SitePaths.geometry(path));
        }
    }

    /**
     * The PDFs the build writes for an instrument, in the order its page lists them: printable sheets
     * in A4 and US Letter with their geometry, the fillable form (responding kinds), NPS cards, and
     * the poster in A3, A4 and Letter (posters).
     */
    public static List<Download> pdfs(Instrument instrument) {
        String base = instrument.id() + "/" + instrument.id();
        if (instrument.kind() == Kind.POSTER) {
            return List.of(Download.file(base + "-poster-a3.pdf", "Poster, A3", "site.download.poster-a3"),
                    Download.file(base + "-poster-a4.pdf", "Poster, A4", "site.download.poster-a4"),
                    Download.file(base + "-poster-letter.pdf", "Poster, US Letter", "site.download.poster-letter"));
        }
        List<Download> out = new java.util.ArrayList<>(List.of(
                Download.sheet(base + "-a4.pdf", "Printable sheet, A4", "site.download.sheet-a4"),
                Download.sheet(base + "-letter.pdf", "Printable sheet, US Letter", "site.download.sheet-letter"),
                Download.file(base + "-fillable.pdf", "Fillable PDF", "site.download.fillable")));
        if (instrument.kind() == Kind.NPS) {
            out.add(Download.file(base + "-cards-a4.pdf", "Cards to hand out, A4", "site.download.cards-a4"));
            out.add(Download.file(base + "-cards-letter.pdf", "Cards to hand out, US Letter", "site.download.cards-letter"));
        }
        return out;
    }

    /** The empty response file a facilitator types paper returns into: exactly the columns the tally reads. */
    public static String keyingTemplate(String id) {
        return id + "/responses.csv";
    }

    /** The same template as an Excel workbook, with drop-downs of the allowed answers and a sheet of the questions. */
    public static String keyingWorkbook(String id) {
        return id + "/responses.xlsx";
    }

    /** The geometry file beside a printable sheet: where every bubble is, for scanning. */
    public static String geometry(String sheetPdf) {
        return sheetPdf.replaceFirst("\\.pdf$", ".geometry.json");
    }

    /**
     * Every file the build writes for this content, relative to the site root: nothing for an
     * instrument set to {@code publish: false}.
     */
    public static Set<String> outputs(SiteContent content) {
        Set<String> out = new LinkedHashSet<>();
        out.add("index.html");
        content.pages().forEach(p -> out.add(p.outputPath()));
        for (Instrument i : content.published()) {
            out.add(instrument(i.id()));
            if (i.kind().responding() && content.site().submission().post()) {
                out.add(thanks(i.id()));
            }
            if (i.delivery().forCustomers()) {
                out.add(about(i.id()));
            }
        }
        out.add(PRINT_PAGE);
        out.add(TRAINERS_PAGE);
        for (Instrument i : content.published()) {
            if (i.kind().responding()) {
                out.add(keyingTemplate(i.id()));
                out.add(keyingWorkbook(i.id()));
            }
            for (Download d : pdfs(i)) {
                out.add(d.path());
                if (d.geometry() != null) {
                    out.add(d.geometry());
                }
            }
        }
        out.addAll(ASSETS);
        if (content.site().brand().logo() != null) {
            out.add(content.site().brand().logo().sitePath());
        }
        return out;
    }

    /** The prefix that leads from a page back to the site root, e.g. "../" for "skillset/index.html". */
    public static String toRoot(String outputPath) {
        int depth = (int) outputPath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    public static boolean isExternal(String target) {
        return EXTERNAL.matcher(target).matches();
    }

    /**
     * The output file a root-relative link names ({@code workshop.md}, {@code skillset/},
     * {@code index.html#top}), without its fragment; "" for a bare fragment; null when the link
     * names no file of the site. External links are returned unchanged.
     */
    public static String resolve(String target, Set<String> outputs) {
        if (isExternal(target)) {
            return target;
        }
        String path = target;
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (path.isEmpty()) {
            return "";
        }
        while (path.startsWith("./") || path.startsWith("/")) {
            path = path.substring(path.startsWith("/") ? 1 : 2);
        }
        if (path.endsWith(".md")) {
            path = path.substring(0, path.length() - 3) + ".html";
        } else if (path.endsWith("/")) {
            path = path + "index.html";
        } else if (!path.contains(".") && outputs.contains(path + "/index.html")) {
            path = path + "/index.html";
        }
        if (path.isEmpty()) {
            path = "index.html";
        }
        return outputs.contains(path) ? path : null;
    }

    /** The part of a link from '#' or '?' on, or "". */
    public static String suffix(String target) {
        int cut = indexOfAny(target, '#', '?');
        return cut >= 0 ? target.substring(cut) : "";
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
    }
}
