package dev.gazette.comments;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.Lock;

/**
 * Appends one line to a journal so that concurrent writers never interleave or lose lines and
 * a failed write leaves the file as it was.
 *
 * <p>Sequence: JVM-wide write lock for the file, open with CREATE+APPEND, exclusive
 * {@link FileChannel#lock()} (other processes), look at the last byte, write the line in one
 * call (preceded by a newline if the file ends in a torn line), {@code force(true)}, release.
 */
final class JournalWriter {

    private JournalWriter() {}

    /**
     * @param line one JSON object, without newline
     * @return the byte offset at which the line starts in the file
     */
    static long append(Path file, String line) throws JournalException {
        if (Files.isDirectory(file)) {
            throw new JournalException(IoMessages.SAVE + IoMessages.isDirectory(file));
        }
        if (IoMessages.isFifo(file)) {
            throw new JournalException(IoMessages.SAVE + IoMessages.notRegular(file));
        }
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        Lock jvmLock = FileLocks.forPath(file).writeLock();
        jvmLock.lock();
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE, StandardOpenOption.APPEND);
             // A second channel because READ and APPEND cannot be combined. It is opened before
             // the file lock and closed after it is released: closing a descriptor of a locked
             // file drops the process's lock on POSIX systems.
             FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            try (FileLock ignored = lockExclusively(out)) {
                long size = out.size();
                boolean clean = endsWithNewline(in, size);
                ByteBuffer buf = clean
                        ? ByteBuffer.wrap(bytes)
                        : ByteBuffer.allocate(bytes.length + 1).put((byte) '\n').put(bytes).flip();
                writeAndSync(out, buf, size);
                return clean ? size : size + 1;
            }
        } catch (IOException e) {
            throw new JournalException(IoMessages.forWrite(file, e), e);
        } finally {
            jvmLock.unlock();
        }
    }

    /** True for an empty file, or one whose last byte ends a line; false after a torn line. */
    private static boolean endsWithNewline(FileChannel in, long size) throws IOException {
        if (size == 0) return true;
        ByteBuffer one = ByteBuffer.allocate(1);
        return in.read(one, size - 1) != 1 || one.get(0) == '\n';
    }

    private static void writeAndSync(FileChannel out, ByteBuffer buf, long sizeBefore) throws IOException {
        try {
            while (buf.hasRemaining()) out.write(buf); // one write() for a regular file in practice
            out.force(true);
        } catch (IOException e) {
            // Disk full or I/O error half way: cut off what did get written so the journal holds
            // no half line and, since the caller keeps the draft, no copy of a comment that a
            // retry would write again. Best effort; the original error is what gets reported.
            try {
                out.truncate(sizeBefore);
                out.force(true);
            } catch (IOException | RuntimeException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        }
    }

    /**
     * Blocks until this process holds the exclusive lock. OverlappingFileLockException can only
     * come from this JVM reaching the file under a path that {@link FileLocks} keys differently
     * (a hard link); then the other holder finishes soon, so wait and retry.
     */
    private static FileLock lockExclusively(FileChannel out) throws IOException {
        while (true) {
            try {
                return out.lock();
            } catch (OverlappingFileLockException held) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the journal lock", ie);
                }
            }
        }
    }
}
