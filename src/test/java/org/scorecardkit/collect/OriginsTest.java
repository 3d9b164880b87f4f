package org.scorecardkit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which origins may post: base_url's, and the collector's own when it is reached by an address rather than a name. */
class OriginsTest {
    private final Origins origins = new Origins(Origins.ofBaseUrl("https://Survey.Example.org/teams/"));

    @Test
    void baseUrlGivesItsOriginWithoutPathOrDefaultPort() {
        assertEquals(Set.of("https://survey.example.org"), Origins.ofBaseUrl("https://Survey.Example.org:443/teams/"));
        assertEquals(Set.of("http://example.org:8080"), Origins.ofBaseUrl("http://example.org:8080"));
        assertEquals(Set.of(), Origins.ofBaseUrl(null));
        assertNull(Origins.normalize("null"));
        assertNull(Origins.normalize("file:///home/site/index.html"));
    }

    @Test
    void theSitesOriginMayPostToACollectorAnywhere() {
        assertTrue(origins.allows("https://survey.example.org", "http", "collector.example.org", 80));
        assertTrue(origins.allows("https://survey.example.org:443", "http", "127.0.0.1", 8080));
        assertFalse(origins.allows("http://survey.example.org", "http", "127.0.0.1", 8080), "another scheme is another origin");
        assertFalse(origins.allows("https://survey.example.org.evil.example", "http", "127.0.0.1", 8080));
    }

    @Test
    void theCollectorsOwnOriginMayPostWhenReachedByAnAddressOrLocalhost() {
        assertTrue(origins.allows("http://127.0.0.1:8080", "http", "127.0.0.1", 8080));
        assertTrue(origins.allows("http://localhost:8080", "http", "localhost", 8080));
        assertTrue(origins.allows("http://[::1]:8080", "http", "[::1]", 8080));
        assertFalse(origins.allows("http://127.0.0.1:9090", "http", "127.0.0.1", 8080), "another port is another origin");
    }

    @Test
    void aNameTheSiteDoesNotListIsRefusedEvenWhenItIsTheHostAsked() {
        // What a DNS-rebinding page sends: its own name, pointed at the collector.
        assertFalse(origins.allows("http://evil.example:8080", "http", "evil.example", 8080));
        assertFalse(origins.allows("null", "http", "127.0.0.1", 8080));
    }
}
