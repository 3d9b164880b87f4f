package org.scorecardkit.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.scorecardkit.load.Problem;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.model.SitePaths;
import org.scorecardkit.render.Renderer;

/**
 * Writes every PDF of the site: for each published instrument the files {@link SitePaths#pdfs} names (blank
 * printable sheets in A4 and Letter, each with its geometry JSON beside it, the fillable form, NPS
 * cards, posters), all finished to be byte-identical for the same content. Fails the build first
 * when some character of the content cannot be printed.
 */
public final class PdfSiteRenderer implements Renderer {

    /** A file to write, relative to the output folder. */
    private record Output(String path, byte[] bytes) {
    }

    @Override
    public void prepare() {
        PdfFonts.get();
    }

    @Override
    public List<Problem> check(SiteContent content, Path contentDir) {
        return GlyphCheck.problems(content, contentDir);
    }

    /**
     * Renders the files on all cores (each PDF is independent, and each one's bytes depend only on
     * the content), then writes them in the order the site lists them.
     */
    @Override
    public List<String> render(SiteContent content, Path out) throws IOException {
        List<Callable<List<Output>>> jobs = new ArrayList<>();
        for (Instrument instrument : content.published()) {
            for (SitePaths.Download d : SitePaths.pdfs(instrument)) {
                jobs.add(() -> files(content, instrument, d.path()));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs.size(),
                Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "pdf");
                    t.setDaemon(true);
                    return t;
                });
        List<String> written = new ArrayList<>();
        try {
            for (Future<List<Output>> done : pool.invokeAll(jobs)) {
                for (Output file : result(done)) {
                    Path target = out.resolve(file.path());
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.bytes());
                    written.add(file.path());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering the PDFs", e);
        } finally {
            pool.shutdownNow();
        }
        return written;
    }

    private static List<Output> result(Future<List<Output>> done) throws IOException, InterruptedException {
        try {
            return done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    /** The paper an instrument prints on by default: its own print hint, else the site's. */
    public static Paper defaultPaper(SiteContent content, Instrument instrument) {
        return instrument.print().paper() != null ? instrument.print().paper() : content.site().paper();
    }

    /** One download's file, and for a printable sheet the geometry file beside it. */
    private static List<Output> files(SiteContent content, Instrument instrument, String path) {
        Paper sheetPaper = sheetPaper(instrument, path);
        if (sheetPaper != null) {
            Geometry.Sheet sheet = SheetLayout.layout(instrument, sheetPaper);
            return List.of(new Output(path, SheetRenderer.blank(sheet)),
                    new Output(SitePaths.geometry(path), GeometryJson.of(sheet).getBytes(StandardCharsets.UTF_8)));
        }
        if (path.endsWith("-fillable.pdf")) {
            return List.of(new Output(path, FillableRenderer.render(instrument, defaultPaper(content, instrument))));
        }
        if (path.contains("-cards-")) {
            return List.of(new Output(path, CardRenderer.render(instrument, content.site(), paperOf(path))));
        }
        if (path.contains("-poster-")) {
            return List.of(new Output(path, PosterRenderer.render(instrument, content.site(), paperOf(path))));
        }
        throw new IllegalStateException("no renderer for " + path);
    }

    /** The paper of a printable sheet's file, or null when the file is something else. */
    private static Paper sheetPaper(Instrument instrument, String path) {
        String base = instrument.id() + "/" + instrument.id() + "-";
        for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
            if (path.equals(base + paper.yamlName() + ".pdf")) {
                return paper;
            }
        }
        return null;
    }

    private static Paper paperOf(String path) {
        if (path.endsWith("-a3.pdf")) {
            return Paper.A3;
        }
        return path.endsWith("-letter.pdf") ? Paper.LETTER : Paper.A4;
    }
}
