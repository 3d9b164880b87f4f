package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * A whole JVM run through the standalone entry point, as {@code main} runs it: when another thread
 * dies while the verb's thread waits in a way no interrupt ends, the process still exits 1 with one line.
 */
class StandaloneRunTest {
    /** A verb whose worker dies while the verb itself waits and ignores interrupts. */
    @Command(name = "stuck")
    static final class Stuck implements Callable<Integer> {
        @Override
        public Integer call() {
            new Thread(() -> {
                throw new IllegalStateException("the reader gave up");
            }, "reader").start();
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // deliberately deaf: the run must end anyway
                }
            }
        }
    }

    /** The child process: Main's command line plus the stuck verb, run standalone. */
    public static void main(String[] args) {
        System.exit(RunGuard.run(() -> Main.commandLine().addSubcommand(new Stuck()), true, args));
    }

    @Test
    void aStuckVerbStillEndsWithOneLineAndExitOne() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StandaloneRunTest.class.getName(), "stuck").start();
        p.getOutputStream().close();
        try {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run hung");
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, p.exitValue(), err);
            assertEquals(List.of("scorecard: IllegalStateException: the reader gave up" + RunGuard.HINT), err.lines().toList());
        } finally {
            p.destroyForcibly();
        }
    }
}
