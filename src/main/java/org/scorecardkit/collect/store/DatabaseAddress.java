package org.scorecardkit.collect.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A {@code --db} address read into what opening it needs: the dialect, the JDBC URL, the user and
 * password kept apart from the URL (so the shown form has no password), and for SQLite the file.
 *
 * @param file the SQLite file (null for PostgreSQL)
 * @param user the PostgreSQL user given in a {@code postgresql://} address, or null
 * @param password its password, or null
 * @param shown the address as people may see it: no password
 */
record DatabaseAddress(Database.Dialect dialect, String jdbcUrl, Path file, String user, String password, String shown) {
    private static final String HOW = "--db must be a SQLite file path or postgresql://user@host/db (or a jdbc:postgresql:// URL)";
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&]password=)[^&]*");

    /** Reads an address; a relative SQLite path is taken from {@code base}. */
    static DatabaseAddress parse(String address, Path base) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("--db is empty: " + HOW);
        }
        String a = address.strip();
        if (a.startsWith("jdbc:postgresql:")) {
            return new DatabaseAddress(Database.Dialect.POSTGRESQL, a, null, null, null, PASSWORD_PARAM.matcher(a).replaceAll("$1***"));
        }
        if (a.startsWith("postgresql://") || a.startsWith("postgres://")) {
            return postgres(a);
        }
        if (a.startsWith("jdbc:sqlite:")) {
            return sqlite(a.substring("jdbc:sqlite:".length()), base, address);
        }
        if (a.startsWith("sqlite:")) {
            return sqlite(a.substring("sqlite:".length()), base, address);
        }
        // A one-letter "scheme" is a Windows drive (C:\...), still a path.
        if (SCHEME.matcher(a).matches()) {
            throw new IllegalArgumentException("--db \"" + address + "\" names no database the collector speaks to: " + HOW);
        }
        return sqlite(a, base, address);
    }

    private static DatabaseAddress sqlite(String path, Path base, String address) {
        if (path.isBlank() || path.startsWith(":memory:") || path.startsWith("file:")) {
            throw new IllegalArgumentException("--db \"" + address + "\" is not a SQLite file: " + HOW);
        }
        Path file;
        try {
            file = base.resolve(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("--db \"" + address + "\" is not a file path: " + HOW);
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("--db " + file + " is a folder: give a file in it, e.g. --db " + file.resolve(Database.DEFAULT));
        }
        Path parent = file.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("--db " + file + ": the folder " + parent + " does not exist: create it (mkdir -p " + parent + ") or give another path");
        }
        return new DatabaseAddress(Database.Dialect.SQLITE, "jdbc:sqlite:" + file, file, null, null, file.toString());
    }

    private static DatabaseAddress postgres(String a) {
        URI uri;
        try {
            uri = new URI(a);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--db \"" + a.replaceAll(":[^:@/]*@", ":***@") + "\" is not a valid address (" + e.getReason() + "): " + HOW);
        }
        String host = uri.getHost();
        String path = uri.getRawPath();
        if (host == null || path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw new IllegalArgumentException("--db needs a host and a database name, as in postgresql://user@host/db: " + HOW);
        }
        String user = null;
        String password = null;
        String info = uri.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        String hostPort = (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String url = "jdbc:postgresql://" + hostPort + path + query;
        String shown = "postgresql://" + (user == null ? "" : user + "@") + hostPort + path + PASSWORD_PARAM.matcher(query).replaceAll("$1***");
        return new DatabaseAddress(Database.Dialect.POSTGRESQL, url, null, user, password, shown);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
