package org.scorecardkit.collect;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts posts per client address in fixed one-minute windows and says when one is past the limit, with the
 * seconds until the window ends (the Retry-After). Memory stays bounded under a flood of distinct addresses:
 * the table is emptied at each new window and never holds more than a fixed number of addresses.
 */
final class RateLimiter {
    /** The most addresses counted in one window: about 10 MB at worst. */
    static final int MAX_ADDRESSES = 100_000;
    private static final long WINDOW_MS = 60_000;

    private final int perMinute;
    private final int maxAddresses;
    private final LongSupplier clock;
    private final Map<String, int[]> counts = new HashMap<>();
    private long window = Long.MIN_VALUE;

    /** @param perMinute posts allowed per address and minute; 0 allows every post */
    RateLimiter(int perMinute) {
        this(perMinute, MAX_ADDRESSES, System::currentTimeMillis);
    }

    RateLimiter(int perMinute, int maxAddresses, LongSupplier clock) {
        this.perMinute = perMinute;
        this.maxAddresses = maxAddresses;
        this.clock = clock;
    }

    /**
     * Counts a post from this address: 0 when it is allowed, else the whole seconds (at least 1) until the
     * window ends. A new address arriving while the table is full is refused until then: a flood of
     * addresses must not grow memory, and must not switch the limit off either.
     */
    synchronized long admit(String address) {
        if (perMinute <= 0) {
            return 0;
        }
        long now = clock.getAsLong();
        long current = Math.floorDiv(now, WINDOW_MS);
        if (current != window) {
            window = current;
            counts.clear();
        }
        String key = key(address);
        int[] count = counts.get(key);
        if (count == null) {
            if (counts.size() >= maxAddresses) {
                return retryAfter(now);
            }
            count = new int[1];
            counts.put(key, count);
        }
        if (count[0] >= perMinute) {
            return retryAfter(now);
        }
        count[0]++;
        return 0;
    }

    /** How many addresses the current window counts. */
    synchronized int size() {
        return counts.size();
    }

    private long retryAfter(long now) {
        long left = WINDOW_MS - Math.floorMod(now, WINDOW_MS);
        return Math.max(1, (left + 999) / 1000);
    }

    /**
     * The address as counted: an IPv6 address by its /64 network, since one client commonly holds a whole
     * /64 and could otherwise post from a fresh address every time.
     */
    static String key(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        try {
            byte[] b = InetAddress.getByName(literal).getAddress(); // a literal: no name lookup
            if (b.length != 16) {
                return InetAddress.getByAddress(b).getHostAddress();
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                network.append(String.format("%02x", b[i] & 0xff));
            }
            return network.append("::/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
