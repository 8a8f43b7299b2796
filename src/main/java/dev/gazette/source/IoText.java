package dev.gazette.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Short readable reasons for file errors, for messages that already name the file. */
final class IoText {
    private IoText() { }

    /** One line for a file that could not be read, naming it. */
    static SourceException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) return new SourceException(file + ": no such file", e);
        if (e instanceof AccessDeniedException) return new SourceException(file + ": permission denied", e);
        return new SourceException(file + ": cannot be read (" + reason(e) + ")", e);
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
