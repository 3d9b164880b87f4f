package org.scorecardkit.tally.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;
import static org.scorecardkit.tally.TallyFixtures.tally;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.tally.TallyFixtures.Run;

/** JSON as the web form downloads it, arrays of it, and JSON Lines, each row at its own line. */
class JsonResponsesTest {
    @TempDir
    Path dir;

    /** Exactly what the form's "Download my answers (JSON)" writes: JSON.stringify(state, null, 2). */
    static final String DOWNLOAD = """
            {
              "instrument": "pulse",
              "version": "3",
              "respondent": "Ann",
              "group": "A",
              "date": "2026-11-22",
              "answers": {
                "energy": 3,
                "channel": "email",
                "tools": [
                  "wiki",
                  "bot"
                ],
                "followed-up": "partly",
                "comment": "=1+1 is text here"
              }
            }""";

    @Test
    void theWebFormsDownloadIsOneResponse() {
        Run run = tally("pulse", file(dir, "ann.json", DOWNLOAD));

        assertEquals("{\"read\":1,\"accepted\":1,\"rejected\":0,\"blank_lines\":0}", run.json().path("rows").toString());
        assertEquals("{\"wiki\":1,\"board\":0,\"bot\":1}", run.item("tools").path("counts").toString());
        assertEquals("{\"yes\":0,\"partly\":1,\"no\":0}", run.item("followed-up").path("counts").toString());
        assertEquals(3.0, run.json().path("score").path("mean").asDouble());
        assertEquals("[\"=1+1 is text here\"]", run.item("comment").path("answers").toString());
    }

    @Test
    void anArrayOfObjectsGivesOneRowPerObjectAtTheLineItStarts() {
        String json = "[\n  {\"respondent\": \"A\", \"answers\": {\"a\": 1, \"b\": 2, \"c\": 3}},\n"
                + "  {\"respondent\": \"B\",\n   \"answers\": {\"a\": \"9\", \"b\": 2, \"c\": 3}},\n"
                + "  {\"respondent\": \"C\", \"answers\": {\"a\": {\"x\": 1}, \"b\": 2, \"c\": 3}},\n"
                + "  {\"respondent\": \"D\", \"answers\": {\"a\": 2, \"b\": 2, \"c\": 3, \"d\": 4}},\n"
                + "  {\"respondent\": \"E\", \"answers\": {\"a\": 2, \"b\": 2, \"c\": 3, \"old\": null}, \"note\": \"\"},\n"
                + "  {\"respondent\": \"F\", \"answers\": {\"a\": 2, \"b\": 2, \"c\": 3}, \"colour\": \"red\"},\n"
                + "  7\n]\n";
        Run run = tally("trio", file(dir, "many.json", json));

        // Only the number that is no response at all is a rejected row; bad cells are ignored, unknown keys
        // listed once per file, and the rest of each row counts.
        assertEquals(List.of("9: not-a-value"), run.rejectLines());
        assertEquals("a JSON number, not an object with the answers of one respondent", run.rejects().get(0).message());
        assertEquals(List.of("3: cell ignored: answers.a", "5: cell ignored: answers.a", "6: column ignored: answers.d",
                "8: column ignored: colour"), run.problemLines());
        assertEquals(6L, run.json().path("rows").path("accepted").asLong(), "A to F, each with its readable answers");
        assertEquals("9", run.problems().get(0).value());
        assertTrue(run.result().notes().get(0).contains("\"answers.d\", \"colour\""), run.result().notes().toString());
    }

    @Test
    void jsonLinesSurviveABrokenLine() {
        String lines = "{\"respondent\":\"A\",\"instrument\":\"trio\",\"version\":\"2\",\"answers\":{\"a\":1,\"b\":2,\"c\":3}}\n"
                + "{\"respondent\":\"B\",\"answers\":{\"a\":1,\n"
                + "\n"
                + "{\"respondent\":\"C\",\"version\":2,\"answers\":{\"a\":5,\"b\":5,\"c\":5}}\n"
                + "{\"respondent\":\"D\",\"instrument\":\"nps\",\"answers\":{\"a\":5,\"b\":5,\"c\":5}}\n";
        Run run = tally("trio", file(dir, "lines.jsonl", lines));

        assertEquals(List.of("2: not-a-value", "5: other-instrument"), run.rejectLines());
        assertTrue(run.rejects().get(0).message().startsWith("not readable as JSON ("), run.rejects().get(0).message());
        assertEquals(List.of(2L, 10.5), List.of(run.json().path("score").path("n").asLong(),
                run.json().path("score").path("mean").asDouble()), "a version written as the number 2 is version \"2\"");
    }

    @Test
    void aBrokenJsonDocumentIsUnreadableFromWhereItBreaks() {
        String json = "[\n{\"respondent\":\"A\",\"answers\":{\"a\":1,\"b\":2,\"c\":3}},\n{\"respondent\": \"B\", \"answers\": {\"a\" 1}}\n]";
        Run run = tally("trio", file(dir, "broken.json", json));

        assertEquals(List.of("3: unreadable"), run.rejectLines());
        assertEquals(1L, run.json().path("rows").path("accepted").asLong());
        assertTrue(run.result().unreadable());
    }

    @Test
    void formatsAreToldByContentAndMixFreely() {
        Path csvNamedJson = file(dir, "really-a-csv.json", "respondent,group,date,a,b,c\nA,,,1,1,1\n");
        Path jsonNamedCsv = file(dir, "really-json.csv", "{\"respondent\":\"B\",\"answers\":{\"a\":5,\"b\":5,\"c\":5}}");

        Run run = tally("trio", csvNamedJson, jsonNamedCsv);

        assertEquals(List.of(3.0, 15.0), List.of(run.json().path("score").path("min").asDouble(),
                run.json().path("score").path("max").asDouble()));
    }
}
