package org.scorecardkit.cli;

import java.awt.image.BufferedImage;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import org.scorecardkit.scan.PageReading;
import org.scorecardkit.scan.PageResult;
import org.scorecardkit.scan.Scan;
import org.scorecardkit.scan.ScanInputs;

/**
 * The progress line of a long scan, {@code pages 120/500}, rewritten in place on a terminal's stderr
 * at most a few times a second, from the first second on, and wiped when the scan ends. It writes to
 * the terminal directly, past the control-character filter, because rewriting a line needs a carriage
 * return; the line holds only digits and fixed words, never a name from a file.
 */
final class ScanProgress implements Scan.Listener, AutoCloseable {
    private static final long FIRST_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final OutputStream out;
    private final int total;
    private final LongSupplier clock;
    private final long start;
    private long last;
    private int pages;
    private int width;

    ScanProgress(OutputStream out, int total, LongSupplier clock) {
        this.out = out;
        this.total = total;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.last = start - EVERY_NANOS;
    }

    /** A progress line when stderr is a terminal (the page count read from the files first); else nothing. */
    static ScanProgress forTerminal(List<Path> files) {
        if (System.console() == null) {
            return new ScanProgress(OutputStream.nullOutputStream(), 0, System::nanoTime);
        }
        int total = 0;
        for (Path f : files) {
            int n = ScanInputs.pages(f);
            total = n == 0 || total < 0 ? -1 : total + n;
        }
        return new ScanProgress(new FileOutputStream(FileDescriptor.err), Math.max(total, 0), System::nanoTime);
    }

    @Override
    public void page(PageResult result, PageReading reading, BufferedImage image) {
        if (result.pageNumber() == 0) {
            return;
        }
        pages++;
        long now = clock.getAsLong();
        if (now - start >= FIRST_NANOS && now - last >= EVERY_NANOS) {
            last = now;
            show("pages " + pages + (total > 0 ? "/" + total : ""));
        }
    }

    /** Wipes the line, if one was shown, so the summary starts on a clean line. */
    @Override
    public void close() {
        if (width > 0) {
            write("\r" + " ".repeat(width) + "\r");
            width = 0;
        }
    }

    private void show(String line) {
        write("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        width = Math.max(width, line.length());
    }

    private void write(String s) {
        try {
            System.err.flush();
            out.write(s.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // The terminal went away: the scan goes on without its progress line.
        }
    }
}
