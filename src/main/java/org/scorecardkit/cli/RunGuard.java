package org.scorecardkit.cli;

import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Runs one command line so that whatever fails, in the verb or in any other thread of the run, ends
 * the run with one line on stderr ({@code scorecard: <what went wrong>}) and exit code 1; the stack
 * trace is printed only with {@code --debug}. For the duration of the run the terminal streams are
 * filtered ({@link TerminalStreams}).
 */
final class RunGuard implements Thread.UncaughtExceptionHandler {
    static final String DEBUG = "--debug";
    static final String HINT = "; run again with " + DEBUG + " to see the details";
    /** How long the verb's thread gets to unwind after another thread failed, before a standalone run exits anyway. */
    static final long GRACE_MILLIS = 2_000;

    private final boolean debug;
    private final boolean standalone;
    private final Thread runner = Thread.currentThread();
    private Throwable failure;
    private boolean interrupted;
    private boolean finished;
    private boolean reported;

    private RunGuard(boolean debug, boolean standalone) {
        this.debug = debug;
        this.standalone = standalone;
    }

    /**
     * Runs the command line and returns its exit code. Standalone (the JVM is ours, from
     * {@code main}), a failure in another thread ends the process even when the verb's thread
     * does not unwind; in-process, that thread is interrupted and the run returns once it does.
     */
    static int run(Supplier<CommandLine> commands, boolean standalone, String... args) {
        RunGuard guard = new RunGuard(wantsDebug(List.of(args)), standalone);
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        try (TerminalStreams streams = TerminalStreams.install()) {
            Thread.setDefaultUncaughtExceptionHandler(guard);
            try {
                CommandLine cli = commands.get();
                cli.setExecutionExceptionHandler((e, command, parsed) -> {
                    guard.failed(e);
                    return 1;
                });
                return guard.exitCode(cli.execute(args));
            } catch (Throwable t) { // Errors pass through picocli, and anything may fail outside its execution
                guard.failed(t);
                return guard.exitCode(1);
            } finally {
                Thread.setDefaultUncaughtExceptionHandler(previous);
                guard.clearOwnInterrupt();
            }
        }
    }

    /** The option is declared on {@link Main} for parsing and help; it is read here, before parsing, because a failure may come first. */
    private static boolean wantsDebug(List<String> args) {
        int end = args.indexOf("--");
        return (end < 0 ? args : args.subList(0, end)).contains(DEBUG);
    }

    /** Another thread of the run died: that ends the run. */
    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        if (!failed(e)) {
            return; // the run has already failed; this is most likely a consequence
        }
        synchronized (this) {
            if (finished) {
                return;
            }
            interrupted = true;
            runner.interrupt(); // a verb waiting on that thread wakes up instead of waiting for ever
        }
        if (standalone) {
            Thread watchdog = new Thread(this::exitIfStuck, "scorecard-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
    }

    /** Records the first failure of the run; true when this was the first. */
    private synchronized boolean failed(Throwable e) {
        if (failure != null) {
            return false;
        }
        failure = e;
        return true;
    }

    private int exitCode(int code) {
        synchronized (this) {
            if (failure == null) {
                return code;
            }
        }
        report();
        return 1;
    }

    private void exitIfStuck() {
        try {
            runner.join(GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (runner.isAlive()) {
            report();
            System.exit(1);
        }
    }

    /** Prints the failure once, however many threads get here. */
    private void report() {
        Throwable f;
        synchronized (this) {
            if (reported) {
                return;
            }
            reported = true;
            f = failure;
        }
        System.out.flush();
        String line;
        try {
            line = Failure.describe(f);
        } catch (Throwable t) { // memory may still be short: say at least something true
            line = f.getClass().getName();
        }
        System.err.println("scorecard: " + line + (debug || Failure.isAnswer(f) ? "" : HINT));
        if (debug) {
            f.printStackTrace(System.err);
        }
        System.err.flush();
    }

    /** In-process, the caller's thread must not stay interrupted by a failure of this run. */
    private synchronized void clearOwnInterrupt() {
        finished = true;
        if (interrupted) {
            Thread.interrupted();
        }
    }
}
