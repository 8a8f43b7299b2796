package dev.gazette.source;

import dev.gazette.files.FileErrors;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Messages for files of the sources (the feeds file, an OPML file) that cannot be read. */
final class IoText {
    private IoText() { }

    /** One line for a file that could not be read, naming it. */
    static SourceException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) return new SourceException(file + ": no such file", e);
        if (e instanceof AccessDeniedException) return new SourceException(file + ": permission denied", e);
        return new SourceException(file + ": cannot be read (" + FileErrors.reason(e) + ")", e);
    }
}
