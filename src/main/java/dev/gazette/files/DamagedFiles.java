package dev.gazette.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file of Gazette's own that could not be read (cut short by a full disk, a hand edit gone
 * wrong) is copied aside before it is replaced: a text editor can still get back what it held.
 */
public final class DamagedFiles {
    /** The suffix of a damaged file's copy. */
    private static final String SUFFIX = ".damaged";

    private DamagedFiles() {}

    /** "feed.state.json.damaged": the name the first copy of {@code file} takes. */
    private static String copyName(Path file) {
        return file.getFileName() + SUFFIX;
    }

    /**
     * Copies {@code file} to {@link #copyName}, or to the next free ".damaged.N" name, so an
     * earlier copy is never replaced. Nothing is copied when it is not a regular file (a named
     * pipe would block the copy for good).
     */
    public static void keepCopy(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return;
        Path aside = file.resolveSibling(copyName(file));
        for (int n = 2; Files.exists(aside); n++) aside = file.resolveSibling(copyName(file) + "." + n);
        Files.copy(file, aside);
    }
}
