package org.scorecardkit.tally.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scorecardkit.tally.TallyFixtures.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.tally.TallyFixtures;

/**
 * Every CSV the tally writes neutralises a cell a spreadsheet would run as a formula (first character
 * = + - @, tab or carriage return) with a leading ', and the tally reads such a cell back as it was:
 * a CSV download of answers tallies to the same answers as the JSON download of them.
 */
class CsvFormulaTest {
    private static final List<String> FORMULAS = List.of("=1+1", "+1 for you", "-2 for that", "@SUM(A1)", "\t=tabbed",
            "\r=cr");

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    @Test
    void eachFormulaStartGetsAQuoteAndNothingElseDoes() {
        assertEquals(List.of("'=1+1", "'+1 for you", "'-2 for that", "'@SUM(A1)", "'\t=tabbed", "\"'\r=cr\""),
                FORMULAS.stream().map(RejectsCsv::cell).toList(), "a CR also makes the cell quoted");
        assertEquals(List.of("fine", "a=b", " =spaced", "\"x, y\"", "'quoted"),
                List.of("fine", "a=b", " =spaced", "x, y", "'quoted").stream().map(RejectsCsv::cell).toList());
    }

    @Test
    void rejectsCsvNeutralisesTheRawRowOfARejectedLine() throws Exception {
        // Each row's only answer is off the scale, so the row has no answers and is rejected whole.
        Path csv = file(dir, "trio.csv", "respondent,group,date,a,b,c\n@SUM(1),,,9,,\n\"\t=1+2\",,,9,,\n-5,,,9,,\n");
        Path out = dir.resolve("out");
        assertEquals(0, Main.run("tally", "trio", csv.toString(), "--content", TallyFixtures.CONTENT.toString(),
                "--out", out.toString()), console.err());
        List<String> rows = Files.readString(out.resolve("rejects.csv")).lines().filter(l -> l.startsWith("row rejected,")).toList();
        List<String> raws = new ArrayList<>();
        java.util.regex.Pattern value = java.util.regex.Pattern.compile(",\\d+,,(\"[^\"]*\"),");
        for (String row : rows) {
            java.util.regex.Matcher m = value.matcher(row);
            raws.add(m.find() ? m.group(1) : row);
        }
        assertEquals(List.of("\"'@SUM(1),,,9,,\"", "\"'\t=1+2,,,9,,\"", "\"'-5,,,9,,\""), raws);
    }

    @Test
    void aNeutralisedCsvReadsBackToTheAnswersItsJsonTwinReads() throws Exception {
        StringBuilder csv = new StringBuilder("respondent,group,date,recommend,reason\r\n");
        StringBuilder json = new StringBuilder("[");
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < FORMULAS.size(); i++) {
            csv.append("r").append(i).append(",,,9,").append(RejectsCsv.cell(FORMULAS.get(i))).append("\r\n");
            json.append(i == 0 ? "" : ",").append("{\"respondent\":\"r").append(i).append("\",\"answers\":{\"recommend\":9,\"reason\":")
                    .append(mapper.writeValueAsString(FORMULAS.get(i))).append("}}");
        }
        JsonNode fromCsv = TallyFixtures.tally("nps", file(dir, "a.csv", csv.toString())).item("reason").path("answers");
        JsonNode fromJson = TallyFixtures.tally("nps", file(dir, "a.json", json.append("]").toString())).item("reason").path("answers");

        assertEquals(List.of("=1+1", "+1 for you", "-2 for that", "@SUM(A1)", "=tabbed", "=cr"),
                mapper.convertValue(fromCsv, List.class), "the ' is gone, and so is the tab or CR, as without it");
        assertEquals(fromJson, fromCsv);
    }
}
