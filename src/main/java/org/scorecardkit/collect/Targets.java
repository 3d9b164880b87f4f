package org.scorecardkit.collect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.SitePaths;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.RecordCheck;

/**
 * The instruments a collector takes responses for (published and responding, as the site carries their
 * forms), each with its checker, its pages' words, and where a browser goes after a post: the site's
 * thanks page and form at base_url, else on the served site, else the collector's own thanks page.
 */
final class Targets {
    /**
     * One instrument posts may go to.
     *
     * @param thanks where a stored plain form post is sent on (303)
     * @param form the instrument's form page, which the error page links back to, or null when unknown
     */
    record Target(Instrument instrument, RecordCheck check, Pages pages, String thanks, String form) {
        String id() {
            return instrument.id();
        }
    }

    private final Map<String, Target> byId = new HashMap<>();
    private final Pages pages;

    Targets(Collector collector) {
        SiteContent content = collector.content();
        pages = new Pages(content.site().language());
        String base = content.site().baseUrl();
        for (Instrument i : content.published()) {
            if (i.kind().responding()) {
                RecordCheck check = new RecordCheck(new Layout(i), content.site().dateOrder());
                byId.put(i.id(), new Target(i, check, new Pages(i.language()),
                        thanks(base, collector.site(), i.id()), form(base, collector.site(), i.id())));
            }
        }
    }

    /** The instrument posts to this id go to, or null: unknown, not published, or a poster. */
    Target get(String id) {
        return byId.get(id);
    }

    /** The pages in the site's language, for answers about no instrument in particular. */
    Pages pages() {
        return pages;
    }

    private static String thanks(String base, Path site, String id) {
        String page = SitePaths.thanks(id);
        if (base != null) {
            return withSlash(base) + page;
        }
        if (site != null && Files.isRegularFile(site.resolve(page))) {
            return "/" + page;
        }
        return ResponsesEndpoint.PREFIX + id + ResponsesEndpoint.THANKS;
    }

    private static String form(String base, Path site, String id) {
        String folder = id + "/";
        if (base != null) {
            return withSlash(base) + folder;
        }
        return site != null && Files.isRegularFile(site.resolve(SitePaths.instrument(id))) ? "/" + folder : null;
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
