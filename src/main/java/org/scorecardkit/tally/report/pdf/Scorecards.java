package org.scorecardkit.tally.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.tally.aggregate.Breakdown;
import org.scorecardkit.tally.aggregate.ScoreCache;
import org.scorecardkit.tally.aggregate.ScoreValues;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.Row;
import org.scorecardkit.tally.stats.Summary;

/**
 * Writes one scorecard PDF per accepted respondent into {@code scorecards/}, for a trainer to hand
 * back: the respondent's name in its own script, score and band, each item's answer against the
 * group's mean and where they could grow, in a file named after them. Consumes the
 * accepted rows of a second reading of the files, so no respondent is held in memory. A character
 * that no embedded font draws is shown as a substitute and named in {@link #warnings()}.
 */
public final class Scorecards implements Consumer<Row> {
    /**
     * The most UTF-8 bytes of a name's safe part: file systems allow 255 bytes a name, and the
     * suffixes ("-line-N", "-N", ".pdf") need room.
     */
    static final int MAX_NAME_BYTES = 200;

    private final Layout layout;
    private final Summary summary;
    private final Path dir;
    private final ScoreCache scores;
    private final Set<String> names = new HashSet<>();
    private final GlyphWarnings warnings = new GlyphWarnings();
    private int written;

    /**
     * @param summary the tally's numbers: each profile is set against the means of all respondents,
     *                or, with a breakdown by group, of the respondent's own group
     */
    public Scorecards(Instrument instrument, Summary summary, Path dir) throws IOException {
        this.layout = new Layout(instrument);
        this.summary = summary;
        this.dir = dir;
        this.scores = new ScoreCache(layout, new ScoreValues());
        Files.createDirectories(dir);
    }

    @Override
    public void accept(Row row) {
        String name = fileName(row);
        String output = dir.getFileName() + "/" + name;
        String where = "in the respondent's id, group or date (line " + row.line() + " of " + row.file() + ")";
        byte[] pdf = ScorecardPdf.of(layout, row, scores.score(row).score(), groupOf(row),
                warnings.in(output, where), warnings.in(output, "in the instrument's text"));
        try {
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        written++;
    }

    private Summary.Numbers groupOf(Row row) {
        if (!Breakdown.GROUP.option().equals(summary.by())) {
            return summary.whole();
        }
        Summary.Numbers own = summary.groups().get(Breakdown.GROUP.key(row));
        return own == null ? summary.whole() : own;
    }

    /** The warnings about characters shown as a substitute, to print e.g. as "warning: " + line each. */
    public List<String> warnings() {
        return warnings.list();
    }

    /** How many scorecards were written. */
    public int written() {
        return written;
    }

    /**
     * The respondent's id as a readable, safe file name (李明.pdf, Łukasz.pdf), or the file and line of
     * an anonymous row; a number is added when two names would clash, letter case and Unicode
     * normalisation aside ("Ann.pdf", "ann-2.pdf").
     */
    String fileName(Row row) {
        String base = row.respondent() != null ? safe(row.respondent())
                : safe(Path.of(row.file()).getFileName().toString().replaceFirst("\\.[^.]*$", "")) + "-line-" + row.line();
        String name = base;
        for (int i = 2; !names.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + "-" + i;
        }
        return name + ".pdf";
    }

    /**
     * A name made safe for every common file system, character for character: in Unicode NFC (as
     * macOS and Windows compare names), each character that a file system or a shell treats
     * specially (separators, spaces, controls, {@code :*?"<>|} and the like) replaced by "_", never
     * dropped, so no two letters of a name run together and none disappears; letters and digits of
     * every script, marks, symbols such as emoji and {@code . - _ ( ) + , @ '} kept; leading and
     * trailing dots replaced (hidden files; Windows drops a trailing dot); a Windows device name
     * (CON, NUL, COM1…) given a "_"; at most {@link #MAX_NAME_BYTES} UTF-8 bytes.
     */
    static String safe(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> out.appendCodePoint(kept(cp) ? cp : '_'));
        for (int i = 0; i < out.length() && out.charAt(i) == '.'; i++) {
            out.setCharAt(i, '_');
        }
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '.'; i--) {
            out.setCharAt(i, '_');
        }
        java.util.regex.Matcher device = DEVICE.matcher(out);
        if (device.matches()) {
            out.insert(device.end(1), '_');
        }
        return out.isEmpty() ? "respondent" : cut(out.toString());
    }

    private static final java.util.regex.Pattern DEVICE =
            java.util.regex.Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private static boolean kept(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.OTHER_SYMBOL -> true;
            default -> ".-_()+,@'".indexOf(cp) >= 0;
        };
    }

    /** The longest start of {@code s} of at most {@link #MAX_NAME_BYTES} UTF-8 bytes, never splitting a code point. */
    static String cut(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes > MAX_NAME_BYTES) {
                return s.substring(0, i);
            }
            i += Character.charCount(c);
        }
        return s;
    }
}
