package org.scorecardkit.render.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.tally.TallyFixtures;

/** The keying templates: one per responding instrument, exactly the header the tally reads, and typed-in rows tally. */
class KeyingTemplatesTest {
    @TempDir
    Path dir;

    @Test
    void everyRespondingInstrumentGetsItsHeaderRowWithTextItemsLast() throws Exception {
        SiteContent content = ContentLoader.load(Path.of("content")).content();

        List<String> written = new KeyingTemplates().render(content, dir);

        assertEquals(List.of("attributes/responses.csv", "bad-news/responses.csv", "complaint/responses.csv",
                        "nps/responses.csv", "seven-cs/responses.csv", "skillset/responses.csv"),
                written.stream().sorted().toList(), "the creed is a poster: no template");
        assertEquals("respondent,group,date,recommend,reason\r\n", Files.readString(dir.resolve("nps/responses.csv")));
        assertEquals("respondent,group,date,importance-of-service,service-in-every-task,adapt-to-customers,continuing-to-learn,"
                + "adapt-speaking,service-models-and-processes,handling-conflict,listening-skills,flexible-communication,"
                + "solution-oriented,always-courteous,open-to-improvement\r\n", Files.readString(dir.resolve("skillset/responses.csv")));
    }

    @Test
    void aSurveysTemplatePutsTheTextItemLastAndPostersGetNone() throws Exception {
        new KeyingTemplates().render(TallyFixtures.content(), dir);

        assertEquals("respondent,group,date,energy,channel,tools,followed-up,comment\r\n",
                Files.readString(dir.resolve("pulse/responses.csv"), StandardCharsets.UTF_8));
        assertEquals(false, Files.exists(dir.resolve("wall/responses.csv")));
    }

    @Test
    void rowsKeyedIntoTheTemplateTally() throws Exception {
        new KeyingTemplates().render(TallyFixtures.content(), dir);
        Path keyed = dir.resolve("trio/responses.csv");
        Files.writeString(keyed, "R1,X,2026-03-01,1,2,3\r\nR2,X,2026-03-02,5,5,5\r\n", java.nio.file.StandardOpenOption.APPEND);

        TallyFixtures.Run run = TallyFixtures.tally("trio", keyed);

        assertEquals("{\"read\":2,\"accepted\":2,\"rejected\":0,\"blank_lines\":0}", run.json().path("rows").toString());
        assertEquals(10.5, run.json().path("score").path("mean").asDouble());
    }
}
