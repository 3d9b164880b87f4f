package org.scorecardkit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The rate limiter counts per address in one-minute windows, and its table stays bounded under a flood of addresses. */
class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(10 * 60_000 + 15_000); // 15 s into a window

    @Test
    void anAddressPastTheLimitWaitsForTheNextWindowOthersDoNot() {
        RateLimiter limiter = new RateLimiter(2, 100, now::get);

        assertEquals(0, limiter.admit("10.0.0.1"));
        assertEquals(0, limiter.admit("10.0.0.1"));
        assertEquals(45, limiter.admit("10.0.0.1"), "seconds to the window's end");
        assertEquals(0, limiter.admit("10.0.0.2"));

        now.addAndGet(45_000); // the next window
        assertEquals(0, limiter.admit("10.0.0.1"));
    }

    @Test
    void zeroTakesEveryPostAndCountsNothing() {
        RateLimiter limiter = new RateLimiter(0, 100, now::get);
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, limiter.admit("10.0.0.1"));
        }
        assertEquals(0, limiter.size());
    }

    @Test
    void aFloodOfDistinctAddressesNeverGrowsTheTablePastItsCap() {
        RateLimiter limiter = new RateLimiter(30, 1000, now::get);
        int refused = 0;
        for (int i = 0; i < 200_000; i++) {
            if (limiter.admit("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255)) > 0) {
                refused++;
            }
            assertTrue(limiter.size() <= 1000);
        }
        assertEquals(1000, limiter.size());
        assertEquals(199_000, refused, "new addresses past the cap wait for the next window");
        assertEquals(0, limiter.admit("10.0.0.5"), "an address already counted still posts");

        now.addAndGet(60_000);
        assertEquals(0, limiter.admit("192.168.1.1"), "a new window starts with an empty table");
        assertEquals(1, limiter.size());
    }

    @Test
    void ipv6AddressesCountByTheirSlash64() {
        assertEquals(RateLimiter.key("2001:db8:1:2::1"), RateLimiter.key("[2001:db8:1:2:ffff::9]"));
        assertTrue(!RateLimiter.key("2001:db8:1:2::1").equals(RateLimiter.key("2001:db8:1:3::1")));
        assertEquals("192.0.2.7", RateLimiter.key("192.0.2.7"));

        RateLimiter limiter = new RateLimiter(1, 100, now::get);
        assertEquals(0, limiter.admit("2001:db8:1:2::1"));
        assertTrue(limiter.admit("2001:db8:1:2::2") > 0, "the same /64 shares one count");
    }
}
