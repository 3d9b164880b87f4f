package org.scorecardkit.render.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Kind;
import org.scorecardkit.model.Logo;
import org.scorecardkit.model.Page;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.model.SitePaths;
import org.scorecardkit.render.Renderer;
import org.scorecardkit.render.Words;

/**
 * Renders the site's HTML with the precompiled jte templates: the home page, a form (or poster) page
 * per published instrument (with its thanks page, and for customers its about page), the print list,
 * the trainers' page and the Markdown pages, plus the stylesheets and the organisation's logo.
 * Produces the files under an output folder and the list of paths it wrote.
 */
public final class HtmlSiteRenderer implements Renderer {
    private static final String ASSETS = "/org/scorecardkit/assets/";

    private final TemplateEngine engine;

    public HtmlSiteRenderer() {
        this(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    /** A renderer on another engine, e.g. one that compiles templates from disk for a live preview. */
    public HtmlSiteRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    /**
     * Writes every HTML page and asset of the site into {@code out}, for the published instruments
     * only; returns the paths written.
     */
    @Override
    public List<String> render(SiteContent content, Path out) throws IOException {
        MarkdownRenderer markdown = new MarkdownRenderer(SitePaths.outputs(content));
        Words words = Words.of(content.site().language());
        Map<String, String> files = new LinkedHashMap<>();
        View home = new View(content, "index.html", content.site().title(), markdown);
        files.put("index.html", render("index.jte", Map.of("view", home)));
        for (Instrument instrument : content.published()) {
            instrumentPages(content, instrument, markdown, words, files);
        }
        page(files, "print.jte", new View(content, SitePaths.PRINT_PAGE, words.get("site.print.title"), markdown));
        page(files, "trainers.jte", new View(content, SitePaths.TRAINERS_PAGE, words.get("site.trainers.title"), markdown));
        for (Page page : content.pages()) {
            if (!page.isHome()) {
                View view = new View(content, page.outputPath(), page.title(), markdown);
                files.put(page.outputPath(), render("page.jte", Map.of("view", view, "page", page)));
            }
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            write(out.resolve(f.getKey()), f.getValue().getBytes(StandardCharsets.UTF_8));
            written.add(f.getKey());
        }
        for (String asset : List.of("base.css", "pages.css", "form.css", "scorecard.js")) {
            byte[] bytes = resource(ASSETS + asset);
            write(out.resolve("assets/" + asset), asset.endsWith(".css") ? withoutComments(bytes) : bytes);
            written.add("assets/" + asset);
        }
        Logo logo = content.site().brand().logo();
        if (logo != null) {
            write(out.resolve(logo.sitePath()), logo.bytes());
            written.add(logo.sitePath());
        }
        return written;
    }

    /** An instrument's form (or poster) page, its thanks page when forms post, and a customer instrument's about page. */
    private void instrumentPages(SiteContent content, Instrument instrument, MarkdownRenderer markdown, Words words,
                                 Map<String, String> files) {
        String path = SitePaths.instrument(instrument.id());
        View view = new View(content, path, instrument.title(), markdown);
        String template = instrument.kind() == Kind.POSTER ? "poster.jte" : "form.jte";
        files.put(path, render(template, Map.of("view", view, "instrument", instrument)));
        if (instrument.kind().responding() && content.site().submission().post()) {
            View thanks = new View(content, SitePaths.thanks(instrument.id()), words.get("site.thanks.title"), markdown);
            files.put(thanks.path(), render("thanks.jte", Map.of("view", thanks, "instrument", instrument)));
        }
        if (instrument.delivery().forCustomers()) {
            View about = new View(content, SitePaths.about(instrument.id()),
                    words.get("site.about.title", instrument.title()), markdown);
            files.put(about.path(), render("about.jte", Map.of("view", about, "instrument", instrument)));
        }
    }

    private void page(Map<String, String> files, String template, View view) {
        files.put(view.path(), render(template, Map.of("view", view)));
    }

    /**
     * The stylesheet without its comments and blank lines: the sources explain themselves to their readers, and
     * a phone need not download that (the stylesheets hold no strings containing comment markers).
     */
    static byte[] withoutComments(byte[] css) {
        String text = new String(css, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\n\\s*\n", "\n");
        return text.strip().concat("\n").getBytes(StandardCharsets.UTF_8);
    }

    private String render(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        engine.render(template, params, output);
        return output.toString();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = HtmlSiteRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
