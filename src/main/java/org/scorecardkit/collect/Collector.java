package org.scorecardkit.collect;

import java.nio.file.Path;
import java.util.Set;
import org.scorecardkit.collect.store.Database;
import org.scorecardkit.model.SiteContent;

/**
 * What every part of a running collector shares: the content its posts are checked against, the
 * database, the settings it was started with, and the events of stored responses.
 *
 * @param content the loaded content (site.yaml's base_url gives the origins allowed to post)
 * @param site the built site folder served beside the endpoint ({@code --site}), or null
 */
public record Collector(SiteContent content, Database db, Settings settings, Path site, ResponseEvents events) {
    /**
     * How the collector was started.
     *
     * @param bind the address listened on (127.0.0.1 unless told)
     * @param port the port; 0 picks a free one (tests)
     * @param rateLimit posts per minute per client address, 0 for no limit
     * @param minSeconds a form sent sooner than this after its page opened is discarded (counted, not stored)
     * @param origins the origins allowed to post, besides the collector's own: base_url's origin
     */
    public record Settings(String bind, int port, int rateLimit, double minSeconds, Set<String> origins) {
        /** The most bytes a post's body may have (413 above). */
        public static final int MAX_BODY = 16 * 1024;
    }
}
