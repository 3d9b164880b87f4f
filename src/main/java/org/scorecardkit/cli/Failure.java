package org.scorecardkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.scorecardkit.output.OutputRefused;
import picocli.CommandLine;

/**
 * Says in words, on one line, what an unexpected exception or error means to the user: the file and
 * what was wrong with it for a file-system failure, what to do when memory ran out, the message
 * alone of an exception of the project's own, else the exception's name and message.
 */
final class Failure {
    /** What to do when memory ran out, wherever it did. */
    static final String MEMORY_ADVICE = "try a smaller input or give Java more memory with SCORECARD_JAVA_OPTS=-Xmx2g (or more)";

    private Failure() {
    }

    /**
     * An unexpected failure with a phrase saying what it stopped, e.g. "the build failed; the
     * previous site is untouched"; the line then reads "phrase: what went wrong".
     */
    static final class During extends RuntimeException {
        During(String what, Throwable cause) {
            super(what, cause);
        }
    }

    /**
     * A refusal whose message alone tells the user what to do (no project here, a folder not empty);
     * exit 1 with that line and no --debug hint.
     */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** Whether the failure is a refusal the user can act on from its message alone, so no --debug hint is needed. */
    static boolean isAnswer(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutputRefused || t instanceof Refused) {
                return true;
            }
        }
        return false;
    }

    /** One line: the phrases of any {@link During} around it, then the root failure in words. */
    static String describe(Throwable failure) {
        StringBuilder line = new StringBuilder();
        Throwable t = failure;
        while (true) {
            if (t instanceof During during && during.getCause() != null) {
                line.append(during.getMessage()).append(": ");
                t = during.getCause();
            } else if (isWrapper(t)) {
                t = t.getCause();
            } else {
                break;
            }
        }
        return oneLine(line.append(words(t)).toString());
    }

    /** A wrapper adds nothing a user needs: it exists to carry its cause across a thread or an interface. */
    private static boolean isWrapper(Throwable t) {
        Throwable cause = t.getCause();
        if (cause == null || cause == t) {
            return false;
        }
        return t instanceof ExecutionException || t instanceof CompletionException || t instanceof UncheckedIOException
                || t instanceof InvocationTargetException || t instanceof CommandLine.ExecutionException
                || t.getMessage() == null || t.getMessage().equals(cause.toString());
    }

    private static String words(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "ran out of memory (" + message(t, "no detail") + "); " + MEMORY_ADVICE;
        }
        if (t instanceof StackOverflowError) {
            return "ran out of stack space (the input nests too deeply?); give Java a bigger stack with SCORECARD_JAVA_OPTS=-Xss16m";
        }
        if (t instanceof FileSystemException fs) {
            return fileSystem(fs);
        }
        if (t instanceof IOException && t.getMessage() != null) {
            return lowerFirst(t.getMessage()); // e.g. "no space left on device", or a message of ours naming the file
        }
        if (t.getClass().getName().startsWith("org.scorecardkit.") && t.getMessage() != null) {
            // Ours are written for the user (e.g. a reader's "ran out of memory reading x.csv"); the class name is not.
            return t.getMessage() + (causedByOutOfMemory(t) ? "; " + MEMORY_ADVICE : "");
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static boolean causedByOutOfMemory(Throwable failure) {
        for (Throwable t = failure.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The JDK names only the file in most of these; the class says what was wrong with it. */
    private static String fileSystem(FileSystemException e) {
        String file = e.getFile() == null ? "a file" : e.getFile();
        String both = e.getOtherFile() == null ? file : file + " -> " + e.getOtherFile();
        if (e instanceof NoSuchFileException) {
            return both + ": no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return both + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "cannot create " + file + ": a file or folder of that name is already there";
        }
        if (e instanceof NotDirectoryException) {
            return file + ": not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return file + ": the folder is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return file + ": the symbolic links go round in a loop";
        }
        return both + ": " + (e.getReason() == null ? "cannot be used (" + e.getClass().getSimpleName() + ")" : lowerFirst(e.getReason()));
    }

    private static String message(Throwable t, String otherwise) {
        return t.getMessage() == null ? otherwise : t.getMessage();
    }

    /** "Is a directory" reads as "is a directory" after a colon. */
    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /** A message with line breaks would break the promise of one line. */
    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " / ");
    }
}
