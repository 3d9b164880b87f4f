package org.scorecardkit.collect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Admin tokens: made once, kept only as a hash, checked, listed and revoked, in both dialects. */
class TokenStoreTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void aTokenIsShownOnceKeptAsItsHashAndChecked(Database.Dialect dialect) throws Exception {
        try (Database db = Databases.open(dialect, folder)) {
            TokenStore tokens = db.tokens();
            assertFalse(tokens.any());
            String token = tokens.create("workshop");
            // sck_ and 32 bytes in unpadded base64url.
            assertTrue(token.matches("sck_[A-Za-z0-9_-]{43}"), token);
            assertTrue(tokens.any());
            assertEquals("workshop", tokens.check(token));
            assertNull(tokens.check(token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A")));
            assertNull(tokens.check(""));
            assertNull(tokens.check("   "));
            assertNull(tokens.check(null));
            assertNotEquals(token, tokens.create("lead"));
            List<String> kept = new ArrayList<>();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT hash FROM tokens WHERE name = 'workshop'")) {
                while (r.next()) {
                    kept.add(r.getString(1));
                }
            }
            assertEquals(List.of(SqlTokens.hash(token)), kept);
            assertTrue(kept.get(0).matches("[0-9a-f]{64}"));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void aRevokedTokenNoLongerLetsInAndItsNameMayBeUsedAgain(Database.Dialect dialect) throws Exception {
        try (Database db = Databases.open(dialect, folder)) {
            TokenStore tokens = db.tokens();
            String first = tokens.create("workshop");
            IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () -> tokens.create("workshop"));
            assertTrue(taken.getMessage().contains("token revoke workshop"), taken.getMessage());
            assertTrue(tokens.revoke("workshop"));
            assertFalse(tokens.revoke("workshop"));
            assertFalse(tokens.revoke("nobody"));
            assertNull(tokens.check(first));
            assertFalse(tokens.any());
            String second = tokens.create("workshop");
            assertEquals("workshop", tokens.check(second));
            assertNull(tokens.check(first));
            tokens.create("alpha");
            List<TokenStore.Token> listed = tokens.list();
            assertEquals(List.of("alpha", "workshop", "workshop"), listed.stream().map(TokenStore.Token::name).toList());
            assertEquals(List.of(true, false, true), listed.stream().map(TokenStore.Token::active).toList());
            assertTrue(listed.get(1).revoked() != null && !listed.get(1).revoked().isBefore(listed.get(1).created()));
        }
    }
}
