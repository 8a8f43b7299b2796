package dev.gazette.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
    public Reader decoder(InputStream in) {
        return new Decoder(in, this);
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
                Decoder d = new Decoder(Channels.newInputStream(channel), null);
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

    /**
     * UTF-8 into characters, malformed bytes replaced as the loader's decoder replaces them,
     * counting the bytes taken and characters given so each read can be found again.
     */
    private static final class Decoder extends Reader {
        private final InputStream in;
        private final FileText record; // null: only reading
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer input = ByteBuffer.allocate(64 * 1024).flip();
        private long bytesFilled;
        private long charsGiven;
        private boolean end;
        private boolean flushed;
        /** A char decoded but not yet given (a read of one char decodes two, for a surrogate pair); else -1. */
        private int pending = -1;

        Decoder(InputStream in, FileText record) {
            this.in = in;
            this.record = record;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) return 0;
            if (pending >= 0) {
                buffer[offset] = (char) pending;
                pending = -1;
                charsGiven++;
                return 1;
            }
            if (record != null) record.checkpoint(charsGiven, record.firstByte + bytesFilled - input.remaining());
            if (length == 1) return readOne(buffer, offset);
            CharBuffer out = CharBuffer.wrap(buffer, offset, length);
            while (out.hasRemaining() && !flushed) {
                // Never an error: malformed input is replaced.
                CoderResult r = decoder.decode(input, out, end);
                if (r.isOverflow()) break;
                if (end) {
                    decoder.flush(out);
                    flushed = true;
                } else {
                    fill();
                }
            }
            int n = out.position() - offset;
            charsGiven += n;
            return n == 0 && flushed ? -1 : n;
        }

        /** One char: two are decoded (the decoder cannot split a surrogate pair), the second kept for the next read. */
        private int readOne(char[] buffer, int offset) throws IOException {
            char[] two = new char[2];
            int n = read(two, 0, 2);
            if (n <= 0) return n;
            charsGiven -= n - 1;
            buffer[offset] = two[0];
            if (n == 2) pending = two[1];
            return 1;
        }

        private void fill() throws IOException {
            input.compact();
            int n = in.read(input.array(), input.position(), input.remaining());
            if (n < 0) end = true;
            else {
                input.position(input.position() + n);
                bytesFilled += n;
            }
            input.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
