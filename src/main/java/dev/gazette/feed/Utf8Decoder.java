package dev.gazette.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * UTF-8 into characters for the loaders. A byte that is not UTF-8 becomes U+FFFD, as in a
 * browser, so one stray byte never costs the whole feed; but it is counted, with the place of
 * the first, so that --check can say so ({@link #problem}) instead of a "�" appearing in a
 * title for no visible reason. With a {@link Checkpoints}, it also writes down where each
 * read started in characters and in bytes, which is how {@link FileText} finds a body again.
 */
public final class Utf8Decoder extends Reader {
    /** Told, before each read, how many characters were given and how many bytes they took. */
    public interface Checkpoints {
        void checkpoint(long charOffset, long byteOffset);
    }

    private final InputStream in;
    private final Checkpoints record; // null: nobody asks
    private final long firstByte;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer input = ByteBuffer.allocate(64 * 1024).flip();
    private long bytesFilled;
    private long charsGiven;
    private boolean end;
    private boolean flushed;
    /** A char decoded but not yet given (a read of one char decodes two, for a surrogate pair); else -1. */
    private int pending = -1;
    // Written by whichever thread decodes (the read-ahead's), read by the loader once it is done.
    private volatile long malformed;
    private volatile long firstMalformedAt = -1;
    private volatile int firstMalformedByte;

    /**
     * @param firstByte where in the file in starts (after a byte order mark), for the places
     *                  this decoder names
     * @param record    told where each read starts, or null
     */
    public Utf8Decoder(InputStream in, long firstByte, Checkpoints record) {
        this.in = in;
        this.firstByte = firstByte;
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
        if (record != null) record.checkpoint(charsGiven, bytesFilled - input.remaining());
        if (length == 1) return readOne(buffer, offset);
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.hasRemaining() && !flushed) {
            CoderResult r = decoder.decode(input, out, end);
            if (r.isOverflow()) break;
            if (r.isError()) {
                if (!out.hasRemaining()) break; // the bad bytes wait for the next read
                replace(r.length());
                out.put('\uFFFD');
            } else if (end) {
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

    /** Passes over the malformed bytes at the input's position, counting them. */
    private void replace(int length) {
        if (malformed == 0) {
            firstMalformedAt = firstByte + bytesFilled - input.remaining() + 1; // counted from 1, as lines are
            firstMalformedByte = input.get(input.position()) & 0xff;
        }
        malformed += length;
        input.position(input.position() + length);
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
        if (n < 0) {
            end = true;
        } else {
            input.position(input.position() + n);
            bytesFilled += n;
        }
        input.flip();
    }

    /**
     * What --check says about the bytes that were not UTF-8 ("2 bytes are not UTF-8 (the
     * first, 0xE9, byte 1,234 of the file); shown as �", bytes counted from 1), or null when there were none.
     */
    public String problem() {
        return problem(false);
    }

    /**
     * @param singleByteEncoding the file's start looked like ISO-8859-1 or windows-1252 rather
     *                           than UTF-8 with a stray byte ({@link #mostlyUtf8} was false):
     *                           said too, for a format that must be UTF-8 (JSON)
     */
    public String problem(boolean singleByteEncoding) {
        long n = malformed;
        if (n == 0) return null;
        return String.format(Locale.ROOT, "%s not UTF-8 (%s0x%02X, at byte %,d of the file); shown as \uFFFD%s",
                n == 1 ? "1 byte is" : String.format(Locale.ROOT, "%,d bytes are", n),
                n == 1 ? "" : "the first, ", firstMalformedByte, firstMalformedAt,
                singleByteEncoding ? " (is the file ISO-8859-1 or windows-1252? a JSON Feed must be UTF-8)" : "");
    }

    /** Whether head, from byte from on, decodes as UTF-8 (a character cut at its end is an error only when it is the whole file). */
    public static boolean isUtf8(byte[] head, int from, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(head.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(head, from, head.length - from), out, wholeFile);
        return !result.isError();
    }

    /**
     * Whether a file that starts with head is to be read as UTF-8: it decodes as UTF-8, or it
     * holds a well-formed multi-byte sequence, so that a mostly UTF-8 file with a stray byte
     * keeps its other characters (the stray ones are counted and reported, {@link #problem}).
     * A head with bytes over 0x7F and no such sequence is in a single-byte encoding.
     */
    public static boolean mostlyUtf8(byte[] head, int from, boolean wholeFile) {
        return isUtf8(head, from, wholeFile) || hasMultiByteUtf8(head, from);
    }

    /**
     * Whether head is UTF-8 beyond doubt: it decodes as UTF-8 and holds multi-byte sequences.
     * Text in a single-byte encoding almost never does ("Ã©" where it meant "é").
     */
    public static boolean clearlyUtf8(byte[] head, int from, boolean wholeFile) {
        return hasMultiByteUtf8(head, from) && isUtf8(head, from, wholeFile);
    }

    private static boolean hasMultiByteUtf8(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            int lead = b[i] & 0xff;
            int follow = b[i + 1] & 0xff;
            if (lead >= 0xC2 && lead <= 0xDF && (follow & 0xC0) == 0x80) return true;
            if (lead >= 0xE0 && lead <= 0xEF && i + 2 < b.length && (follow & 0xC0) == 0x80
                    && (b[i + 2] & 0xC0) == 0x80) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
