package org.scorecardkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The README's test command {@code ./run-tests}, run by sh and dash with only the tools each case gives it on PATH. */
class RunTestsScriptTest {
    private static final Path PROJECT = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    private static final Path SCRIPT = PROJECT.resolve("run-tests");

    @TempDir
    Path temp;
    private Path bin;
    private Path nowhere;
    private Map<String, String> env;

    /** The shells the script must run under: sh, and dash where it is installed (Debian's sh, but not everyone's). */
    static Stream<String> shells() {
        return Files.isExecutable(Path.of("/bin/dash")) ? Stream.of("sh", "dash") : Stream.of("sh");
    }

    @BeforeEach
    void emptyMachine() throws IOException {
        bin = Files.createDirectories(temp.resolve("bin"));
        nowhere = Files.createDirectories(temp.resolve("nowhere"));
        // The script's own needs: a shell, dirname for its cd, sed for --help, and a real JDK 17+ (this JVM's).
        for (String tool : List.of("sh", "dash", "dirname", "sed")) {
            Path real = onHostPath(tool);
            if (real != null) {
                Files.createSymbolicLink(bin.resolve(tool), real);
            }
        }
        Files.createSymbolicLink(bin.resolve("javac"), Path.of(System.getProperty("java.home"), "bin", "javac"));
        env = new HashMap<>();
        env.put("PATH", bin.toString());
        env.put("RUN_TESTS_NO_INSTALL", "1");
        // The fixed locations point at empty folders, so this machine's own Chromium and PostgreSQL stay unseen.
        env.put("RUN_TESTS_SYSTEM_CHROMIUM", nowhere.resolve("chromium").toString());
        env.put("RUN_TESTS_PG_GLOB_ROOT", nowhere.resolve("postgresql").toString());
    }

    @AfterEach
    void unlinkTools() throws IOException {
        // JUnit warns about each link it finds leading out of the temp folder; these are meant to.
        try (Stream<Path> tools = Files.list(bin)) {
            for (Path tool : tools.filter(Files::isSymbolicLink).toList()) {
                Files.delete(tool);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("shells")
    void everythingThereChecksOkInOneLine(String shell) throws Exception {
        giveNodeAndMaven();
        env.put("SCORECARD_CHROMIUM", fakeChromium().toString());
        env.put("SCORECARD_PG_BIN", fakePgBin(temp.resolve("pg")).toString());
        Run run = run(shell, "--check");
        assertEquals(0, run.exit, run.output);
        assertEquals(1, run.lines().size(), run.output);
        assertTrue(run.output.contains("Chromium " + env.get("SCORECARD_CHROMIUM")), run.output);
        assertTrue(run.output.contains("PostgreSQL " + env.get("SCORECARD_PG_BIN")), run.output);
    }

    @ParameterizedTest
    @MethodSource("shells")
    void missingChromiumAndPostgresGiveOneLineEachAndTheInstallCommand(String shell) throws Exception {
        giveNodeAndMaven();
        Run run = run(shell, "--check");
        assertEquals(1, run.exit, run.output);
        List<String> lines = run.lines();
        assertEquals(3, lines.size(), run.output);
        assertTrue(lines.get(0).startsWith("run-tests: Chromium not found"), run.output);
        assertTrue(lines.get(1).startsWith("run-tests: PostgreSQL server"), run.output);
        assertEquals("run-tests: install them with: sudo apt-get install -y chromium postgresql", lines.get(2));
    }

    @Test
    void missingNodeAndNpmNameTheirPackages() throws Exception {
        executable(bin.resolve("mvn"), "exit 0");
        env.put("SCORECARD_CHROMIUM", fakeChromium().toString());
        env.put("SCORECARD_PG_BIN", fakePgBin(temp.resolve("pg")).toString());
        Run run = run("sh", "--check");
        assertEquals(1, run.exit, run.output);
        assertEquals(List.of("run-tests: Node.js (node) not found on PATH", "run-tests: npm not found on PATH",
                "run-tests: install them with: sudo apt-get install -y nodejs npm"), run.lines());
    }

    @Test
    void aJdkOlderThan17IsMissing() throws Exception {
        giveNodeAndMaven();
        env.put("SCORECARD_CHROMIUM", fakeChromium().toString());
        env.put("SCORECARD_PG_BIN", fakePgBin(temp.resolve("pg")).toString());
        Files.delete(bin.resolve("javac"));
        executable(bin.resolve("javac"), "echo 'Picked up JAVA_TOOL_OPTIONS: -Xmx1g' >&2; echo 'javac 11.0.2' >&2");
        Run run = run("sh", "--check");
        assertEquals(1, run.exit, run.output);
        assertTrue(run.lines().get(0).contains("found Java 11.0.2"), run.output);
        assertEquals("run-tests: install them with: sudo apt-get install -y openjdk-17-jdk-headless", run.lines().get(1));
    }

    @Test
    void aServerGivenByUrlNeedsNoPostgresBinaries() throws Exception {
        giveNodeAndMaven();
        env.put("SCORECARD_CHROMIUM", fakeChromium().toString());
        Run without = run("sh", "--check");
        assertEquals(1, without.exit, "without the URL PostgreSQL is required: " + without.output);
        env.put("SCORECARD_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        Run with = run("sh", "--check");
        assertEquals(0, with.exit, with.output);
    }

    @Test
    void theFixedLocationsAreFoundAndTheNewestPostgresWins() throws Exception {
        giveNodeAndMaven();
        Path systemChromium = fakeChromium();
        env.put("RUN_TESTS_SYSTEM_CHROMIUM", systemChromium.toString());
        Path versions = temp.resolve("postgresql");
        fakePgBin(versions.resolve("9.6/bin"));
        fakePgBin(versions.resolve("15/bin"));
        fakePgBin(versions.resolve("13/bin"));
        Files.createDirectories(versions.resolve("16/bin")); // no initdb in it: not a server
        env.put("RUN_TESTS_PG_GLOB_ROOT", versions.toString());
        Run run = run("sh", "--check");
        assertEquals(0, run.exit, run.output);
        assertTrue(run.output.contains("Chromium " + systemChromium + ","), run.output);
        assertTrue(run.output.contains("PostgreSQL " + versions.resolve("15/bin")), run.output);
    }

    @Test
    void theScriptParsesUnderDash() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/dash")), "dash is not installed");
        Process p = new ProcessBuilder("/bin/dash", "-n", SCRIPT.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
    }

    @Test
    void somethingMissingStopsBeforeMaven() throws Exception {
        Path marker = temp.resolve("mvn-ran");
        executable(bin.resolve("mvn"), ": > '" + marker + "'");
        executable(bin.resolve("node"), "exit 0");
        executable(bin.resolve("npm"), "exit 0");
        env.put("SCORECARD_PG_BIN", fakePgBin(temp.resolve("pg")).toString());
        Run run = run("sh", "-Dtest=Foo");
        assertEquals(1, run.exit, run.output);
        assertEquals("run-tests: install them with: sudo apt-get install -y chromium", run.lines().get(run.lines().size() - 1));
        assertFalse(Files.exists(marker), "mvn was started: " + run.output);
    }

    @Test
    void everythingThereRunsMavenVerifyWithTheArgumentsAndTheToolsFound() throws Exception {
        Path record = temp.resolve("mvn-record");
        // Records where it runs, its arguments and what run-tests exported, one per line.
        executable(bin.resolve("mvn"), "{ pwd -P; echo \"$*\"; echo \"chromium=$SCORECARD_CHROMIUM\";"
                + " echo \"pg=$SCORECARD_PG_BIN\"; echo \"skip=$PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD\"; } > '" + record + "'");
        executable(bin.resolve("node"), "exit 0");
        executable(bin.resolve("npm"), "exit 0");
        Path chromium = fakeChromium();
        env.put("RUN_TESTS_SYSTEM_CHROMIUM", chromium.toString());
        Path pg = fakePgBin(temp.resolve("postgresql/15/bin"));
        env.put("RUN_TESTS_PG_GLOB_ROOT", temp.resolve("postgresql").toString());
        // Started from elsewhere by its full path: the script moves to its own folder first.
        Run run = runIn(temp, "sh", SCRIPT.toString(), "-Dtest=Foo", "-Dsurefire.failIfNoSpecifiedTests=false");
        assertEquals(0, run.exit, run.output);
        assertEquals(List.of(PROJECT.toRealPath().toString(), "-B -ntp verify -Dtest=Foo -Dsurefire.failIfNoSpecifiedTests=false",
                "chromium=" + chromium, "pg=" + pg, "skip=1"), Files.readAllLines(record));
    }

    @Test
    void helpPrintsTheUsage() throws Exception {
        Run run = run("sh", "--help");
        assertEquals(0, run.exit, run.output);
        assertTrue(run.output.contains("./run-tests --check"), run.output);
        assertFalse(run.output.contains("cd \""), "the usage stops at the end of the header: " + run.output);
    }

    private record Run(int exit, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private Run run(String shell, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(shell, "run-tests"));
        command.addAll(List.of(args));
        return runIn(PROJECT, command.toArray(String[]::new));
    }

    private Run runIn(Path dir, String... command) throws Exception {
        List<String> full = new ArrayList<>(List.of(command));
        Path shell = bin.resolve(full.get(0));
        Assumptions.assumeTrue(Files.exists(shell), full.get(0) + " is not installed");
        // Java finds the program on its own PATH, not the child's: name the shell by its full path.
        full.set(0, shell.toString());
        ProcessBuilder builder = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "run-tests hung");
            return new Run(p.exitValue(), output);
        } finally {
            p.destroyForcibly();
        }
    }

    private void giveNodeAndMaven() throws IOException {
        for (String tool : List.of("mvn", "node", "npm")) {
            executable(bin.resolve(tool), "exit 0");
        }
    }

    private Path fakeChromium() throws IOException {
        return executable(temp.resolve("browser/chromium"), "exit 0");
    }

    private static Path fakePgBin(Path dir) throws IOException {
        executable(dir.resolve("initdb"), "exit 0");
        executable(dir.resolve("pg_ctl"), "exit 0");
        return dir;
    }

    private static Path executable(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static Path onHostPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
