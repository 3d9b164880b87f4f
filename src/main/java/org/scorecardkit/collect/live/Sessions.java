package org.scorecardkit.collect.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signed-in browsers: a random session id (the cookie) mapped, in memory only, to the admin token it
 * signed in with, for at most {@link #LIFETIME}. The table is bounded: the oldest session goes first.
 * Sessions are looked up by the hash of their id, so no id is compared character by character.
 */
final class Sessions {
    static final Duration LIFETIME = Duration.ofHours(12);
    static final int MAX = 1000;

    /** One signed-in browser: the token it signed in with (to re-check on every request) and that token's name. */
    record Session(String token, String name, Instant expires) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byHash = new LinkedHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    /** Starts a session for a checked token; returns its id, for the cookie. */
    synchronized String start(String token, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        dropExpired();
        if (byHash.size() >= MAX) {
            Iterator<String> oldest = byHash.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        byHash.put(hash(id), new Session(token, name, clock.instant().plus(LIFETIME)));
        return id;
    }

    /** The live session of this id, or null (unknown or expired). */
    synchronized Session get(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return null;
        }
        String key = hash(id);
        Session s = byHash.get(key);
        if (s != null && !clock.instant().isBefore(s.expires())) {
            byHash.remove(key);
            return null;
        }
        return s;
    }

    synchronized void end(String id) {
        if (id != null && id.length() <= 100) {
            byHash.remove(hash(id));
        }
    }

    synchronized int size() {
        return byHash.size();
    }

    private void dropExpired() {
        Instant now = clock.instant();
        byHash.values().removeIf(s -> !now.isBefore(s.expires()));
    }

    static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
