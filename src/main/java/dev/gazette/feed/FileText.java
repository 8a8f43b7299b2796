package dev.gazette.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;

/**
 * The text of a big UTF-8 feed file, which can be found again by character offset after the
 * load: while the file is decoded, where each chunk of characters started in the file is
 * written down ({@link #decoder}), so a body can be read from the file when it is opened
 * instead of being kept in memory ({@link #readerAt}). UTF-8 carries no state from one
 * character to the next, so decoding may start again at any chunk's first byte.
 *
 * <p>The file must not change under the articles: every read first checks that its size,
 * time and inode are those it had when the load began, and says so plainly when not.
 */
public final class FileText {
    /** A body could not be read back: the file changed or went away. Its message is for the user. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path file;
    private final String stamp;
    private final long firstByte;
    /** Chunk k starts at character chars[k], which is byte bytes[k] of the file. Appended under the lock. */
    private long[] chars = new long[64];
    private long[] bytes = new long[64];
    private int checkpoints;

    /**
     * @param attributes the file's attributes read before the load (the stamp every read compares)
     * @param firstByte  where the decoded text starts in the file (after a byte order mark)
     */
    public FileText(Path file, BasicFileAttributes attributes, long firstByte) {
        this.file = file;
        this.stamp = stamp(attributes);
        this.firstByte = firstByte;
    }

    /** A decoder of in (the file's bytes from {@link #firstByte} on) that writes down where each read started. */
    public Utf8Decoder decoder(InputStream in) {
        return new Utf8Decoder(in, firstByte, (chars, bytes) -> checkpoint(chars, firstByte + bytes));
    }

    /**
     * The file's text from character {@code offset} on, decoded again from the file.
     *
     * @throws Unavailable when the file changed since the load or cannot be read
     */
    public Reader readerAt(long offset) {
        long charStart;
        long byteStart;
        synchronized (this) {
            int k = Arrays.binarySearch(chars, 0, checkpoints, offset);
            if (k < 0) k = -k - 2;
            if (k < 0) throw new IllegalArgumentException("offset " + offset + " is before the text");
            charStart = chars[k];
            byteStart = bytes[k];
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            try {
                if (!stamp(Files.readAttributes(file, BasicFileAttributes.class)).equals(stamp)) {
                    throw changed(null);
                }
                channel.position(byteStart);
                Utf8Decoder d = new Utf8Decoder(Channels.newInputStream(channel), byteStart, null);
                for (long skip = offset - charStart; skip > 0; ) {
                    long n = d.skip(skip);
                    if (n <= 0) throw changed(null);
                    skip -= n;
                }
                return d;
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new Unavailable(name() + " is gone since it was read; the article cannot be shown", e);
        } catch (IOException e) {
            throw new Unavailable(name() + ": read error: " + e.getMessage(), e);
        }
    }

    /** The message for a file that no longer holds what was read. */
    public Unavailable changed(Throwable cause) {
        return new Unavailable(name() + " changed since it was read; it is being read again", cause);
    }

    /** The file's name: the message goes on a status line, where a whole path would be cut. */
    private String name() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private synchronized void checkpoint(long charOffset, long byteOffset) {
        if (checkpoints > 0 && chars[checkpoints - 1] == charOffset) {
            bytes[checkpoints - 1] = byteOffset;   // an empty read: the later place is as good
            return;
        }
        if (checkpoints == chars.length) {
            chars = Arrays.copyOf(chars, checkpoints * 2);
            bytes = Arrays.copyOf(bytes, checkpoints * 2);
        }
        chars[checkpoints] = charOffset;
        bytes[checkpoints] = byteOffset;
        checkpoints++;
    }

    static String stamp(BasicFileAttributes a) {
        return a.size() + "/" + a.lastModifiedTime().toMillis() + "/" + Objects.toString(a.fileKey());
    }
}
