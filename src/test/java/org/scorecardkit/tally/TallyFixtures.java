package org.scorecardkit.tally;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.tally.aggregate.Breakdown;
import org.scorecardkit.tally.check.Problem;
import org.scorecardkit.tally.check.ProblemKind;
import org.scorecardkit.tally.report.SummaryJson;

/**
 * What the tally tests share: the fixture content (trio, mini, nps, pulse, wall under
 * src/test/resources/tally/content), files written into a test's folder, and a tally run that
 * gives back its summary.json as a tree, its rejects and its result.
 */
public final class TallyFixtures {
    public static final Path CONTENT = Path.of("src/test/resources/tally/content");
    private static SiteContent content;

    private TallyFixtures() {
    }

    public static synchronized SiteContent content() {
        if (content == null) {
            ContentLoader.Result r = ContentLoader.load(CONTENT);
            if (!r.ok()) {
                throw new IllegalStateException("the tally fixture content is invalid: " + r.problems());
            }
            content = r.content();
        }
        return content;
    }

    public static Instrument instrument(String id) {
        return content().instrument(id);
    }

    /** Writes a file (UTF-8, exactly the text given) into {@code dir}; returns its path. */
    /** Runs {@code scorecard tally ARGS --content <the fixture content>} in-process and returns its exit code. */
    public static int tallyCommand(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "tally";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--content";
        all[args.length + 2] = CONTENT.toString();
        return org.scorecardkit.cli.Main.run(all);
    }

    public static Path file(Path dir, String name, String text) {
        return bytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path bytes(Path dir, String name, byte[] bytes) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A finished tally: its result, its summary.json as a tree, and everything it listed, in order. */
    public record Run(Tally.Result result, JsonNode json, List<Problem> problems) {
        public JsonNode item(String id) {
            return json.path("items").path(id);
        }

        /** The rejected rows only. */
        public List<Problem> rejects() {
            return problems.stream().filter(p -> p.kind() == ProblemKind.ROW_REJECTED).toList();
        }

        /** The problems other than rejected rows as "line: kind: column", for compact assertions. */
        public List<String> problemLines() {
            return problems.stream().filter(p -> p.kind() != ProblemKind.ROW_REJECTED)
                    .map(p -> p.line() + ": " + p.kind().label() + ": " + p.column()).toList();
        }

        /** The rejects as "line: reason-key" strings, for compact assertions. */
        public List<String> rejectLines() {
            return rejects().stream().map(r -> r.line() + ": " + r.reason().key()).toList();
        }
    }

    public static Run tally(String instrument, Path... files) {
        return tally(instrument, null, files);
    }

    public static Run tally(String instrument, Breakdown by, Path... files) {
        return tally(instrument(instrument), by, files);
    }

    public static Run tally(Instrument instrument, Path... files) {
        return tally(instrument, null, files);
    }

    public static Run tally(Instrument instrument, Breakdown by, Path... files) {
        List<Problem> rejects = new ArrayList<>();
        Tally.Result result = Tally.run(instrument, new Tally.Options(List.of(files), by, List.of()), rejects::add);
        return new Run(result, tree(SummaryJson.of(result.summary())), rejects);
    }

    public static JsonNode tree(byte[] json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ten NPS answers worked by hand in HandWorkedNumbersTest (score 30), in two groups; the first reason is markup. */
    public static String npsCsv() {
        StringBuilder csv = new StringBuilder("respondent,group,date,recommend,reason\n");
        int[] answers = {9, 10, 10, 9, 9, 7, 8, 8, 0, 6};
        for (int i = 0; i < answers.length; i++) {
            csv.append("r").append(i).append(",").append(i < 5 ? "North" : "South").append(",,").append(answers[i])
                    .append(",").append(i == 0 ? "\"<script>alert('x')</script> & <b>bold</b>\"" : "").append("\n");
        }
        return csv.toString();
    }
}
