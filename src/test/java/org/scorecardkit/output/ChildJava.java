package org.scorecardkit.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs {@code org.scorecardkit.cli.Main} in a child JVM on the test class path, for tests that
 * kill a run (SIGKILL) at a checkpoint or after a delay, inject a failure, or set the umask.
 */
public final class ChildJava {
    private static final long LIMIT_SECONDS = 30;

    private ChildJava() {
    }

    /** What a child run printed and how it ended. */
    public record Run(int exit, String err) {
    }

    /** The command that starts the CLI with these JVM properties (e.g. "-Dscorecardkit.fail-at=written") and arguments. */
    public static List<String> command(List<String> jvm, String... args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path")));
        cmd.addAll(jvm);
        cmd.add("org.scorecardkit.cli.Main");
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs the CLI to its end (at most 30 s). */
    public static Run run(List<String> jvm, String... args) throws IOException, InterruptedException {
        return finish(start(command(jvm, args), false));
    }

    /** Runs a shell command line (for {@code umask}) that ends by exec-ing {@link #command}. */
    public static Run shell(String prefix, List<String> command) throws IOException, InterruptedException {
        StringBuilder line = new StringBuilder(prefix).append(" exec");
        for (String c : command) {
            line.append(" '").append(c.replace("'", "'\\''")).append('\'');
        }
        return finish(start(List.of("sh", "-c", line.toString()), false));
    }

    /** Starts the CLI, waits until it prints "paused at POINT" (the checkpoint hook), then kills it with SIGKILL. */
    public static void killAt(String point, String... args) throws Exception {
        Process p = start(command(List.of("-Dscorecardkit.pause-at=" + point), args), false);
        CompletableFuture<String> paused = CompletableFuture.supplyAsync(() -> waitFor(p, "paused at " + point));
        try {
            String seen = paused.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            if (seen != null) {
                throw new AssertionError("the run never reached " + point + "; it printed:\n" + seen);
            }
        } catch (TimeoutException e) {
            throw new AssertionError("the run did not reach " + point + " within " + LIMIT_SECONDS + " s");
        } finally {
            kill(p);
        }
    }

    /** Starts the CLI and kills it with SIGKILL after {@code millis}; returns whether it was still running then. */
    public static boolean killAfter(long millis, String... args) throws IOException, InterruptedException {
        Process p = start(command(List.of(), args), true);
        boolean ended = p.waitFor(millis, TimeUnit.MILLISECONDS);
        kill(p);
        return !ended;
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();   // SIGKILL on Unix: no shutdown hooks, no finally blocks
        if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("a killed child did not end");
        }
    }

    /** Reads the child's standard error until the line appears (returns null) or the stream ends (returns it all). */
    private static String waitFor(Process p, String line) {
        StringBuilder seen = new StringBuilder();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = err.readLine()) != null; ) {
                if (l.equals(line)) {
                    return null;
                }
                seen.append(l).append('\n');
            }
        } catch (IOException e) {
            seen.append(e);
        }
        return seen.toString();
    }

    private static Process start(List<String> command, boolean quiet) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (quiet) {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        return pb.start();
    }

    private static Run finish(Process p) throws IOException, InterruptedException {
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p));
        if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            kill(p);
            throw new AssertionError("the child did not end within " + LIMIT_SECONDS + " s");
        }
        return new Run(p.exitValue(), err.join());
    }

    private static String read(Process p) {
        try {
            return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
