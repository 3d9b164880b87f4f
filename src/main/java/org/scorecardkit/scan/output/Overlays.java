package org.scorecardkit.scan.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SheetGeometry;
import org.scorecardkit.render.pdf.SheetLayout;
import org.scorecardkit.scan.BubbleFill;
import org.scorecardkit.scan.PageProblem;
import org.scorecardkit.scan.PageReading;
import org.scorecardkit.scan.PageResult;
import org.scorecardkit.scan.RegisteredPage;
import org.scorecardkit.scan.ScanResult;

/**
 * Writes {@code overlays/<file name>-p<page>.png} for every page that had an image: what was read,
 * drawn on the page (see {@link OverlayPainter}), so a person can hold the paper beside what was
 * counted. Each overlay is drawn while its page streams and spooled to a temporary folder, so memory
 * stays bounded on a 500-page PDF; {@link #finish} moves them into the output folder.
 */
public final class Overlays implements ScanWriter {
    /** The folder, inside the scan's output folder, the overlays go to. */
    public static final String FOLDER = "overlays";
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
    private static final int MAX_NAME = 80;

    private final List<SheetGeometry> geometries = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final List<String> written = new ArrayList<>();
    private Path spool;

    /** Overlays of the sheets of {@code instrument}, on any paper it is printed on. */
    public Overlays(Instrument instrument) {
        for (Paper paper : Paper.values()) {
            geometries.add(SheetLayout.layout(instrument, paper).scan());
        }
    }

    @Override
    public void page(PageResult result, PageReading reading, BufferedImage image) throws IOException {
        if (image == null) {
            return;
        }
        BufferedImage overlay;
        if (reading != null) {
            overlay = OverlayPainter.registered(reading, geometry(reading), image);
        } else if (result instanceof PageProblem problem) {
            overlay = OverlayPainter.reported(problem, image);
        } else {
            return;
        }
        if (spool == null) {
            spool = Files.createTempDirectory("scorecard-overlays-");
        }
        String name = name(result.file(), result.pageNumber());
        Files.write(spool.resolve(name), Png.encode(overlay));
        written.add(name);
    }

    @Override
    public void finish(ScanResult result, Path dir) throws IOException {
        if (spool == null) {
            return;
        }
        Path folder = Files.createDirectories(dir.resolve(FOLDER));
        for (String name : written) {
            Files.move(spool.resolve(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(spool);
        spool = null;
        written.clear();
    }

    /** The overlays' names, in the order the pages came: what {@link #finish} writes under {@value #FOLDER}. */
    public List<String> names() {
        return List.copyOf(written);
    }

    /**
     * A name safe on any file system and unique in this scan: the file's name with anything but
     * letters, digits, dot, dash and underscore made "_" (and a short hash of the real name then, so
     * "a b.pdf" and "a_b.pdf" stay apart), "-p" and the page number.
     */
    String name(String file, int page) {
        String safe = UNSAFE.matcher(file).replaceAll("_");
        if (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        if (!safe.equals(file) || safe.length() > MAX_NAME) {
            safe = safe.substring(0, Math.min(safe.length(), MAX_NAME)) + "-" + hash(file);
        }
        String name = safe + "-p" + page + ".png";
        for (int k = 2; !names.add(name); k++) {
            name = safe + "-p" + page + "-" + k + ".png";
        }
        return name;
    }

    private static String hash(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The page's geometry: the paper whose bubbles are the ones read (A4 and letter differ), else the first that fits. */
    SheetGeometry.Page geometry(PageReading reading) {
        RegisteredPage r = reading.page();
        List<SheetGeometry.Bubble> read = reading.items().stream().flatMap(i -> i.fills().stream())
                .map(BubbleFill::bubble).toList();
        SheetGeometry.Page fallback = null;
        for (SheetGeometry g : geometries) {
            SheetGeometry.Page p = g.page(r.page());
            if (p == null || !g.instrument().equals(r.instrument()) || !g.version().equals(r.version())) {
                continue;
            }
            if (Set.copyOf(p.bubbles()).equals(Set.copyOf(read))) {
                return p;
            }
            fallback = fallback == null ? p : fallback;
        }
        if (fallback == null) {
            throw new IllegalStateException("a registered page always has its geometry");
        }
        return fallback;
    }
}
