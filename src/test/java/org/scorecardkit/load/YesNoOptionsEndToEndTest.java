package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.cli.Main;

/**
 * Case 7 of issue 8 through the command line: an item {@code id: no} with options {@code value: yes}
 * and {@code value: no} builds a form and keying template that say yes and no, and the tally accepts
 * the {@code yes} and {@code no} answers typed into that template.
 */
class YesNoOptionsEndToEndTest {
    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stdout;
    private PrintStream stderr;
    private TestSite site;

    @BeforeEach
    void contentWithAYesNoQuestion() {
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        site = TestSite.copyOfBase(tmp).with("instruments/poll.yaml", """
                id: poll
                version: 1.10
                title: Poll
                kind: survey
                description: One yes-or-no question.
                items:
                  - id: no
                    type: single
                    text: Did we solve it?
                    options:
                      - {value: yes, label: Yes}
                      - {value: no, label: No}
                """);
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    @Test
    void theBuiltFormAndTemplateSayYesAndNo() throws Exception {
        Path built = tmp.resolve("site");
        assertEquals(0, Main.run("build", "--content", site.dir().toString(), "--out", built.toString()), err.toString());

        Document form = Jsoup.parse(Files.readString(built.resolve("poll/index.html")));
        assertEquals("yes no", String.join(" ", form.select("input[name=no]").eachAttr("value")));
        assertTrue(form.select("script#instrument-data").html().contains("\"version\":\"1.10\""), form.select("script").html());
        assertEquals("respondent,group,date,no", Files.readString(built.resolve("poll/responses.csv")).strip());
    }

    @Test
    void theTallyAcceptsYesAndNoAnswers() throws Exception {
        Path returns = Files.writeString(tmp.resolve("returns.csv"),
                "respondent,group,date,no\nr1,,,yes\nr2,,,no\nr3,,,yes\nr4,,,true\n");

        int code = Main.run("tally", "poll", returns.toString(), "--content", site.dir().toString());

        String summary = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString());
        assertTrue(summary.contains("poll (version 1.10): 4 rows read = 3 accepted + 1 rejected"), summary);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(returns + ":5:"), "only the \"true\" row is rejected: " + err);
    }
}
