package org.scorecardkit.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The files a scan is given, checked before any page is read: a folder stands for the PDF, TIFF,
 * PNG and JPEG files directly inside it (by name; other files are named in a warning), and every
 * problem (no such file, not readable, not a scan, two files of one name) is one line naming the
 * file and the fix, all of them at once.
 */
public final class ScanInputs {
    private static final Set<String> EXTENSIONS = Set.of("pdf", "tif", "tiff", "png", "jpg", "jpeg");

    /** The files to scan in order, what is wrong with the arguments, and what was left out of folders. */
    public record Checked(List<Path> files, List<String> problems, List<String> warnings) {
    }

    private ScanInputs() {
    }

    /** Expands and checks the arguments. */
    public static Checked of(List<Path> given) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                folder(p, files, problems, warnings);
            } else {
                String problem = problem(p);
                if (problem == null) {
                    files.add(p);
                } else {
                    problems.add(p + ": " + problem);
                }
            }
        }
        sameNames(files, problems);
        return new Checked(List.copyOf(files), List.copyOf(problems), List.copyOf(warnings));
    }

    private static void folder(Path dir, List<Path> files, List<String> problems, List<String> warnings) {
        List<Path> inside;
        try (Stream<Path> list = Files.list(dir)) {
            inside = list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(dir + ": the folder cannot be listed (" + e.getMessage() + ")");
            return;
        }
        List<String> skipped = new ArrayList<>();
        for (Path f : inside) {
            if (!EXTENSIONS.contains(extension(f))) {
                skipped.add(f.getFileName().toString());
            } else {
                String problem = problem(f);
                if (problem == null) {
                    files.add(f);
                } else {
                    problems.add(f + ": " + problem);
                }
            }
        }
        if (skipped.size() == inside.size()) {
            problems.add(dir + ": a folder with no PDF, TIFF, PNG or JPEG file in it; name the scans or photos themselves");
        } else if (!skipped.isEmpty()) {
            warnings.add(dir + ": " + ScanMessages.count(skipped.size(), "file") + " not read, not .pdf, .tif, .png or .jpg: "
                    + String.join(", ", skipped.size() <= 5 ? skipped : skipped.subList(0, 5)) + (skipped.size() > 5 ? ", …" : ""));
        }
    }

    /** What stops a file from being scanned, or null. */
    private static String problem(Path file) {
        if (!Files.exists(file)) {
            return "no such file; check the name (quote a name with spaces)";
        }
        if (!Files.isRegularFile(file)) {
            return "not a file; name a PDF, TIFF, PNG or JPEG file, or a folder of them";
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
        String kind = FileKind.of(head);
        return switch (kind) {
            case FileKind.PDF, FileKind.TIFF, FileKind.PNG, FileKind.JPEG -> null;
            default -> "not a PDF, TIFF, PNG or JPEG file (it looks like " + kind
                    + "); scan or photograph the sheets into one of those";
        };
    }

    /** Sheets are named by file name and page, so two files of one name would give two sheets one name. */
    private static void sameNames(List<Path> files, List<String> problems) {
        Map<String, Path> seen = new HashMap<>();
        for (Path f : files) {
            Path first = seen.putIfAbsent(f.getFileName().toString(), f);
            if (first != null) {
                problems.add(f + ": " + (same(first, f) ? "given twice (also as " + first + ")"
                        : "has the same name as " + first + ", and sheets are named by file name and page; rename one"));
            }
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static String extension(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** How many pages a file holds, for a progress line; 0 when that cannot be told cheaply. */
    public static int pages(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String kind = FileKind.of(in.readNBytes(512));
            return switch (kind) {
                case FileKind.PDF -> pdfPages(file);
                case FileKind.TIFF -> tiffPages(file);
                case FileKind.PNG, FileKind.JPEG -> 1;
                default -> 0;
            };
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static int pdfPages(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    private static int tiffPages(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return 0;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                return reader.getNumImages(true);
            } finally {
                reader.dispose();
            }
        }
    }
}
