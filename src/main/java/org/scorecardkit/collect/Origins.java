package org.scorecardkit.collect;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Request;

/**
 * Decides which origins may post: those of site.yaml's {@code base_url} (the settings' origins) and the
 * collector's own, that is the origin the request itself was addressed to, when it is reached by an IP
 * address or {@code localhost}. A collector reached by any other name must list it as base_url: a name
 * can be pointed at the collector by someone else's DNS (rebinding), an address cannot.
 */
final class Origins {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private final Set<String> allowed;

    Origins(Set<String> allowed) {
        this.allowed = allowed.stream().map(Origins::normalize).filter(o -> o != null).collect(java.util.stream.Collectors.toSet());
    }

    /** The origins allowed by a base_url (its scheme, host and port), none when there is no base_url. */
    static Set<String> ofBaseUrl(String baseUrl) {
        String o = baseUrl == null ? null : normalize(baseUrl);
        return o == null ? Set.of() : Set.of(o);
    }

    /** Whether a post carrying this Origin header may be taken; a post without one (curl, a server) may. */
    boolean allows(String origin, Request request) {
        return origin == null || allows(origin, request.getHttpURI().getScheme(), Request.getServerName(request),
                Request.getServerPort(request));
    }

    /** Whether an origin may post to a collector addressed as scheme://host:port. */
    boolean allows(String origin, String scheme, String host, int port) {
        String o = normalize(origin);
        if (o == null) {
            return false; // "null" (a file or a sandboxed page) or garbage
        }
        if (allowed.contains(o)) {
            return true;
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        boolean address = IPV4.matcher(bare).matches() || bare.contains(":") || bare.equalsIgnoreCase("localhost");
        String self = normalize(scheme + "://" + (bare.contains(":") ? "[" + bare + "]" : bare) + ":" + port);
        return address && o.equals(self);
    }

    /** scheme://host[:port] in lower case without a default port, or null when it is no http(s) origin. */
    static String normalize(String url) {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (u.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            int port = u.getPort();
            boolean usual = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (usual ? "" : ":" + port);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
