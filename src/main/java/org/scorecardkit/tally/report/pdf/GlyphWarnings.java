package org.scorecardkit.tally.report.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scorecardkit.render.pdf.FontRuns;

/**
 * Collects the warnings of a tally's PDFs about characters that no embedded font draws and that are
 * shown as {@link FontRuns#SUBSTITUTE} instead, one line per character and place, naming the output
 * file and where the character was; after {@link #SHOWN} lines, only a count, so a flood of emoji in
 * a million answers prints a few lines.
 */
public final class GlyphWarnings {
    static final int SHOWN = 20;

    private final Set<String> lines = new LinkedHashSet<>();
    private long more;

    /** A sink for the characters missing in one place of one output, e.g. ("report.pdf", "in an answer to \"reason\""). */
    FontRuns.Missing in(String output, String where) {
        return cp -> add(output + ": " + describe(cp) + " " + where + " is shown as " + FontRuns.SUBSTITUTE
                + ": no font here draws it");
    }

    private synchronized void add(String line) {
        if (lines.size() < SHOWN) {
            lines.add(line);
        } else if (!lines.contains(line)) {
            more++;
        }
    }

    /** The warnings, in the order they arose, then how many more there were. */
    public synchronized List<String> list() {
        List<String> out = new ArrayList<>(lines);
        if (more > 0) {
            out.add("… and " + more + " more characters shown as " + FontRuns.SUBSTITUTE + " (no font here draws them)");
        }
        return List.copyOf(out);
    }

    /** "U+1F44D THUMBS UP SIGN": the code point and its Unicode name. */
    static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " " + name);
    }
}
