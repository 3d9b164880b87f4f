package org.scorecardkit.project;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads the files the kit carries for new projects (standard instruments, pages, schemas, templates), from the jar or from classes. */
final class Resources {
    private Resources() {
    }

    /** One resource's bytes, e.g. "org/scorecardkit/project/site.yaml". */
    static byte[] bytes(String name) throws IOException {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the kit lacks its file " + name + "; reinstall the release or rebuild with mvn package");
            }
            return in.readAllBytes();
        }
    }

    /** One resource as UTF-8 text. */
    static String text(String name) throws IOException {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The files directly in a resource folder, by name in name order: the same list from the jar and from target/classes. */
    static Map<String, byte[]> folder(String name) throws IOException {
        URL url = Resources.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IOException("the kit lacks its folder " + name + "; reinstall the release or rebuild with mvn package");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.getPath("/" + name));
            } catch (FileSystemAlreadyExistsException e) {
                return read(FileSystems.getFileSystem(uri).getPath("/" + name));
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the kit's folder " + name + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
