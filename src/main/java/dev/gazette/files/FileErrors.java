package dev.gazette.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Why a file operation failed, in a few words for a message that already names the file:
 * "permission denied", "read-only file system", "no space left on device".
 *
 * <p>The words never come from the exception's message alone: the JDK gives an
 * AccessDeniedException no reason, so its message is only the path it was working on, and for
 * a file replaced atomically that path is the temporary file beside it, which means nothing to
 * the user.
 */
public final class FileErrors {
    private FileErrors() { }

    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof FileSystemException f) {
            if (f.getReason() != null) return lowerFirst(oneLine(f.getReason()));
            // The message is just the path: say what kind of failure it was instead.
            return f.getClass() == FileSystemException.class ? "file system error" : words(f.getClass().getSimpleName());
        }
        return e.getMessage() == null ? "input/output error" : lowerFirst(oneLine(e.getMessage()));
    }

    /** "Read-only file system" (the operating system's words) to "read-only file system". */
    private static String lowerFirst(String s) {
        if (s.isEmpty()) return s;
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    /** "FileAlreadyExistsException" to "file already exists", for failures the JDK gives no words. */
    private static String words(String className) {
        String name = className.endsWith("Exception")
                ? className.substring(0, className.length() - "Exception".length()) : className;
        return name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
