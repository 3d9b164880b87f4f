package org.scorecardkit.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.load.Problem;
import org.scorecardkit.model.Logo;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.output.Checkpoint;
import org.scorecardkit.output.StagedFolder;
import org.scorecardkit.render.Renderer;
import org.scorecardkit.render.csv.KeyingTemplates;
import org.scorecardkit.render.html.HtmlSiteRenderer;
import org.scorecardkit.render.pdf.PdfSiteRenderer;
import org.scorecardkit.render.xlsx.KeyingWorkbooks;

/**
 * Builds the site from a content folder, top to bottom: load and validate, run each renderer into a
 * staging folder, list them in a manifest, stamp reproducible file times, and only then replace the
 * output folder. Invalid content builds nothing, a failure at any step leaves the previous output
 * untouched, and a folder that is not an earlier build is never replaced.
 */
public final class SiteBuild {
    /** How long renderers still running when the build stops may take to finish. */
    private static final long RENDERER_STOP_SECONDS = 60;

    private final List<Renderer> renderers;

    /** A build that writes the outputs of these renderers, in order. */
    SiteBuild(List<Renderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    /** The standard build: the HTML site, its PDFs, the keying templates (CSV and Excel), and the published schemas. */
    public static Result run(Path content, Path out) throws IOException {
        return standard(new HtmlSiteRenderer()).build(content, out);
    }

    /** The standard build with this HTML renderer (the live preview's compiles templates from disk). */
    static SiteBuild standard(HtmlSiteRenderer html) {
        return new SiteBuild(List.of(html, new PdfSiteRenderer(), new KeyingTemplates(), new KeyingWorkbooks(), new SchemaFiles()));
    }

    /**
     * What a build did: the loaded content with its problems, and when it was built, the files.
     *
     * @param files paths written, relative to the output folder; empty when nothing was built
     */
    public record Result(ContentLoader.Result loaded, List<String> files, Path out, long millis) {
        public boolean built() {
            return loaded.ok();
        }

        /** The one-line summary a build ends with. */
        public String summary() {
            SiteContent c = loaded.content();
            return String.format(java.util.Locale.ROOT, "Built %s, %s, %s into %s in %.2f s",
                    plural(c.published().size(), "instrument"), plural(c.pages().size(), "page"),
                    plural(files.size(), "file"), out, millis / 1000.0);
        }
    }

    Result build(Path content, Path out) throws IOException {
        long start = System.nanoTime();
        // Fonts and libraries load on the other core while the content is read; both take a while cold.
        Thread prepare = new Thread(() -> renderers.forEach(Renderer::prepare), "scorecard-prepare");
        prepare.start();
        ContentLoader.Result loaded = checked(ContentLoader.load(content), content);
        join(prepare);
        if (!loaded.ok()) {
            return new Result(loaded, List.of(), out, elapsed(start));
        }
        Logo logo = loaded.content().site().brand().logo();
        try (StagedFolder target = OutputFolder.open(out, content, logo == null ? null : logo.file())) {
            // Every renderer sees only the published instruments; validation above saw them all.
            List<String> files = renderAll(loaded.content().publishedOnly(), target.staging());
            Checkpoint.reach("rendered");
            target.seal();
            Reproducible.stampTimes(target.staging());
            target.swap();
            return new Result(loaded, List.copyOf(files), out, elapsed(start));
        }
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Runs the renderers side by side (each writes its own files) and lists their files in renderer
     * order, so the result does not depend on which finishes first.
     */
    private List<String> renderAll(SiteContent content, Path staging) throws IOException {
        // Own threads: on two cores the common pool has a single worker and would run them in turn.
        ExecutorService pool = Executors.newFixedThreadPool(renderers.size());
        try {
            return collect(renderers.stream().map(r -> CompletableFuture.supplyAsync(() -> {
                try {
                    return r.render(content, staging);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, pool)).toList());
        } finally {
            stop(pool);
        }
    }

    /**
     * Interrupts the renderers still running (after another one failed) and waits for them, with a
     * bound: one that ignores the interrupt would otherwise go on writing into the staging folder
     * while it is deleted, and leave it behind. The failure that stopped the build stays the one
     * reported; a renderer that outlives the bound leaves a staging folder the next build deletes.
     */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(RENDERER_STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> collect(List<CompletableFuture<List<String>>> running) throws IOException {
        List<String> files = new ArrayList<>();
        for (CompletableFuture<List<String>> r : running) {
            try {
                files.addAll(r.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw e;
            }
        }
        return files;
    }

    private static void join(Thread thread) throws IOException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the build was interrupted", e);
        }
    }

    /** The loaded content with the renderers' own problems added, so both fail the build alike. */
    private ContentLoader.Result checked(ContentLoader.Result loaded, Path content) throws IOException {
        if (!loaded.ok()) {
            return loaded;
        }
        List<Problem> problems = new ArrayList<>();
        for (Renderer renderer : renderers) {
            problems.addAll(renderer.check(loaded.content(), content));
        }
        problems.sort(Problem.ORDER);
        return problems.isEmpty() ? loaded : new ContentLoader.Result(loaded.content(), List.copyOf(problems),
                loaded.warnings());
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
