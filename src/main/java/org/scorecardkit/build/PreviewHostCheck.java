package org.scorecardkit.build;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a request's {@code Host} header names the preview itself: {@code localhost},
 * {@code 127.0.0.1}, {@code [::1]} or the address the server is bound to, with the server's port.
 * This defeats DNS rebinding, where a page from another site points its own name at 127.0.0.1 and
 * reads the preview: the browser then still sends that other name.
 */
final class PreviewHostCheck {
    private final Set<String> allowed = new LinkedHashSet<>();
    private final int port;

    PreviewHostCheck(InetSocketAddress bound) {
        port = bound.getPort();
        Set<String> names = new LinkedHashSet<>();
        names.add("localhost");
        names.add("127.0.0.1");
        names.add("[::1]");
        String address = bound.getAddress().getHostAddress();
        names.add(bound.getAddress() instanceof Inet6Address ? "[" + address + "]" : address);
        for (String name : names) {
            allowed.add(name + ":" + port);
            if (port == 80) { // the port may be left out only when it is the default one
                allowed.add(name);
            }
        }
    }

    /** True when the header names this server; a request without one is refused too. */
    boolean allows(String hostHeader) {
        return hostHeader != null && allowed.contains(hostHeader.strip().toLowerCase(Locale.ROOT));
    }

    /** The address to tell a refused client to use. */
    String example() {
        return "http://localhost:" + port + "/ or http://127.0.0.1:" + port + "/";
    }
}
