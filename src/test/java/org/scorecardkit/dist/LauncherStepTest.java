package org.scorecardkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two release launchers kept in step by reading them (there is no Windows here to run the .cmd):
 * the same minimum Java, cache folder, messages, option sets, verbs with their own options and archive
 * names; and the sh launcher is valid POSIX sh (dash parses it).
 */
class LauncherStepTest {
    static final Path SH = Path.of("src/dist/bin/scorecard");
    static final Path CMD = Path.of("src/dist/bin/scorecard.cmd");

    /** The settings both launchers define, by the sh name (the cmd name is the same in capitals). */
    static final List<String> SETTINGS = List.of("min_java", "cache_name", "msg_no_java", "msg_bad_home", "msg_too_old",
            "msg_no_jar", "default_opts", "tally_scan_opts", "tally_small_opts", "tally_large_opts", "tally_large_bytes",
            "collect_opts", "quiet_opts");

    @Test
    void bothDefineTheSameSettingsWithTheSameValues() throws IOException {
        Map<String, String> sh = shSettings();
        Map<String, String> cmd = cmdSettings();

        for (String name : SETTINGS) {
            assertTrue(sh.containsKey(name), "bin/scorecard lacks " + name);
            // cmd doubles the percent of a placeholder so that set keeps it.
            assertEquals(sh.get(name), cmd.get(name.toUpperCase(java.util.Locale.ROOT)).replace("%%s", "%s"), name);
        }
        assertEquals("17", sh.get("min_java"));
        assertTrue(sh.get("msg_too_old").contains("needs Java 17 or newer"), sh.get("msg_too_old"));
    }

    @Test
    void bothGiveTallyAndCollectTheirOwnOptionsAndTallyItsOwnArchive() throws IOException {
        String sh = Files.readString(SH);
        String cmd = Files.readString(CMD);

        assertTrue(sh.contains("  tally)\n") && sh.contains("  collect) opts=$collect_opts ;;"), "sh verbs");
        assertTrue(cmd.contains("if /i \"%VERB%\"==\"collect\" set \"OPTS=%COLLECT_OPTS%\"")
                && cmd.contains("if /i \"%VERB%\"==\"tally\" call :tally %*"), "cmd verbs");
        for (String archive : List.of("scorecard.jsa", "scorecard-tally.jsa")) {
            assertTrue(sh.contains("/" + archive) && cmd.contains("\\" + archive), archive);
        }
        for (String ext : List.of("png", "jpg", "jpeg", "tif", "tiff", "pdf")) {
            assertTrue(cmd.contains("." + ext + " ") || cmd.contains("." + ext + ")"), "cmd scans ." + ext);
            assertTrue(sh.contains(caseInsensitiveGlob(ext)), "sh scans ." + ext);
        }
        // Both record their archives over a project of their own, as a user's first run would build one.
        assertTrue(sh.contains("-jar \"$jar\" new \"$rec_tmp/p\" --org Recording"), "sh records over scorecard new");
        assertTrue(cmd.contains("-jar \"%JAR%\" new \"%REC%\\p\" --org Recording"), "cmd records over scorecard new");
    }

    @Test
    void theShLauncherIsPosixShThatDashParses() throws Exception {
        for (String shell : List.of("sh", "dash")) {
            if (!onPath(shell)) {
                continue;
            }
            Process p = new ProcessBuilder(shell, "-n", SH.toString()).redirectErrorStream(true).start();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), shell + ": " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(Files.readString(SH).startsWith("#!/bin/sh\n"));
        assertTrue(Files.readString(CMD).startsWith("@echo off\n"));
    }

    private static String caseInsensitiveGlob(String ext) {
        StringBuilder glob = new StringBuilder("*.");
        for (char c : ext.toCharArray()) {
            glob.append('[').append(c).append(Character.toUpperCase(c)).append(']');
        }
        return glob.toString();
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** The sh launcher's top-level assignments: name=value or name='value'. */
    private static Map<String, String> shSettings() throws IOException {
        Map<String, String> values = new TreeMap<>();
        Pattern assignment = Pattern.compile("^([a-z_]+)=(?:'([^']*)'|([^\\s'\"$]+))$");
        for (String line : Files.readAllLines(SH)) {
            Matcher m = assignment.matcher(line);
            if (m.matches()) {
                values.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
            }
        }
        return values;
    }

    /** The cmd launcher's set "NAME=value" lines. */
    private static Map<String, String> cmdSettings() throws IOException {
        Map<String, String> values = new TreeMap<>();
        Pattern assignment = Pattern.compile("^set \"([A-Z_]+)=(.*)\"$");
        for (String line : Files.readAllLines(CMD)) {
            Matcher m = assignment.matcher(line.strip());
            if (m.matches()) {
                values.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return values;
    }
}
