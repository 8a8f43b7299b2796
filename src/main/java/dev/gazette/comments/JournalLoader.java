package dev.gazette.comments;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.locks.Lock;

/**
 * Keeps a {@link CommentIndex} in step with the journal file, reading as little as it can.
 *
 * <p>A stat decides: unchanged, nothing is read; the same file grown, only the bytes after the
 * last complete line are read; anything else (replaced, shrunk, edited in place), everything is
 * read again. Opening an article in a large journal thus costs a stat, and another process's
 * new comment costs reading that one line.
 *
 * <p>Never writes. Not thread-safe; {@link CommentJournal} serialises calls.
 */
final class JournalLoader {

    private final Path file;
    private final CommentIndex index = new CommentIndex();
    private FileStamp stamp;      // the stat the index reflects; null: nothing read yet
    private long offset;          // just after the last newline consumed
    private int unreadable;       // complete lines that could not be parsed
    private boolean tornTail;     // the bytes after the last newline are not a comment (yet)
    private String problem;

    JournalLoader(Path file) {
        this.file = file;
    }

    CommentIndex index() {
        return index;
    }

    /** Complete lines skipped, plus a torn last line; a torn line is counted once, not per read. */
    int unreadableLines() {
        return unreadable + (tornTail ? 1 : 0);
    }

    String problem() {
        return problem;
    }

    void refreshIfChanged() {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            reset(); // no journal yet: no comments, and that is not a problem
            problem = null;
            return;
        } catch (IOException e) {
            fail(IoMessages.forRead(file, e));
            return;
        }
        if (attrs.isDirectory()) {
            fail(IoMessages.READ + IoMessages.isDirectory(file));
            return;
        }
        FileStamp now = FileStamp.of(attrs);
        if (problem == null && now.equals(stamp)) return;
        if (problem != null || !now.grewFrom(stamp) || now.size() < offset) reset();

        Lock lock = FileLocks.forPath(file).readLock();
        lock.lock();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (offset > 0 && !newlineAt(ch, offset - 1)) {
                reset(); // the bytes before our offset changed: not an append, start over
            }
            read(ch, offset);
            // The stat taken before reading: if the file grew meanwhile, the next call sees a
            // newer stamp and reads the rest from the offset, so nothing is missed.
            stamp = now;
            problem = null;
        } catch (IOException e) {
            fail(IoMessages.forRead(file, e));
        } finally {
            lock.unlock();
        }
    }

    private void read(FileChannel ch, long from) throws IOException {
        LineScanner.Result r = LineScanner.scan(ch, from, this::acceptLine);
        offset = r.endOfLastLine();
        tornTail = false;
        String tail = new String(r.tail(), StandardCharsets.UTF_8);
        if (!tail.isBlank()) {
            // Not consumed: the offset stays before it, so it is read again next time. If it is
            // a line being written by another process it becomes a comment then; if it is a
            // complete object that lost only its newline it is shown now, and the index's
            // dedupe by id keeps it from showing twice once a later append terminates it.
            Comment c = CommentCodec.decode(tail, offset);
            if (c == null) tornTail = true;
            else index.add(c);
        }
    }

    private void acceptLine(byte[] bytes, int off, int len, long lineStart) {
        String line = new String(bytes, off, len, StandardCharsets.UTF_8);
        if (line.isBlank()) return; // an empty line carries nothing; not worth a warning
        Comment c = CommentCodec.decode(line, lineStart);
        if (c == null) unreadable++;
        else index.add(c);
    }

    private static boolean newlineAt(FileChannel ch, long pos) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        return ch.read(one, pos) == 1 && one.get(0) == '\n';
    }

    private void fail(String message) {
        reset();
        problem = message;
    }

    private void reset() {
        index.clear();
        stamp = null;
        offset = 0;
        unreadable = 0;
        tornTail = false;
    }
}
