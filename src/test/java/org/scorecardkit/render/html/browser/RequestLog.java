package org.scorecardkit.render.html.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything the pages of a browser context asked for, and every uncaught script error they threw.
 * {@link #problems()} names each request whose host is not this machine ("no request leaves
 * localhost") and each script error.
 */
final class RequestLog {
    private static final Set<String> LOCAL = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final List<String> urls = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    static RequestLog attach(BrowserContext context) {
        RequestLog log = new RequestLog();
        context.onRequest(r -> log.urls.add(r.url()));
        context.onPage(log::watch);
        return log;
    }

    private void watch(Page page) {
        page.onPageError(e -> errors.add(page.url() + ": " + e));
    }

    List<String> urls() {
        return List.copyOf(urls);
    }

    /** Whether a URL stays on this machine: http(s)/ws(s) to a loopback host, or data:, blob:, about:. */
    static boolean local(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http", "https", "ws", "wss":
                return uri.getHost() != null && LOCAL.contains(uri.getHost().toLowerCase(Locale.ROOT));
            case "blob":
                return local(url.substring("blob:".length()));
            case "data", "about":
                return true;
            default:
                return false;
        }
    }

    /** One line per request that left the machine and per uncaught script error; empty when all is well. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        for (String u : urls) {
            if (!local(u)) {
                out.add("request left localhost: " + u);
            }
        }
        for (String e : errors) {
            out.add("uncaught script error: " + e);
        }
        return out;
    }
}
