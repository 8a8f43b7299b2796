package dev.gazette.source;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replaces files whole: the new content goes to a temporary file in the same folder, which
 * is then renamed over the old one, so a reader (or a crash) sees the old file or the new
 * one, never a mix.
 */
final class AtomicFiles {
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong COUNTER = new AtomicLong();
    private AtomicFiles() { }

    static void write(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = newTemp(folder, "." + file.getFileName());
        try {
            Files.write(temp, content);
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates a new, empty temporary file in folder. Not Files.createTempFile: its random
     * names need SecureRandom, whose start costs ~30 ms on the first fetch of a cold JVM;
     * the process id and a counter are unique enough, and CREATE_NEW makes sure.
     */
    static Path newTemp(Path folder, String prefix) throws IOException {
        while (true) {
            Path temp = folder.resolve(prefix + "." + PID + "." + COUNTER.incrementAndGet() + ".part");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // A file left by an earlier process with the same id: take the next number.
            }
        }
    }

    /** Renames temp over target, atomically where the file system can. */
    static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
