package org.scorecardkit.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.scorecardkit.load.Problem;
import org.scorecardkit.model.SiteContent;

/** One kind of output of the build (HTML pages, PDFs, …): writes its files under the output folder. */
public interface Renderer {

    /** Writes this renderer's files for the content under {@code out}; returns their paths relative to it. */
    List<String> render(SiteContent content, Path out) throws IOException;

    /**
     * Problems that stop this renderer from producing faithful output (e.g. a character no embedded
     * font can draw), found before anything is written; the build then fails as for invalid content.
     */
    default List<Problem> check(SiteContent content, Path contentDir) throws IOException {
        return List.of();
    }

    /** Loads what rendering will need (fonts, libraries) before the content is known; may run on another thread. */
    default void prepare() {
    }
}
