package org.scorecardkit.render.xlsx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.model.SitePaths;
import org.scorecardkit.render.Renderer;
import org.scorecardkit.render.SourceDate;

/**
 * Writes the Excel keying template of every instrument that has responses, {@code <id>/responses.xlsx}:
 * the header row of {@code responses.csv} with drop-down lists of the allowed answers, and a sheet of the
 * questions, in the same bytes for the same content.
 */
public final class KeyingWorkbooks implements Renderer {
    /** Loads fastexcel while the content is read, so that the first workbook of a build does not wait for it. */
    @Override
    public void prepare() {
        try {
            Workbook wb = new Workbook(OutputStream.nullOutputStream(), "Scorecard Kit", "1.0");
            wb.newWorksheet("warm-up").value(0, 0, "warm-up");
            wb.finish();
        } catch (IOException e) {
            // Nothing to do: a stream that discards everything does not fail, and this only saves time.
        }
    }

    @Override
    public List<String> render(SiteContent content, Path out) throws IOException {
        List<String> written = new ArrayList<>();
        for (Instrument instrument : content.instruments()) {
            if (instrument.kind().responding()) {
                String path = SitePaths.keyingWorkbook(instrument.id());
                Path file = out.resolve(path);
                Files.createDirectories(file.getParent());
                write(instrument, file);
                written.add(path);
            }
        }
        return written;
    }

    /** Writes the workbook to {@code file}, then puts the build time in place of the clock fastexcel records. */
    static void write(Instrument instrument, Path file) throws IOException {
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file))) {
            KeyingWorkbook.write(instrument, raw);
        }
        StableZip.rewrite(file, SourceDate.instant());
    }
}
