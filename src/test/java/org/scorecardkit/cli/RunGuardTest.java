package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.tally.Merge;
import org.scorecardkit.tally.read.ReadFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level handler, driven by verbs that fail in every way a verb can: an exception, an Error,
 * a failure outside picocli, and a failure in another thread while the verb waits for it.
 */
class RunGuardTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Command(name = "fail")
    static final class Fail implements Callable<Integer> {
        static volatile Throwable toThrow;

        @Override
        public Integer call() throws Exception {
            if (toThrow instanceof Exception e) {
                throw e;
            }
            throw (Error) toThrow;
        }
    }

    /** Starts a thread that dies, then waits for it without a bound, as the tally's reader once did. */
    @Command(name = "wait-for-worker")
    static final class WaitForWorker implements Callable<Integer> {
        @Override
        public Integer call() throws InterruptedException {
            CountDownLatch never = new CountDownLatch(1);
            Thread worker = new Thread(() -> {
                throw new OutOfMemoryError("Java heap space");
            }, "worker");
            worker.start();
            never.await();
            return 0;
        }
    }

    int run(Throwable t, String... args) {
        Fail.toThrow = t;
        return RunGuard.run(() -> Main.commandLine().addSubcommand(new Fail()).addSubcommand(new WaitForWorker()), false, args);
    }

    /** Stderr is exactly one line, which names the failure and carries the hint, and no trace. */
    String oneLine() {
        String err = console.err();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("scorecard: "), err);
        assertTrue(err.strip().endsWith("; run again with --debug to see the details"), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), err);
        return err;
    }

    @Test
    void anExceptionIsOneLineWithItsNameAndMessage() {
        assertEquals(1, run(new IllegalStateException("the counts disagree"), "fail"));
        assertTrue(oneLine().startsWith("scorecard: IllegalStateException: the counts disagree;"), console.err());
    }

    @Test
    void outOfMemoryIsOneLineThatSaysWhatToDo() {
        assertEquals(1, run(new OutOfMemoryError("Java heap space"), "fail"));
        String line = oneLine();
        assertTrue(line.startsWith("scorecard: ran out of memory (Java heap space); try a smaller input or give Java more memory"
                + " with SCORECARD_JAVA_OPTS=-Xmx"), line);
    }

    @Test
    void theReadersOutOfMemoryNamesTheFileWithTheSameAdviceAndNoClassName() {
        assertEquals(1, run(ReadFailure.of(new OutOfMemoryError("Java heap space"), Path.of("returns.csv")), "fail"));
        assertEquals("scorecard: ran out of memory reading returns.csv (Java heap space); " + Failure.MEMORY_ADVICE + RunGuard.HINT,
                oneLine().strip());
    }

    @Test
    void anExceptionOfTheProjectsOwnIsItsMessageAlone() {
        assertEquals(1, run(new Merge.MergeException("b.state.json: no such file"), "fail"));
        assertEquals("scorecard: b.state.json: no such file" + RunGuard.HINT, oneLine().strip());
    }

    @Test
    void anyOtherErrorIsOneLineToo() {
        assertEquals(1, run(new StackOverflowError(), "fail"));
        assertTrue(oneLine().startsWith("scorecard: ran out of stack space"), console.err());
        assertEquals(1, run(new AssertionError("unreachable"), "fail"));
        assertTrue(console.err().contains("scorecard: AssertionError: unreachable;"), console.err());
    }

    @Test
    void aWrappedCauseIsNamedAndAMultiLineMessageStaysOnOneLine() {
        Exception wrapped = new RuntimeException(new java.util.concurrent.ExecutionException(
                new java.io.UncheckedIOException(new java.nio.file.AccessDeniedException("/data/returns.csv"))));
        assertEquals(1, run(wrapped, "fail"));
        assertTrue(oneLine().startsWith("scorecard: /data/returns.csv: permission denied;"), console.err());

        assertEquals(1, run(new IllegalArgumentException("first\nsecond\r\nthird"), "fail"));
        assertTrue(console.err().lines().anyMatch(l -> l.startsWith("scorecard: IllegalArgumentException: first / second / third;")),
                console.err());
    }

    @Test
    void withDebugBeforeOrAfterTheVerbTheTraceFollowsTheLine() {
        assertEquals(1, run(new IllegalStateException("boom"), "--debug", "fail"));
        String before = console.err();
        assertTrue(before.startsWith("scorecard: IllegalStateException: boom" + System.lineSeparator()), before);
        assertTrue(before.contains("java.lang.IllegalStateException: boom"), before);
        assertTrue(before.contains("\tat org.scorecardkit.cli.RunGuardTest.withDebugBeforeOrAfterTheVerbTheTraceFollowsTheLine"), before);

        assertEquals(1, run(new OutOfMemoryError("Java heap space"), "fail", "--debug"));
        assertTrue(console.err().contains("java.lang.OutOfMemoryError: Java heap space"), console.err());
    }

    @Test
    void aFailureOutsidePicocliIsCaughtToo() {
        int code = RunGuard.run(() -> {
            throw new CommandLine.InitializationException("a verb is declared twice");
        }, false, "build");
        assertEquals(1, code);
        assertTrue(oneLine().startsWith("scorecard: InitializationException: a verb is declared twice;"), console.err());
    }

    @Test
    void anotherThreadsFailureEndsAVerbThatWaitsForItWithOneLine() {
        boolean[] leftInterrupted = {true};
        int code = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            int c = run(null, "wait-for-worker");
            leftInterrupted[0] = Thread.currentThread().isInterrupted();
            return c;
        });
        assertEquals(1, code);
        assertTrue(oneLine().startsWith("scorecard: ran out of memory (Java heap space)"), console.err());
        assertFalse(leftInterrupted[0], "the caller's thread is not left interrupted");
    }

    @Test
    void theStreamsAndTheDefaultHandlerAreTheSameAfterTheRun() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();

        run(new IllegalStateException("boom"), "fail");

        assertSame(out, System.out);
        assertSame(err, System.err);
        assertSame(handler, Thread.getDefaultUncaughtExceptionHandler());
    }

    @Test
    void usageErrorsKeepExitTwoAndPicocliMessageWithoutTheHint() {
        assertEquals(2, run(null, "fail", "--no-such-option"));
        assertTrue(console.err().contains("Unknown option: '--no-such-option'"), console.err());
        assertFalse(console.err().contains("--debug to see"), console.err());
    }
}
