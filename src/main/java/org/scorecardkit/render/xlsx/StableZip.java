package org.scorecardkit.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a freshly written workbook so that it records one given time instead of the clock:
 * the creation date in {@code docProps/core.xml} and every zip entry's time, entries in their order.
 * fastexcel offers no hook for either, so the zip is copied once, through memory (a template is a few KB).
 */
final class StableZip {
    static final String CORE = "docProps/core.xml";

    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    /** Zip times are DOS times, which start in 1980; an earlier build time is written as that start. */
    private static final LocalDateTime DOS_START = LocalDateTime.of(1980, 1, 1, 0, 0);

    private StableZip() {
    }

    /** Rewrites the workbook in {@code file} with {@code time} as its creation date and entry times. */
    static void rewrite(Path file, Instant time) throws IOException {
        LocalDateTime local = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        if (local.isBefore(DOS_START)) {
            local = DOS_START;
        }
        // fastexcel's zips leave sizes out of the local headers, which ZipInputStream can't read: the
        // central directory, which ZipFile reads, has them.
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Files.size(file) + 512);
        try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] data;
                try (InputStream entry = in.getInputStream(e)) {
                    data = entry.readAllBytes();
                }
                ZipEntry fixed = new ZipEntry(e.getName());
                // The local form, not setTime(millis): that one converts through the machine's time zone.
                fixed.setTimeLocal(local);
                copy.putNextEntry(fixed);
                copy.write(CORE.equals(e.getName()) ? created(data, time) : data);
                copy.closeEntry();
            }
        }
        Files.write(file, out.toByteArray());
    }

    /** core.xml with the given creation date; unchanged when it records none. */
    private static byte[] created(byte[] coreXml, Instant time) {
        String xml = new String(coreXml, StandardCharsets.UTF_8);
        return CREATED.matcher(xml).replaceFirst("$1" + time + "$2").getBytes(StandardCharsets.UTF_8);
    }
}
