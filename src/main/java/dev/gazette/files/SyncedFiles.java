package dev.gazette.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The two steps of replacing a file the user's work is in (read marks, drafts): the new
 * content written to a temporary file and forced to the disk, then the temporary file renamed
 * over the old one, so a crash leaves the old file or the new one, never a mix.
 */
public final class SyncedFiles {
    private SyncedFiles() { }

    /** Writes {@code bytes} to {@code tmp} (emptied first) and forces them to the disk. */
    public static void writeSynced(Path tmp, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = Channels.newOutputStream(ch)) {
            out.write(bytes);
            out.flush();
            ch.force(true);
        }
    }

    /**
     * Renames {@code tmp} over {@code file}, atomically where the file system can. The file
     * keeps its permissions: a temporary file is made readable by its owner alone, and a
     * state file the user had shared (0644, a group's) should not turn private on a save.
     */
    public static void replace(Path tmp, Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
        } catch (IOException | UnsupportedOperationException e) {
            // a first save, or a file system without POSIX permissions: the temporary file's stay
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
