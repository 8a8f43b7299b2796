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

/**
 * Keeps a {@link JournalIndex} in step with the journal file, reading as little as it can.
 *
 * <p>A stat decides: unchanged, nothing is read; the same file grown, only the bytes after the
 * last complete line are read; anything else (replaced, shrunk, edited in place), everything is
 * read again. Opening an article in a large journal thus costs a stat, and another process's
 * new comment costs reading that one line.
 *
 * <p>Lines are read from their bytes ({@link FastFields}); texts are not decoded here, only
 * checked, so a journal of a million comments indexes in well under a second. No lock is held
 * while reading: appends by others only add bytes after what is read, and a line still being
 * written is the unterminated tail, read again next time.
 *
 * <p>Never writes. Not thread-safe; {@link CommentJournal} serialises calls.
 */
final class JournalLoader {

    private final Path file;
    private final JournalIndex index = new JournalIndex();
    private final LineFields fields = new LineFields();
    private FileStamp stamp;      // the stat the index reflects; null: nothing read yet
    private long offset;          // just after the last newline consumed
    private int unreadable;       // complete lines that could not be parsed
    private boolean tornTail;     // the bytes after the last newline are not a comment (yet)
    private String problem;
    /** Runs while the file is open for reading; a test checks that writers are not held up then. */
    Runnable whileReading = () -> { };

    JournalLoader(Path file) {
        this.file = file;
    }

    JournalIndex index() {
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
        if (!attrs.isRegularFile()) {
            // A FIFO would block the open until some writer came; a device may never end.
            fail(IoMessages.READ + IoMessages.notRegular(file));
            return;
        }
        FileStamp now = FileStamp.of(attrs);
        if (problem == null && now.equals(stamp)) return;
        if (problem != null || !now.grewFrom(stamp) || now.size() < offset) reset();

        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
            whileReading.run();
            if (offset > 0 && !newlineAt(ch, offset - 1)) {
                reset(); // the bytes before our offset changed: not an append, start over
            }
            index.reserveFor(now.size() - offset);
            read(ch, offset);
            // The stat taken before reading: if the file grew meanwhile, the next call sees a
            // newer stamp and reads the rest from the offset, so nothing is missed.
            stamp = now;
            problem = null;
        } catch (IOException e) {
            fail(IoMessages.forRead(file, e));
        } finally {
            FileLocks.closeQuietly(file, ch);
        }
    }

    private void read(FileChannel ch, long from) throws IOException {
        LineScanner.Result r = LineScanner.scan(ch, from, this::acceptLine);
        offset = r.endOfLastLine();
        tornTail = false;
        byte[] tail = r.tail();
        if (!isBlank(tail, 0, tail.length)) {
            // Not consumed: the offset stays before it, so it is read again next time. If it is
            // a line being written by another process it becomes a comment then; if it is a
            // complete object that lost only its newline it is shown now, and the index's
            // dedupe by id keeps it from showing twice once a later append terminates it.
            CommentCodec.Head h = head(tail, 0, tail.length, offset);
            if (h == null) tornTail = true;
            else index.add(h, offset, tail.length);
        }
    }

    private void acceptLine(byte[] bytes, int off, int len, long lineStart) {
        if (isBlank(bytes, off, len)) return; // an empty line carries nothing; not worth a warning
        CommentCodec.Head h = head(bytes, off, len, lineStart);
        if (h == null) unreadable++;
        else index.add(h, lineStart, len);
    }

    /** What the line holds, read from its bytes; Gson decides for a line of unusual shape. */
    private CommentCodec.Head head(byte[] bytes, int off, int len, long lineStart) {
        if (!FastFields.scan(bytes, off, len, fields)
                && !CommentCodec.readFields(new String(bytes, off, len, StandardCharsets.UTF_8), fields)) {
            return null;
        }
        return CommentCodec.head(fields, lineStart);
    }

    /** Only ASCII whitespace: a line of nothing, not worth a warning. */
    private static boolean isBlank(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != 0x0B && c != '\f' && !(c >= 0x1C && c <= 0x1F)) return false;
        }
        return true;
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
