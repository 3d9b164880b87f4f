package org.scorecardkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ProcessRun;

/**
 * The release as a trainer gets it: the zip that {@code mvn package} wrote, unpacked into a temporary
 * folder, run through {@code bin/scorecard} with only Java and the shell's tools on PATH (no Maven, no
 * source, a fresh HOME): new, build, validate, print, tally, --version, and the launcher's one-line
 * answers when Java is missing or too old. The tar.gz holds the same files.
 */
class ReleaseIT {
    @TempDir
    static Path tmp;

    static Path zip;
    static Path kit;
    static Path tools;
    static Path home;

    /** What the sh launcher and a person's shell need, linked into a bin folder of their own: no mvn among them. */
    static final List<String> SHELL_TOOLS = List.of("sh", "ls", "sed", "dirname", "cksum", "cut", "mkdir", "mktemp", "mv",
            "rm", "uname", "wc", "head", "cat", "env");

    @BeforeAll
    static void unpack() throws Exception {
        try (Stream<Path> target = Files.list(Path.of("target"))) {
            zip = target.filter(p -> p.getFileName().toString().matches("scorecard-kit-.+\\.zip")).findFirst()
                    .orElseThrow(() -> new AssertionError("no target/scorecard-kit-*.zip: run mvn package first"));
        }
        Path unpacked = Files.createDirectories(tmp.resolve("opt"));
        unzip(zip, unpacked);
        try (Stream<Path> dirs = Files.list(unpacked)) {
            kit = dirs.findFirst().orElseThrow();
        }
        tools = Files.createDirectories(tmp.resolve("tools"));
        for (String tool : SHELL_TOOLS) {
            Files.createSymbolicLink(tools.resolve(tool), which(tool));
        }
        Files.createSymbolicLink(tools.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        home = Files.createDirectories(tmp.resolve("home"));
    }

    @Test
    void theReleaseHoldsTheLaunchersTheLibrariesTheLicencesAndAReadme() throws Exception {
        String base = kit.getFileName() + "/";
        assertEquals("scorecard-kit-" + version() + "/", base);
        assertTrue(Files.isExecutable(kit.resolve("bin/scorecard")), "bin/scorecard is executable after unzip");
        assertTrue(Files.isRegularFile(kit.resolve("bin/scorecard.cmd")));
        assertTrue(Files.readString(kit.resolve("bin/scorecard.cmd")).contains("\r\n"), "the .cmd has Windows line endings");
        assertTrue(Files.isRegularFile(kit.resolve("lib/scorecard-kit.jar")));
        assertTrue(Files.readString(kit.resolve("licences/THIRD-PARTY.txt")).contains("picocli"));
        assertTrue(Files.isRegularFile(kit.resolve("licences/fonts/LICENSE-DejaVu.txt")));
        assertTrue(Files.readString(kit.resolve("README.txt")).contains("scorecard new my-workshop"));
        try (Stream<Path> files = Files.walk(kit)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".java") || p.getFileName().toString().equals("pom.xml")),
                    "no source in the release");
        }

        Path tgz = zip.resolveSibling(zip.getFileName().toString().replaceAll("\\.zip$", ".tar.gz"));
        Map<String, Integer> tarModes = new java.util.TreeMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(tgz)))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (!e.isDirectory()) {
                    tarModes.put(e.getName(), e.getMode() & 0777);
                }
            }
        }
        Map<String, Integer> zipModes = new java.util.TreeMap<>();
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            z.stream().filter(e -> !e.isDirectory()).forEach(e -> zipModes.put(e.getName(), e.getUnixMode() & 0777));
        }
        assertEquals(zipModes, tarModes);
        assertEquals(0755, tarModes.get(base + "bin/scorecard"));
    }

    @Test
    void aTrainerWithOnlyJavaStartsAProjectAndBuildsSiteSheetsAndReportFromIt() throws Exception {
        Map<String, String> env = userEnv(tools);
        assertNotEquals(0, run(List.of("sh", "-c", "command -v mvn"), tmp, env).code(), "mvn must not be on this PATH");
        Path work = Files.createDirectories(tmp.resolve("work"));
        String scorecard = kit.resolve("bin/scorecard").toString();

        ProcessRun started = run(List.of(scorecard, "new", "my-workshop", "--org", "Acme Care"), work, env);
        assertEquals(0, started.code(), started.err());
        Path project = work.resolve("my-workshop");

        ProcessRun build = run(List.of(scorecard, "build"), project, env);
        assertEquals(0, build.code(), build.err());
        assertTrue(Files.readString(project.resolve("site/index.html")).contains("Acme Care"));
        try (Stream<Path> cache = Files.walk(home.resolve(".cache/scorecard-kit"))) {
            assertTrue(cache.anyMatch(p -> p.getFileName().toString().equals("scorecard.jsa")), "class data recorded in the user cache");
        }
        try (Stream<Path> install = Files.walk(kit)) {
            assertTrue(install.noneMatch(p -> p.toString().endsWith(".jsa")), "nothing written into the install");
        }

        ProcessRun validate = run(List.of(scorecard, "validate"), project.resolve("instruments"), env);
        assertEquals(0, validate.code(), validate.err());
        assertEquals("Valid: " + project.toRealPath() + " (7 instruments, 3 pages)", validate.out().strip());

        Files.writeString(project.resolve("people.csv"), "name\nAnna Lindqvist\nBen Okafor\n");
        ProcessRun print = run(List.of(scorecard, "print", "skillset", "--participants", "people.csv"), project, env);
        assertEquals(0, print.code(), print.err());
        try (PDDocument pdf = Loader.loadPDF(project.resolve("skillset-sheets.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Anna Lindqvist") && text.contains("Ben Okafor"), text);
        }

        Files.writeString(project.resolve("nps.csv"), "respondent,group,date,recommend\r\nr1,A,2026-01-05,10\r\nr2,A,2026-01-06,9\r\n"
                + "r3,B,2026-01-06,3\r\nr4,B,2026-01-07,8\r\n");
        ProcessRun tally = run(List.of(scorecard, "tally", "nps", "nps.csv", "--out", "report"), project, env);
        assertEquals(0, tally.code(), tally.err());
        assertTrue(Files.isRegularFile(project.resolve("report/summary.json")), tally.out());
        assertTrue(Files.readString(project.resolve("report/summary.json")).contains("\"nps\""), "summary names the instrument");

        ProcessRun added = run(List.of(scorecard, "new", "--instrument", "team-check"), project, env);
        assertEquals(0, added.code(), added.err());
        ProcessRun rebuilt = run(List.of(scorecard, "build"), project, env);
        assertEquals(0, rebuilt.code(), rebuilt.err());
        assertTrue(Files.isRegularFile(project.resolve("site/team-check/index.html")));
    }

    @Test
    void versionNamesTheReleaseAndTheJavaInUse() throws Exception {
        ProcessRun version = run(List.of(kit.resolve("bin/scorecard").toString(), "--version"), tmp, userEnv(tools));

        assertEquals(0, version.code(), version.err());
        List<String> lines = version.out().lines().toList();
        assertEquals("Scorecard Kit " + version(), lines.get(0));
        assertTrue(lines.get(1).startsWith("Java " + System.getProperty("java.version")) && lines.get(1).endsWith(
                " at " + Path.of(System.getProperty("java.home")).toRealPath()), lines.get(1));
    }

    @Test
    void withoutJavaTheLauncherSaysInOneLineWhatToInstall() throws Exception {
        Path noJava = Files.createDirectories(tmp.resolve("no-java"));
        for (String tool : SHELL_TOOLS) {
            Files.createSymbolicLink(noJava.resolve(tool), which(tool));
        }

        ProcessRun run = run(List.of(kit.resolve("bin/scorecard").toString(), "build"), tmp, userEnv(noJava));

        assertEquals(1, run.code());
        assertEquals(List.of("scorecard: no Java found (JAVA_HOME is not set and there is no java on PATH): Scorecard Kit needs"
                + " Java 17 or newer; install one (https://adoptium.net, or `sudo apt install openjdk-17-jre-headless`) and put it"
                + " on PATH or in JAVA_HOME"), run.err().lines().toList());
    }

    @Test
    void aJavaTooOldIsNamedWithItsVersionAndWhatToInstall() throws Exception {
        Path oldJava = Files.createDirectories(tmp.resolve("jdk-11/bin"));
        Files.writeString(oldJava.resolveSibling("release"), "JAVA_VERSION=\"11.0.22\"\n");
        Path java = Files.writeString(oldJava.resolve("java"), "#!/bin/sh\necho 'openjdk version \"11.0.22\"' >&2\n");
        Files.setPosixFilePermissions(java, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        Map<String, String> env = userEnv(tools);
        env.put("JAVA_HOME", oldJava.getParent().toString());

        ProcessRun run = run(List.of(kit.resolve("bin/scorecard").toString(), "build"), tmp, env);

        assertEquals(1, run.code());
        assertEquals(List.of("scorecard: Java 11.0.22 (" + java + ") is too old: Scorecard Kit needs Java 17 or newer; install"
                + " one (https://adoptium.net, or `sudo apt install openjdk-17-jre-headless`) and put it on PATH or in JAVA_HOME"),
                run.err().lines().toList());
    }

    @Test
    void aJavaHomeWithoutJavaIsSaidSo() throws Exception {
        Map<String, String> env = userEnv(tools);
        Path empty = Files.createDirectories(tmp.resolve("not-a-jdk"));
        env.put("JAVA_HOME", empty.toString());

        ProcessRun run = run(List.of(kit.resolve("bin/scorecard").toString(), "build"), tmp, env);

        assertEquals(1, run.code());
        assertEquals(List.of("scorecard: JAVA_HOME is " + empty + " but " + empty + "/bin/java is not there: point JAVA_HOME at a"
                + " Java 17 or newer (the folder holding bin/java), or unset it to use the java on PATH"), run.err().lines().toList());
    }

    /** Unpacks the zip as unzip does, keeping each entry's Unix mode (the launcher's executable bit). */
    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(z.getEntries())) {
                Path target = into.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(into), "entry outside the folder: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (var in = z.getInputStream(e)) {
                    Files.copy(in, target);
                }
                if ((e.getUnixMode() & 0100) != 0) {
                    target.toFile().setExecutable(true, false);
                }
            }
        }
    }

    /** A user's environment: this PATH only, a fresh HOME, no JAVA_HOME, no cache folder or JVM options of the build's. */
    private static Map<String, String> userEnv(Path path) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", path.toString());
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        return env;
    }

    private static String version() {
        String name = zip.getFileName().toString();
        return name.substring("scorecard-kit-".length(), name.length() - ".zip".length());
    }

    private static Path which(String tool) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new AssertionError(tool + " not on PATH");
    }

    private static ProcessRun run(List<String> command, Path cwd, Map<String, String> env) throws Exception {
        return ProcessRun.of(command, cwd, env);
    }
}
