package org.scorecardkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.TestFiles;

/** The live preview: serves the build on 127.0.0.1, rebuilds on changes, and reports errors while serving on. */
class PreviewServerTest {
    @TempDir
    Path tmp;
    Path content;
    PreviewServer server;
    final List<Preview.State> builds = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        content = TestFiles.copyTree(SiteBuildTest.BASIC, tmp.resolve("content"));
        Path templates = TestFiles.copyTree(Path.of("templates"), tmp.resolve("templates"));
        server = new PreviewServer(new Preview(content, templates, tmp.resolve("work")), 0, builds::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    int status(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    Preview.State awaitBuild(Predicate<Preview.State> done) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            Preview.State last = builds.isEmpty() ? null : builds.get(builds.size() - 1);
            if (last != null && done.test(last)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such build within 20 s; builds: " + builds);
    }

    @Test
    void servesTheBuildOnLoopbackWithTheReloadScriptInEveryPage() throws Exception {
        assertEquals("127.0.0.1", server.uri().getHost());
        assertEquals(1, builds.get(0).build());
        assertNull(builds.get(0).error());

        String home = get("/");
        assertTrue(home.contains("Welcome to the fixture"), home);
        assertTrue(home.contains("<script src=\"/__scorecard/reload.js\"></script></body>"), home);
        assertTrue(get("/pulse/").contains("I have energy for my work."));
        assertTrue(get("/__scorecard/reload.js").contains("location.reload()"));
        assertEquals(404, status("/no-such-page.html"));
        assertEquals(404, status("/../../etc/passwd"));
    }

    @Test
    void anEditToContentRebuildsAndTheStateTellsThePageToReload() throws Exception {
        Files.writeString(content.resolve("pages/guide.md"), "# The guide\n\nNow with news.\n");

        Preview.State state = awaitBuild(s -> s.build() == 2);

        assertNull(state.error());
        assertTrue(get("/guide.html").contains("Now with news."));
        assertEquals("{\"build\":2,\"error\":null}", get("/__scorecard/state"));
    }

    @Test
    void aYamlMistakeIsReportedAndThePreviousBuildKeepsBeingServed() throws Exception {
        Files.writeString(content.resolve("instruments/wall.yaml"), "id: wall\nversion: 1\ntitle: [broken\n");

        Preview.State state = awaitBuild(s -> s.error() != null);

        assertTrue(state.error().contains("wall.yaml:3:8: YAML syntax error"), state.error());
        assertTrue(get("/__scorecard/state").contains("YAML syntax error"));
        assertTrue(get("/wall/").contains("We listen first."), "the last good build is still served");

        Files.writeString(content.resolve("instruments/wall.yaml"), Files.readString(SiteBuildTest.BASIC.resolve("instruments/wall.yaml"))
                .replace("We listen first.", "We listen closely."));
        awaitBuild(s -> s.error() == null && s.build() > state.build());
        assertTrue(get("/wall/").contains("We listen closely."));
    }

    @Test
    void aTemplateEditShowsWithoutAMavenBuildAndATemplateErrorIsReported() throws Exception {
        Path page = tmp.resolve("templates/page.jte");
        Files.writeString(page, Files.readString(page).replace("<article class=\"prose\">", "<article class=\"prose edited\">"));
        awaitBuild(s -> s.build() == 2 && s.error() == null);
        assertTrue(get("/guide.html").contains("<article class=\"prose edited\">"));

        Files.writeString(page, Files.readString(page).replace("${view.md(page.markdown())}", "${view.noSuchMethod()}"));
        Preview.State broken = awaitBuild(s -> s.error() != null);

        assertTrue(broken.error().contains("page.jte"), broken.error());
        assertTrue(get("/guide.html").contains("prose edited"), "the last good build is still served");
    }
}
