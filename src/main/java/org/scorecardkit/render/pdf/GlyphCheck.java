package org.scorecardkit.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.scorecardkit.load.Position;
import org.scorecardkit.load.Problem;
import org.scorecardkit.model.Credit;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.Option;
import org.scorecardkit.model.SiteContent;

/**
 * Finds, before any PDF is written, every character of printed content that no embedded font
 * draws (DejaVu Sans nor its fallback, by the rule the PDFs draw with: {@link FontRuns}), as one
 * build problem per distinct character per file at its first occurrence, so a PDF never silently
 * drops a letter, nor shows a substitute for one.
 */
public final class GlyphCheck {
    static final String FIX = "replace it with another character, or remove it";

    private GlyphCheck() {
    }

    /** The problems of every instrument file and of site.yaml, sorted by file, line and column. */
    public static List<Problem> problems(SiteContent content, Path contentDir) {
        List<Problem> problems = new ArrayList<>();
        problems.addAll(check("site.yaml", contentDir, Stream.of(content.site().organisation(), content.site().title())));
        for (Instrument instrument : content.instruments()) {
            problems.addAll(check(instrument.sourceFile(), contentDir, printed(instrument)));
        }
        problems.sort(Problem.ORDER);
        return problems;
    }

    /** Every text of an instrument that a sheet, card or poster may print. */
    static Stream<String> printed(Instrument instrument) {
        Stream<String> own = Stream.of(instrument.title(), instrument.description(), instrument.intro(),
                instrument.instructions(), instrument.closing());
        Stream<String> sections = instrument.sections().stream()
                .flatMap(s -> Stream.concat(Stream.of(s.title(), s.description()), s.items().stream().flatMap(GlyphCheck::printed)));
        Stream<String> scales = instrument.scales().values().stream().flatMap(s -> s.labels().values().stream());
        Stream<String> bands = instrument.scoring().bands().stream().flatMap(b -> Stream.of(b.label(), b.text()));
        return Stream.of(own, sections, scales, bands, credit(instrument.credit())).flatMap(s -> s);
    }

    private static Stream<String> printed(Item item) {
        Stream<String> scale = item.scale() == null ? Stream.empty() : item.scale().labels().values().stream();
        return Stream.of(Stream.of(item.text(), item.help()), item.choices().stream().map(Option::label), scale)
                .flatMap(s -> s);
    }

    private static Stream<String> credit(Credit credit) {
        return credit == null ? Stream.empty()
                : Stream.of(credit.title(), credit.author(), credit.publisher(), credit.url(), credit.note());
    }

    /** One problem per distinct undrawable character of the texts, placed in the file they come from. */
    private static List<Problem> check(String file, Path contentDir, Stream<String> texts) {
        Set<Integer> missing = new LinkedHashSet<>();
        texts.filter(Objects::nonNull).flatMapToInt(String::codePoints)
                .filter(cp -> !PdfFonts.invisible(cp) && !PdfFonts.get().canDraw(cp)).forEach(missing::add);
        if (missing.isEmpty()) {
            return List.of();
        }
        String source = read(contentDir.resolve(file));
        List<Problem> problems = new ArrayList<>();
        for (int cp : missing) {
            Position at = locate(source, cp);
            problems.add(new Problem(file, at.line(), at.column(), message(cp), FIX));
        }
        return problems;
    }

    /** The message naming the character, its code point and its Unicode name. */
    static String message(int cp) {
        String name = Character.getName(cp);
        String code = String.format("U+%04X", cp) + (name == null ? "" : " " + name);
        return "the character \"" + Character.toString(cp) + "\" (" + code
                + ") cannot be printed: the embedded fonts have no glyph for it";
    }

    /**
     * Line and column (from 1) of the code point's first occurrence outside whole-line comments
     * (a comment is never printed, so pointing there would mislead), else of its first occurrence
     * at all; the start of the file when the text does not hold it literally (a YAML escape such
     * as "\\u6F22"). Columns count code points, as an editor counts characters, so an emoji
     * earlier on the line counts once.
     */
    static Position locate(String text, int codePoint) {
        String needle = Character.toString(codePoint);
        String[] lines = text.split("\n", -1);
        for (boolean skipComments : new boolean[] {true, false}) {
            for (int l = 0; l < lines.length; l++) {
                int at = lines[l].indexOf(needle);
                if (at >= 0 && !(skipComments && lines[l].stripLeading().startsWith("#"))) {
                    return new Position(l + 1, lines[l].codePointCount(0, at) + 1);
                }
            }
        }
        return Position.START;
    }

    /** The file's text without a byte order mark, or "" when the content did not come from a file. */
    private static String read(Path path) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
