package dev.gazette.comments;

import dev.gazette.files.FileErrors;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns an I/O failure on the journal into one line a user can act on, for the status line.
 * Never a stack trace, never a Java class name when a plain reason is known.
 */
final class IoMessages {

    static final String SAVE = "cannot save comment: ";
    static final String WITHDRAW = "cannot withdraw the comment: ";
    static final String READ = "cannot read comments: ";
    static final String DRAFTS = "cannot save drafts: ";

    private IoMessages() {}

    static String forWrite(Path file, IOException e) {
        return SAVE + reason(file, e, true);
    }

    static String forDrafts(Path file, IOException e) {
        return DRAFTS + reason(file, e, true);
    }

    static String forRead(Path file, IOException e) {
        return READ + reason(file, e, false);
    }

    static String notRegular(Path file) {
        return file + " is not a regular file";
    }

    /**
     * True for a named pipe: opening one to write blocks until a reader comes, so the journal and
     * the drafts refuse it. Other special files (a device such as /dev/full) are left to fail
     * or succeed on their own.
     */
    static boolean isFifo(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode"); // of what a link points to
            return mode instanceof Integer m && (m & 0170000) == 0010000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // no such file, or no unix view: nothing to refuse
        }
    }

    static String isDirectory(Path file) {
        return file + " is a directory";
    }

    private static String reason(Path file, IOException e, boolean writing) {
        // Never the exception's bare message: for a denied write it is only a path, which for
        // the drafts is the temporary file beside them.
        String why = FileErrors.reason(e);
        String low = why.toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || low.contains("permission denied")) {
            return (writing ? "permission denied (read-only): " : "permission denied: ") + file;
        }
        if (low.contains("read-only file system")) return "read-only file system: " + file;
        if (low.contains("no space left")) return "disk full";
        if (low.contains("quota exceeded")) return "disk quota exceeded";
        if (low.contains("is a directory")) return isDirectory(file);
        if (e instanceof NoSuchFileException || low.contains("not a directory")) {
            return missingFolder(file);
        }
        return why;
    }

    /** Which part of the path is wrong: the nearest ancestor that is a file, or the missing folder. */
    private static String missingFolder(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p)
                        ? (p.equals(parent) ? file + " cannot be created" : "folder " + parent + " does not exist")
                        : p + " is not a folder";
            }
        }
        return "folder " + parent + " does not exist";
    }
}
