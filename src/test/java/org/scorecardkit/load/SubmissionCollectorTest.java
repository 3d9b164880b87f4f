package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.load.TestSite.problem;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.Submission;

/**
 * {@code submission: {collector: URL}} in site.yaml: read as a posting submission to the kit's collector
 * (method optional, trailing slash dropped), and each way of getting it wrong reported once with file, line,
 * column and fix; the JSON Schema the editors use agrees. Each site.yaml is written out in full.
 */
class SubmissionCollectorTest {
    private static final String SITE = "site.yaml";
    private static final String HEAD = """
            title: Test Site
            organisation: Test Organisation
            nav:
              - about
            """;

    @TempDir
    Path tmp;

    TestSite site;

    @BeforeEach
    void copyBase() {
        site = TestSite.copyOfBase(tmp);
    }

    private Submission loaded(String submission) {
        site.with(SITE, HEAD + submission);
        ContentLoader.Result result = site.load();
        assertEquals(List.of(), result.problems());
        return result.content().site().submission();
    }

    @Test
    void aCollectorAloneIsAPostToItWithoutTheTrailingSlash() {
        Submission s = loaded("""
                submission:
                  collector: https://collect.example.org/
                """);

        assertEquals(new Submission(true, null, false, "https://collect.example.org"), s);
        assertTrue(s.toCollector());
    }

    @Test
    void methodPostAndNetlifyFalseMayBeWrittenBesideIt() {
        Submission s = loaded("""
                submission:
                  method: post
                  netlify: false
                  collector: HTTP://127.0.0.1:8080/survey//
                """);

        assertEquals(new Submission(true, null, false, "HTTP://127.0.0.1:8080/survey"), s);
    }

    @Test
    void existingSubmissionsReadAsBefore() {
        assertEquals(new Submission(true, "https://formspree.io/f/abc", false, null), loaded("""
                submission: {method: post, url: "https://formspree.io/f/abc"}
                """));
        assertEquals(new Submission(true, null, true, null), loaded("""
                submission: {method: post, netlify: true}
                """));
        assertEquals(Submission.none(), loaded("""
                submission: {method: none}
                """));
    }

    @Test
    void aCollectorBesideAUrlIsOneMistake() {
        site.with(SITE, HEAD + """
                submission:
                  method: post
                  url: "javascript:alert(1)"
                  collector: https://collect.example.org
                """);
        site.assertProblems(problem(SITE, 8, 14, "submission \"collector\" cannot be combined with \"url\": the answers go "
                + "to one place", "remove \"url\" to send the answers to your collector, or remove \"collector\" to send them "
                + "elsewhere"));
    }

    @Test
    void methodNoneAndNetlifyBesideACollectorAreNamedInOneProblem() {
        site.with(SITE, HEAD + """
                submission:
                  method: none
                  netlify: true
                  collector: https://collect.example.org
                """);
        site.assertProblems(problem(SITE, 8, 14, "submission \"collector\" cannot be combined with \"method: none\" and "
                + "\"netlify: true\": the answers go to one place", "remove \"method: none\" and \"netlify: true\" to send "
                + "the answers to your collector, or remove \"collector\" to send them elsewhere"));
    }

    @Test
    void aCollectorMustBeAnHttpAddress() {
        site.with(SITE, HEAD + """
                submission:
                  collector: "JaVaScRiPt:alert(1)"
                """);
        site.assertProblems(collectorAddress(6, 14, "JaVaScRiPt:alert(1)"));
    }

    @Test
    void aCollectorCannotCarryAQueryOrFragment() {
        site.with(SITE, HEAD + """
                submission:
                  collector: https://collect.example.org/?x=1
                """);
        site.assertProblems(collectorAddress(6, 14, "https://collect.example.org/?x=1"));
        site.with(SITE, HEAD + """
                submission:
                  collector: collect.example.org
                """);
        site.assertProblems(collectorAddress(6, 14, "collect.example.org"));
    }

    @Test
    void withoutACollectorTheMethodIsStillRequired() {
        site.with(SITE, HEAD + """
                submission:
                  url: https://formspree.io/f/abc
                """);
        site.assertProblems(problem(SITE, 6, 3, "missing required key \"method\" in submission",
                "add \"method: none\" (one of: none, post)\" to submission"));
    }

    @Test
    void theSchemaAcceptsACollectorAloneAndRefusesItBesideAUrlNetlifyOrMethodNone() throws IOException {
        assertEquals(List.of(), schemaErrors("submission: {collector: \"https://collect.example.org/\"}"));
        assertEquals(List.of(), schemaErrors("submission: {method: post, netlify: false, collector: \"https://c.example.org\"}"));
        for (String clash : List.of("url: \"https://formspree.io/f/abc\"", "netlify: true", "method: none")) {
            assertTrue(!schemaErrors("submission: {collector: \"https://c.example.org\", " + clash + "}").isEmpty(), clash);
        }
        assertTrue(!schemaErrors("submission: {collector: \"https://c.example.org/?x\"}").isEmpty());
        assertTrue(!schemaErrors("submission: {url: \"https://formspree.io/f/abc\"}").isEmpty(), "method stays required");
    }

    private static Problem collectorAddress(int line, int column, String shown) {
        return problem(SITE, line, column, "\"collector\" of submission must be a web address starting with http:// or "
                + "https://, without ? or #, not \"" + shown + "\"", "write the address people's browsers reach the "
                + "collector at, e.g. \"https://collect.example.org\"");
    }

    private static List<Error> schemaErrors(String yaml) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(Path.of("content/schema/site.schema.json")));
        return schema.validate(new YAMLMapper().readTree("title: T\norganisation: O\n" + yaml));
    }
}
