package org.scorecardkit.collect.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * Admin tokens in the {@code tokens} table, the same SQL for both dialects: a token is 32 random
 * bytes shown once as {@code sck_} + base64url; the table keeps only its SHA-256, so a copy of the
 * database lets nobody in.
 */
final class SqlTokens implements TokenStore {
    static final String PREFIX = "sck_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final DataSource dataSource;

    SqlTokens(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String create(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a token needs a name, e.g. token create workshop");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (Connection c = dataSource.getConnection()) {
            if (activeNamed(c, name)) {
                throw taken(name);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO tokens (name, hash, created) VALUES (?, ?, ?)")) {
                s.setString(1, name);
                s.setString(2, hash(token));
                s.setLong(3, System.currentTimeMillis());
                s.executeUpdate();
            }
        } catch (SQLException e) {
            // The unique index on active names: another create of the same name won the race.
            if (activeNamedQuietly(name)) {
                throw taken(name);
            }
            throw ResponseRows.failed("storing the token " + name, e);
        }
        return token;
    }

    private static IllegalArgumentException taken(String name) {
        return new IllegalArgumentException("a token named " + name + " is active already: revoke it first (token revoke "
                + name + ") or choose another name");
    }

    private static boolean activeNamed(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM tokens WHERE name = ? AND revoked IS NULL")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private boolean activeNamedQuietly(String name) {
        try (Connection c = dataSource.getConnection()) {
            return activeNamed(c, name);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public List<Token> list() {
        List<Token> tokens = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT name, created, revoked FROM tokens ORDER BY name, created");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long revoked = r.getLong(3);
                Instant revokedAt = r.wasNull() ? null : Instant.ofEpochMilli(revoked);
                tokens.add(new Token(r.getString(1), Instant.ofEpochMilli(r.getLong(2)), revokedAt));
            }
        } catch (SQLException e) {
            throw ResponseRows.failed("listing the tokens", e);
        }
        return tokens;
    }

    @Override
    public boolean revoke(String name) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE tokens SET revoked = ? WHERE name = ? AND revoked IS NULL")) {
            s.setLong(1, System.currentTimeMillis());
            s.setString(2, name);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw ResponseRows.failed("revoking the token " + name, e);
        }
    }

    @Override
    public String check(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        String hash = hash(token.strip());
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT name, hash FROM tokens WHERE hash = ? AND revoked IS NULL")) {
            s.setString(1, hash);
            try (ResultSet r = s.executeQuery()) {
                // The lookup is by hash already; the constant-time compare keeps a timing side from telling more.
                if (r.next() && MessageDigest.isEqual(r.getString(2).getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII))) {
                    return r.getString(1);
                }
                return null;
            }
        } catch (SQLException e) {
            throw ResponseRows.failed("checking a token", e);
        }
    }

    @Override
    public boolean any() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM tokens WHERE revoked IS NULL");
             ResultSet r = s.executeQuery()) {
            return r.next();
        } catch (SQLException e) {
            throw ResponseRows.failed("reading the tokens", e);
        }
    }

    /** The SHA-256 of a token, as lowercase hex: what the table keeps. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
