package org.scorecardkit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost: a collector process on a SQLite file is killed with SIGKILL while
 * posts arrive from several clients, restarted on the same file, and every post that got its 201 is
 * there; re-sending every post afterwards stores none twice.
 */
class KillNineTest {
    private static final Pattern LISTENING = Pattern.compile("Collecting on (http://127\\.0\\.0\\.1:\\d+/)");
    private static final int CLIENTS = 8;
    /** Posts acknowledged before the kill: enough that the kill lands among many commits. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 400;

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void everyAcknowledgedPostSurvivesAKillAndRetriesStoreNothingTwice() throws Exception {
        Path db = folder.resolve("responses.db");
        Set<String> sent = ConcurrentHashMap.newKeySet();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Process collector = start(db);
        URI uri = listening(collector);
        AtomicBoolean killed = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread t = new Thread(() -> postUntilKilled(uri, client, sent, acknowledged, killed), "client-" + c);
            t.start();
            clients.add(t);
        }
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && collector.isAlive()) {
            Thread.sleep(5);
        }
        collector.destroyForcibly(); // SIGKILL: no shutdown hook, no drain, no close
        killed.set(true);
        assertTrue(collector.waitFor(10, TimeUnit.SECONDS));
        assertEquals(137, collector.exitValue(), "killed by SIGKILL");
        for (Thread t : clients) {
            t.join();
        }

        Process again = start(db);
        try {
            URI restarted = listening(again);
            Set<String> stored = submissions(db);
            Set<String> lost = new TreeSet<>(acknowledged);
            lost.removeAll(stored);
            assertEquals(Set.of(), lost, "acknowledged (201) before the kill but not stored after it");
            Set<String> unknown = new TreeSet<>(stored);
            unknown.removeAll(sent);
            assertEquals(Set.of(), unknown, "stored but never sent");
            // Beyond the acknowledged ones only posts in flight at the kill may be stored: stored before
            // their answer was written, at most one per client.
            Set<String> unanswered = new HashSet<>(stored);
            unanswered.removeAll(acknowledged);
            assertTrue(unanswered.size() <= CLIENTS, "stored without an answer: " + unanswered);
            assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);

            // Every sent post again, as clients retrying after a timeout would, from as many clients.
            ExecutorService retries = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<Integer>> statuses = new ArrayList<>();
                List<String> ids = new ArrayList<>(sent);
                for (String id : ids) {
                    statuses.add(retries.submit(() -> post(restarted, id).statusCode()));
                }
                for (int i = 0; i < ids.size(); i++) {
                    assertEquals(stored.contains(ids.get(i)) ? 200 : 201, statuses.get(i).get(), "re-sent " + ids.get(i));
                }
            } finally {
                retries.shutdownNow();
            }
            assertEquals(sent, submissions(db));
            assertEquals(sent.size(), count(db), "one row per distinct id sent");
        } finally {
            again.destroy();
            again.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void postUntilKilled(URI uri, int client, Set<String> sent, Set<String> acknowledged, AtomicBoolean killed) {
        for (int i = 0; !killed.get(); i++) {
            String id = "k" + client + "-" + i;
            sent.add(id);
            try {
                HttpResponse<String> answer = post(uri, id);
                if (answer.statusCode() == 201) {
                    acknowledged.add(id);
                } else if (!killed.get()) {
                    throw new AssertionError("post " + id + ": HTTP " + answer.statusCode() + " " + answer.body());
                }
            } catch (IOException e) {
                return; // the collector is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One NPS answer under a submission id, the same answers every time for that id. */
    private HttpResponse<String> post(URI collector, String id) throws IOException, InterruptedException {
        int n = Integer.parseInt(id.substring(id.indexOf('-') + 1));
        String body = "instrument=nps&version=1&recommend=" + (n % 11) + "&reason=kill+test&_elapsed=5&_id=" + id;
        HttpRequest request = HttpRequest.newBuilder(collector.resolve("responses/nps"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The collector as its own process, on the project's content and this SQLite file, on a free port. */
    private Process start(Path db) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.scorecardkit.cli.Main", "collect", "--content", Path.of("content").toAbsolutePath().toString(),
                "--db", db.toString(), "--port", "0", "--rate-limit", "0", "--min-seconds", "0");
        return new ProcessBuilder(command).directory(folder.toFile())
                .redirectError(folder.resolve("collector-" + System.nanoTime() + ".err").toFile()).start();
    }

    /** Reads the collector's first lines until it says where it listens; drains the rest in the background. */
    private static URI listening(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "collector-out");
                drain.setDaemon(true);
                drain.start();
                return URI.create(m.group(1));
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the collector stopped before listening: " + seen);
    }

    private static Set<String> submissions(Path db) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT submission FROM responses WHERE instrument = 'nps'")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private static long count(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM responses WHERE instrument = 'nps'")) {
            r.next();
            return r.getLong(1);
        }
    }
}
