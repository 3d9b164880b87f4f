package org.scorecardkit.collect.store;

import java.time.Instant;
import java.util.List;

/**
 * The admin tokens of a collector's database: each kept only as its hash, so the token itself is
 * shown once, when it is made.
 */
public interface TokenStore {
    /** One token as listed: never the token itself. */
    record Token(String name, Instant created, Instant revoked) {
        public boolean active() {
            return revoked == null;
        }
    }

    /**
     * Makes a new token named {@code name} and returns it (the only time it is seen).
     *
     * @throws IllegalArgumentException when an active token already has that name
     */
    String create(String name);

    /** Every token made, in name order, revoked ones too. */
    List<Token> list();

    /** Revokes the active token of that name; false when there is none. */
    boolean revoke(String name);

    /** The name of the active token that {@code token} is, or null (unknown, revoked, or blank). */
    String check(String token);

    /** Whether any token is active: with none, admin pages are off. */
    boolean any();
}
