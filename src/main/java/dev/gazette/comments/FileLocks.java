package dev.gazette.comments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One read/write lock per journal file, shared by every {@link CommentJournal} in this JVM.
 *
 * <p>Why it is needed besides {@link java.nio.channels.FileChannel#lock()}: file locks belong to
 * the process, so a second lock on the same file from this JVM throws
 * {@link java.nio.channels.OverlappingFileLockException} instead of waiting; and on POSIX
 * systems closing <em>any</em> descriptor of the file drops every lock the process holds on it,
 * so a reader that closes its channel while a writer is appending would silently unlock the
 * writer. Writers therefore hold the write lock around their whole open-lock-write-close
 * sequence. Readers need no lock to open or read (appends only add bytes after what they
 * read); they hold the read lock only to close their channel ({@link #closeQuietly}), so a
 * reader of a million lines never keeps a writer waiting.
 */
final class FileLocks {

    private static final ConcurrentMap<String, ReadWriteLock> LOCKS = new ConcurrentHashMap<>();

    private FileLocks() {}

    /**
     * Closes a reading channel on {@code file} (null is fine) once no writer in this JVM holds
     * the file lock, since closing would drop that lock. Close errors are of no interest to a
     * reader that has what it read.
     */
    static void closeQuietly(Path file, java.nio.channels.FileChannel ch) {
        if (ch == null) return;
        java.util.concurrent.locks.Lock lock = forPath(file).readLock();
        lock.lock();
        try {
            ch.close();
        } catch (IOException ignored) {
            // nothing was written through it
        } finally {
            lock.unlock();
        }
    }

    static ReadWriteLock forPath(Path file) {
        return LOCKS.computeIfAbsent(key(file), k -> new ReentrantReadWriteLock());
    }

    /**
     * The same string for every spelling of one file: its real path when it exists, else the
     * real path of its folder plus its name (what the real path will be once it is created).
     */
    static String key(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            return abs.toRealPath().toString();
        } catch (IOException missing) {
            Path parent = abs.getParent();
            if (parent != null && abs.getFileName() != null) {
                try {
                    return parent.toRealPath().resolve(abs.getFileName()).toString();
                } catch (IOException parentMissing) {
                    // fall through: the write will fail anyway and report why
                }
            }
            return abs.toString();
        }
    }
}
