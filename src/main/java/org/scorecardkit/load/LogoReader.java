package org.scorecardkit.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.scorecardkit.model.Logo;

/**
 * Reads the file {@code brand: logo:} names into a {@link Logo}: a path inside the content folder, to an SVG
 * or PNG file whose bytes are what its name says; an SVG is checked by {@link SvgCheck} (no script, nothing
 * loaded from elsewhere, drawable). Each mistake is reported with what to do; the logo is then left out.
 */
final class LogoReader {
    /** Far above any logo, far below what would slow a build: every page and PDF embeds the file. */
    static final int MAX_BYTES = 1024 * 1024;

    private LogoReader() {
    }

    static Logo read(SourceFile src, Fields f, Path dir, List<Problem> problems) {
        String file = f.text("logo", false);
        Position at = f.at("logo");
        if (file == null || !fitsPath(src, at, file.strip())) {
            return null;
        }
        file = file.strip();
        String lower = file.toLowerCase(Locale.ROOT);
        boolean svg = lower.endsWith(".svg");
        if (!svg && !lower.endsWith(".png")) {
            src.error(at, "the logo \"" + file + "\" must be an SVG or PNG file", "save the logo as .svg (best: sharp at any size) or .png, e.g. \"logo: brand/logo.svg\"");
            return null;
        }
        byte[] bytes = bytes(src, at, dir, file);
        if (bytes == null || !ofItsType(src, at, file, svg, bytes)) {
            return null;
        }
        if (svg) {
            List<Problem> found = SvgCheck.problems(file, bytes);
            problems.addAll(found);
            return found.isEmpty() ? new Logo(file, true, bytes) : null;
        }
        return new Logo(file, false, bytes);
    }

    /** Whether the path stays inside the content folder as written: relative, forward slashes, no "..". */
    private static boolean fitsPath(SourceFile src, Position at, String file) {
        String fix = "put the logo in the content folder, e.g. content/brand/logo.svg, and write \"logo: brand/logo.svg\"";
        if (file.contains("\\")) {
            src.error(at, "the logo path \"" + file + "\" has a backslash", "write it with forward slashes, e.g. \""
                    + file.replace('\\', '/') + "\"");
        } else if (file.startsWith("/") || file.startsWith("~") || file.matches("(?i)[a-z]:.*") || file.contains("://")) {
            src.error(at, "the logo \"" + file + "\" must be a path inside the content folder, not an absolute path or address", fix);
        } else if (Stream.of(file.split("/")).anyMatch(".."::equals)) {
            src.error(at, "the logo \"" + file + "\" leaves the content folder (\"..\")", fix);
        } else {
            return true;
        }
        return false;
    }

    /** The file's bytes, or null (reported) when it is missing, leads outside the folder, or is too large. */
    private static byte[] bytes(SourceFile src, Position at, Path dir, String file) {
        Path path = dir.resolve(file).normalize();
        try {
            if (!Files.isRegularFile(path)) {
                String near = Suggest.nearest(file, imageFiles(dir));
                src.error(at, "the logo \"" + file + "\" is not in the content folder " + dir, near != null
                        ? "did you mean \"" + near + "\"?" : "copy the logo to " + dir.resolve(file) + ", or correct the path");
                return null;
            }
            if (!path.toRealPath().startsWith(dir.toRealPath())) {
                src.error(at, "the logo \"" + file + "\" is a link to a file outside the content folder",
                        "copy the file itself into the content folder");
                return null;
            }
            if (Files.size(path) > MAX_BYTES) {
                src.error(at, "the logo \"" + file + "\" is " + Files.size(path) / 1024 + " KB, more than a logo needs (at most "
                        + MAX_BYTES / 1024 + " KB)", "export it smaller: an SVG without embedded pictures, or a PNG about 600 pixels wide");
                return null;
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            src.error(at, "cannot read the logo \"" + file + "\": " + e.getMessage(), "check the file's permissions");
            return null;
        }
    }

    /** The SVG and PNG files under the content folder, for "did you mean". */
    private static List<String> imageFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir, 4)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.toLowerCase(Locale.ROOT).matches(".*\\.(svg|png)")).sorted().toList();
        }
    }

    /** Whether the bytes are of the type the name says; a PNG also has to decode. */
    private static boolean ofItsType(SourceFile src, Position at, String file, boolean svg, byte[] bytes) {
        String kind = kind(bytes);
        String wanted = svg ? "SVG" : "PNG";
        if (!kind.equals(wanted)) {
            String is = kind.equals("unknown") ? "its bytes are of no image type the kit knows" : "its bytes are those of "
                    + (kind.matches("[AEIOU].*") ? "an " : "a ") + kind + " file";
            String fix = kind.equals("SVG") || kind.equals("PNG")
                    ? "rename it to end in ." + kind.toLowerCase(Locale.ROOT) + " and write that name here"
                    : "export the logo as " + wanted + " from the program that made it (renaming a file does not convert it)";
            src.error(at, "the logo \"" + file + "\" is not " + (svg ? "an SVG drawing" : "a PNG image") + ": " + is, fix);
            return false;
        }
        if (!svg && !decodes(bytes)) {
            src.error(at, "the logo \"" + file + "\" is a damaged PNG image: it cannot be decoded", "export the logo as PNG again");
            return false;
        }
        return true;
    }

    /** What the bytes are by their first bytes: PNG, JPEG, GIF, WebP, PDF, SVG (XML text) or unknown. */
    static String kind(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
            return "PNG";
        }
        if (starts(b, 0xff, 0xd8, 0xff)) {
            return "JPEG";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (starts(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E') {
            return "WebP";
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return "PDF";
        }
        String head = new String(b, 0, Math.min(b.length, 1024), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return head.startsWith("<") && head.contains("<svg") ? "SVG" : "unknown";
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean decodes(byte[] bytes) {
        try {
            java.awt.image.BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image != null && image.getWidth() > 0 && image.getHeight() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
