package org.scorecardkit.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text helpers shared by the PDF renderers: turns the Markdown of instructions into paragraphs of
 * plain and bold runs, and wraps text to a width measured with the embedded fonts.
 */
public final class PdfText {
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,3}([-*+]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])[*_](?=\\S)(.+?)(?<=\\S)[*_](?![\\w*])");

    private PdfText() {
    }

    /** A piece of text in one weight. */
    public record Run(String text, boolean bold) {
    }

    /**
     * A block of text: a paragraph, a heading (all bold) or a list item.
     *
     * @param marker the list marker ("•", "1.") or null
     */
    public record Paragraph(List<Run> runs, String marker) {
    }

    /**
     * A run placed on a wrapped line, {@code dx} points from the line's start.
     *
     * @param spaced whether a space separates it from the piece before
     */
    public record Piece(float dx, String text, boolean bold, boolean spaced) {
    }

    /** One wrapped line: its pieces and its width in points. */
    public record Line(List<Piece> pieces, float width) {
        /** The line's text as read. */
        public String text() {
            StringBuilder s = new StringBuilder();
            for (Piece p : pieces) {
                s.append(p.spaced() && s.length() > 0 ? " " : "").append(p.text());
            }
            return s.toString();
        }
    }

    public static BaseFont font(boolean bold) {
        return bold ? PdfFonts.get().bold() : PdfFonts.get().regular();
    }

    /** The width of a text in points, each character measured in the font that draws it. */
    public static float width(String text, boolean bold, float size) {
        return FontRuns.width(text, font(bold), size);
    }

    /**
     * The paragraphs of a Markdown text: blank lines separate paragraphs, list items become
     * paragraphs with a marker, headings become bold; inline markup is dropped but strong text stays bold.
     */
    public static List<Paragraph> paragraphs(String markdown) {
        List<Paragraph> out = new ArrayList<>();
        if (markdown == null) {
            return out;
        }
        StringBuilder text = new StringBuilder();
        String marker = null;
        boolean heading = false;
        for (String line : (markdown.strip() + "\n\n").split("\n", -1)) {
            Matcher item = LIST_ITEM.matcher(line);
            Matcher head = HEADING.matcher(line);
            if (line.isBlank() || item.matches() || head.matches()) {
                flush(out, text, marker, heading);
                marker = null;
                heading = false;
            }
            if (item.matches()) {
                marker = item.group(1).matches("[-*+]") ? "•" : item.group(1).replace(')', '.');
                text.append(item.group(2));
            } else if (head.matches()) {
                heading = true;
                text.append(head.group(1));
            } else if (!line.isBlank()) {
                text.append(text.length() > 0 ? " " : "").append(line.strip());
            }
        }
        return out;
    }

    private static void flush(List<Paragraph> out, StringBuilder text, String marker, boolean heading) {
        if (text.length() > 0) {
            List<Run> runs = runs(text.toString());
            out.add(new Paragraph(heading ? runs.stream().map(r -> new Run(r.text(), true)).toList() : runs, marker));
        }
        text.setLength(0);
    }

    /** The runs of one line of inline Markdown: strong text bold, other markup removed. */
    public static List<Run> runs(String inline) {
        String s = LINK.matcher(inline).replaceAll(m -> Matcher.quoteReplacement(m.group(1))).replace("`", "");
        List<Run> runs = new ArrayList<>();
        Matcher strong = STRONG.matcher(s);
        int at = 0;
        while (strong.find()) {
            addRun(runs, s.substring(at, strong.start()), false);
            addRun(runs, strong.group(1) != null ? strong.group(1) : strong.group(2), true);
            at = strong.end();
        }
        addRun(runs, s.substring(at), false);
        return runs;
    }

    private static void addRun(List<Run> runs, String text, boolean bold) {
        String plain = EMPHASIS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1))).replace("\\", "");
        if (!plain.isEmpty()) {
            runs.add(new Run(plain, bold));
        }
    }

    /** Plain text wrapped to a width: the lines' texts. */
    public static List<String> wrap(String text, boolean bold, float size, float width) {
        return wrap(List.of(new Run(text, bold)), size, width).stream().map(Line::text).toList();
    }

    /**
     * Runs wrapped to a width at spaces; a word wider than the whole width is cut where it must be.
     * Words of the same weight on a line share one piece, so a line is drawn with few text operations.
     */
    public static List<Line> wrap(List<Run> runs, float size, float width) {
        Wrapper wrapper = new Wrapper(size, width);
        boolean afterSpace = true;
        for (Run run : runs) {
            String t = run.text();
            boolean glued = !afterSpace && !t.isEmpty() && !Character.isWhitespace(t.charAt(0));
            afterSpace = t.isEmpty() ? afterSpace : Character.isWhitespace(t.charAt(t.length() - 1));
            for (String word : run.text().strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    wrapper.add(word, run.bold(), glued);
                    glued = false;
                }
            }
        }
        return wrapper.finish();
    }

    /** Fills lines word by word. */
    private static final class Wrapper {
        private final float size;
        private final float width;
        private final List<Line> lines = new ArrayList<>();
        private List<Piece> pieces = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean bold;
        private boolean spaced;
        private float dx;
        private float x;

        Wrapper(float size, float width) {
            this.size = size;
            this.width = width;
        }

        void add(String word, boolean bold, boolean glued) {
            boolean empty = pieces.isEmpty() && text.length() == 0;
            float gap = empty || glued ? 0 : width(" ", bold, size);
            float w = width(word, bold, size);
            // A hair of tolerance: a line measured word by word may sum to a few ulps over its width.
            if (!empty && x + gap + w > width + 0.01f) {
                breakLine();
                gap = 0;
            }
            if (w <= width + 0.01f) {
                append(word, bold, gap, w);
                return;
            }
            List<String> parts = cut(word, bold, size, width);
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    breakLine();
                }
                append(parts.get(i), bold, i == 0 ? gap : 0, width(parts.get(i), bold, size));
            }
        }

        private void append(String word, boolean weight, float gap, float w) {
            if (text.length() > 0 && bold == weight) {
                text.append(gap > 0 ? " " : "").append(word);
            } else {
                closePiece();
                bold = weight;
                spaced = gap > 0;
                dx = x + gap;
                text.append(word);
            }
            x += gap + w;
        }

        private void closePiece() {
            if (text.length() > 0) {
                pieces.add(new Piece(dx, text.toString(), bold, spaced));
                text.setLength(0);
            }
        }

        private void breakLine() {
            closePiece();
            if (!pieces.isEmpty()) {
                lines.add(new Line(List.copyOf(pieces), x));
            }
            pieces = new ArrayList<>();
            x = 0;
        }

        List<Line> finish() {
            breakLine();
            return lines;
        }
    }

    /** A word in parts no wider than the width (at least one character each). */
    private static List<String> cut(String word, boolean bold, float size, float width) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(word.substring(start, next), bold, size) > width) {
                parts.add(word.substring(start, end));
                start = end;
            }
            end = next;
        }
        parts.add(word.substring(start));
        return parts;
    }
}
