package org.scorecardkit.collect.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts failed sign-ins per client address in one-minute windows, so a token cannot be guessed at speed:
 * past {@link #MAX_FAILURES} in a window the address is refused until the window ends. The table is bounded
 * ({@link #MAX_ADDRESSES}): ended windows go first, then the oldest.
 */
final class LoginLimiter {
    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int MAX_ADDRESSES = 10_000;

    private record Window(Instant start, int failures) {
    }

    private final Map<String, Window> windows = new LinkedHashMap<>();
    private final Clock clock;

    LoginLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Whether this address has used up its failures for the current window. */
    synchronized boolean blocked(String address) {
        Window w = current(address);
        return w != null && w.failures() >= MAX_FAILURES;
    }

    synchronized void failed(String address) {
        Window w = current(address);
        if (w == null) {
            makeRoom();
            windows.put(address, new Window(clock.instant(), 1));
        } else {
            windows.put(address, new Window(w.start(), w.failures() + 1));
        }
    }

    synchronized int size() {
        return windows.size();
    }

    private Window current(String address) {
        Window w = windows.get(address);
        if (w != null && !clock.instant().isBefore(w.start().plus(WINDOW))) {
            windows.remove(address);
            return null;
        }
        return w;
    }

    private void makeRoom() {
        if (windows.size() < MAX_ADDRESSES) {
            return;
        }
        Instant now = clock.instant();
        windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
        Iterator<String> oldest = windows.keySet().iterator();
        while (windows.size() >= MAX_ADDRESSES && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
