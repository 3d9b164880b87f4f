package org.scorecardkit.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What an output folder holds: every folder and file by relative path (forward slashes, sorted),
 * with each file's size and a 64-bit checksum (CRC-32C then CRC-32, both computed in hardware, so
 * listing a site costs a few milliseconds). Written as {@value #FILE} at the folder's root, it is
 * the proof that a folder is the kit's own, so a later run replaces or deletes only what it wrote.
 * The checksum finds files edited by hand; it is not meant to resist deliberate forgery.
 */
public final class Manifest {
    /** The manifest's file name at the root of an output folder. */
    public static final String FILE = ".scorecard-manifest";
    private static final String HEADER = "scorecard-kit manifest 1 ";

    /** One entry: a folder (size -1, no hash), a file, or something the kit never writes (a link, a device). */
    public record Entry(String path, Type type, long size, String checksum) {
    }

    /** What an entry is; {@code OTHER} never appears in a written manifest. */
    public enum Type { DIR, FILE, OTHER }

    private final String kind;
    private final Map<String, Entry> entries;

    private Manifest(String kind, Map<String, Entry> entries) {
        this.kind = kind;
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** Which verb wrote the folder ("build", "tally"); "" for a folder scanned as it is. */
    public String kind() {
        return kind;
    }

    /** The entries by path, in path order; the manifest file itself is never one. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /**
     * Lists a folder as it is, without following links: a link is an {@code OTHER} entry, never
     * its target. With {@code hashes} false, files get no checksum (a quick look by size).
     */
    public static Manifest scan(Path root, String kind, boolean hashes) throws IOException {
        Map<String, Entry> found = new TreeMap<>();
        byte[] buffer = new byte[1 << 16];
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root)) {
                    found.put(relative(root, dir), new Entry(relative(root, dir), Type.DIR, -1, null));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String rel = relative(root, file);
                // The manifest, and a temporary copy a killed write of it left, are the kit's own bookkeeping.
                if (rel.equals(FILE) || attrs.isRegularFile() && AtomicFile.isTemp(rel, FILE)) {
                    return FileVisitResult.CONTINUE;
                }
                boolean regular = attrs.isRegularFile();
                found.put(rel, new Entry(rel, regular ? Type.FILE : Type.OTHER, regular ? attrs.size() : -1,
                        regular && hashes ? checksum(file, buffer) : null));
                return FileVisitResult.CONTINUE;
            }
        });
        return new Manifest(kind, found);
    }

    /** The manifest written in a folder, or null when it has none or the file is not one of ours. */
    public static Manifest read(Path root) throws IOException {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException | java.nio.charset.MalformedInputException e) {
            return null;
        }
        if (lines.isEmpty() || !lines.get(0).startsWith(HEADER)) {
            return null;
        }
        Map<String, Entry> entries = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            Entry e = parse(line);
            if (e == null) {
                return null;
            }
            entries.put(e.path(), e);
        }
        return new Manifest(lines.get(0).substring(HEADER.length()).strip(), entries);
    }

    /** One entry line; the path is the rest of the line after the fixed fields, so it may hold spaces. */
    private static Entry parse(String line) {
        if (line.startsWith("dir ")) {
            String path = unescape(line.substring(4));
            return path == null || path.isEmpty() ? null : new Entry(path, Type.DIR, -1, null);
        }
        String[] f = line.split(" ", 4);
        if (f.length == 4 && f[0].equals("file")) {
            String path = unescape(f[3]);
            try {
                return path == null || path.isEmpty() ? null : new Entry(path, Type.FILE, Long.parseLong(f[1]), f[2]);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A path on one line: a backslash, line feed or carriage return in a name is written as \\, \n or \r. */
    static String escape(String path) {
        if (path.indexOf('\\') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0) {
            return path;
        }
        return path.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The path an escaped field stands for, or null when it holds an escape {@link #escape} never writes. */
    static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder path = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\') {
                path.append(c);
                continue;
            }
            char next = ++i < field.length() ? field.charAt(i) : 0;
            switch (next) {
                case '\\' -> path.append('\\');
                case 'n' -> path.append('\n');
                case 'r' -> path.append('\r');
                default -> {
                    return null;
                }
            }
        }
        return path.toString();
    }

    /** The manifest's text: a header naming the kind, then one line per entry in path order. */
    public byte[] bytes() {
        StringBuilder text = new StringBuilder(HEADER).append(kind).append('\n');
        for (Entry e : entries.values()) {
            if (e.type() == Type.DIR) {
                text.append("dir ").append(escape(e.path())).append('\n');
            } else {
                text.append("file ").append(e.size()).append(' ').append(e.checksum()).append(' ').append(escape(e.path())).append('\n');
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A header-only manifest: marks a staging folder as the kit's from the moment it exists. */
    static byte[] marker(String kind) {
        return (HEADER + kind + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The first difference between what this manifest lists and a folder as scanned, or null when
     * they match: an entry of the folder it does not list (or lists as another type), an entry it
     * lists that is gone, or a file whose size or (when both have one) hash differs.
     */
    public Difference compare(Manifest actual) {
        List<Difference> found = new ArrayList<>();
        for (Entry a : actual.entries.values()) {
            Entry listed = entries.get(a.path());
            if (listed == null || listed.type() != a.type() || a.type() == Type.OTHER) {
                found.add(new Difference(a.path(), Difference.Why.NOT_OURS, a.type() == Type.DIR));
            } else if (a.type() == Type.FILE && (listed.size() != a.size()
                    || a.checksum() != null && !a.checksum().equals(listed.checksum()))) {
                found.add(new Difference(a.path(), Difference.Why.CHANGED, false));
            }
        }
        for (Entry listed : entries.values()) {
            if (!actual.entries.containsKey(listed.path())) {
                found.add(new Difference(listed.path(), Difference.Why.MISSING, listed.type() == Type.DIR));
            }
        }
        return Difference.first(found);
    }

    /** Why a folder is not exactly what a manifest lists, naming one path. */
    public record Difference(String path, Why why, boolean dir) {
        public enum Why { NOT_OURS, CHANGED, MISSING }

        /** Files before folders (a foreign file says more than the folder holding it), then path order. */
        static Difference first(List<Difference> all) {
            return all.stream().min(java.util.Comparator.comparing(Difference::dir).thenComparing(Difference::path))
                    .orElse(null);
        }
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static String checksum(Path file, byte[] buffer) throws IOException {
        CRC32C castagnoli = new CRC32C();
        CRC32 zlib = new CRC32();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                castagnoli.update(buffer, 0, n);
                zlib.update(buffer, 0, n);
            }
        }
        return hex8(castagnoli.getValue()) + hex8(zlib.getValue());
    }

    /** A 32-bit value as eight hex digits. */
    private static String hex8(long value) {
        return Long.toHexString(value | 0x1_0000_0000L).substring(1);
    }
}
