package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scorecardkit.tally.TallyFixtures.file;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.Score;
import org.scorecardkit.model.Scorer;
import org.scorecardkit.tally.TallyFixtures.Run;

/**
 * The answers the web form downloads (scorecard.js: "Download my answers" as CSV and as JSON),
 * written here exactly as the script writes them, tally to the score the browser showed, which is
 * the Scorer's score of the same answers: for every responding instrument of the standard content
 * and of the fixtures, over random answers including unanswered items and formula-like text.
 */
class BrowserDownloadTest {
    private static final List<String> WHO = List.of("respondent", "group", "date");

    @TempDir
    Path dir;

    @Test
    void downloadedCsvAndJsonTallyToTheScorersScore() throws Exception {
        List<Instrument> instruments = new ArrayList<>(ContentLoader.load(Path.of("content")).content().instruments());
        instruments.addAll(TallyFixtures.content().instruments());
        Random random = new Random(7);
        int compared = 0;
        for (Instrument instrument : instruments) {
            if (!instrument.kind().responding()) {
                continue;
            }
            for (int n = 0; n < 12; n++) {
                Map<String, Object> answers = answers(instrument, random, n % 4 == 3);
                Score expected = Scorer.score(instrument, answers);
                for (Path download : List.of(file(dir, "a" + compared + ".csv", csv(instrument, answers)),
                        file(dir, "a" + compared + ".json", json(instrument, answers)))) {
                    Run run = TallyFixtures.tally(instrument, download);
                    assertEquals(1, run.json().path("rows").path("accepted").asInt(), download + ": " + run.rejects());
                    Double tallied = run.result().summary().whole().score() == null ? null
                            : run.result().summary().whole().score().mean();
                    assertEquals(expected.value(), tallied, instrument.id() + " " + answers + " from " + download.getFileName());
                }
                compared++;
            }
        }
        assertEquals(132, compared, "eleven responding instruments (six standard, five fixtures), twelve answer sets each");
    }

    /** Random answers as the form collects them: a rating as a number, a multiple choice as a list. */
    static Map<String, Object> answers(Instrument instrument, Random random, boolean gaps) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Item item : instrument.answeredItems()) {
            if (gaps && random.nextInt(3) == 0) {
                continue;
            }
            switch (item.type()) {
                case RATING -> answers.put(item.id(), item.scale().min() + random.nextInt(item.scale().max() - item.scale().min() + 1));
                case SINGLE, CHECK -> answers.put(item.id(), item.choices().get(random.nextInt(item.choices().size())).value());
                case MULTIPLE -> {
                    List<String> chosen = item.options().stream().filter(o -> random.nextBoolean()).map(o -> o.value()).toList();
                    if (!chosen.isEmpty()) {
                        answers.put(item.id(), chosen);
                    }
                }
                default -> answers.put(item.id(), List.of("=HYPERLINK(\"x\"), and \"more\"\nlines", "fine", "\t+1 tabbed",
                        "\r@cr", "-minus").get(random.nextInt(5)));
            }
        }
        // The form shows a scorecard, and so offers the download, only once something is answered.
        return answers.isEmpty() ? answers(instrument, random, false) : answers;
    }

    /** scorecard.js's csv(): header respondent,group,date + columns, then the row, each line ending CRLF. */
    static String csv(Instrument instrument, Map<String, Object> answers) {
        List<String> header = new ArrayList<>(WHO);
        header.addAll(instrument.columns());
        List<Object> row = new ArrayList<>(List.of("Pat", "A", "2026-11-22"));
        instrument.columns().forEach(c -> row.add(answers.get(c)));
        return header.stream().map(BrowserDownloadTest::cell).collect(Collectors.joining(",")) + "\r\n"
                + row.stream().map(BrowserDownloadTest::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** scorecard.js's cell(): numbers bare, lists joined with ";", formulas (= + - @ tab CR) neutralised with "'", quoted when needed. */
    static String cell(Object v) {
        if (v instanceof Number) {
            return v.toString();
        }
        String s = v == null ? "" : v instanceof List<?> l ? l.stream().map(Object::toString).collect(Collectors.joining(";")) : v.toString();
        s = s.replaceFirst("^([=+\\-@\t\r])", "'$1");
        return s.matches("(?s).*[\",\r\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** scorecard.js's JSON download: JSON.stringify(state, null, 2), keys in the order collect() sets them. */
    static String json(Instrument instrument, Map<String, Object> answers) throws Exception {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("instrument", instrument.id());
        state.put("version", instrument.version());
        state.put("respondent", "Pat");
        state.put("group", "A");
        state.put("date", "2026-11-22");
        Map<String, Object> inFormOrder = new LinkedHashMap<>();
        instrument.answeredItems().stream().filter(i -> answers.containsKey(i.id())).forEach(i -> inFormOrder.put(i.id(), answers.get(i.id())));
        state.put("answers", inFormOrder);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(state);
    }
}
