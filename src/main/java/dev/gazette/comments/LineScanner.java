package dev.gazette.comments;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Splits a file into newline-terminated lines from a byte offset on, in large chunks.
 *
 * <p>It splits on the byte 0x0A, which never occurs inside a UTF-8 multi-byte sequence, so no
 * decoding happens until a whole line is known. Bytes after the last newline are handed back
 * as the tail: they are a torn line, or a line another process is writing right now, and the
 * caller decides what they mean without moving its offset past them.
 */
final class LineScanner {

    private static final int CHUNK = 1 << 20;

    /** Receives one complete line, without its newline; {@code lineStart} is its file offset. */
    interface LineSink {
        void line(byte[] bytes, int off, int len, long lineStart);
    }

    /**
     * @param endOfLastLine offset just after the last newline read (the start offset if none)
     * @param tail          bytes after that newline up to end of file; possibly empty
     */
    record Result(long endOfLastLine, byte[] tail) {}

    private LineScanner() {}

    static Result scan(FileChannel ch, long from, LineSink sink) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(CHUNK);
        byte[] a = buf.array();
        byte[] carry = new byte[0]; // part of a line that started in an earlier chunk
        int carryLen = 0;
        long pos = from;            // file offset of a[0]
        long lineStart = from;
        while (true) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n <= 0) break;
            int start = 0;
            for (int i = ByteSearch.newline(a, 0, n); i >= 0; i = ByteSearch.newline(a, i + 1, n)) {
                if (carryLen == 0) {
                    sink.line(a, start, i - start, lineStart);
                } else {
                    carry = append(carry, carryLen, a, start, i - start);
                    carryLen += i - start;
                    sink.line(carry, 0, carryLen, lineStart);
                    carryLen = 0;
                }
                start = i + 1;
                lineStart = pos + start;
            }
            carry = append(carry, carryLen, a, start, n - start);
            carryLen += n - start;
            pos += n;
        }
        return new Result(lineStart, Arrays.copyOf(carry, carryLen));
    }

    private static byte[] append(byte[] dst, int dstLen, byte[] src, int off, int len) {
        if (dstLen + len > dst.length) dst = Arrays.copyOf(dst, Math.max(dstLen + len, dst.length * 2));
        System.arraycopy(src, off, dst, dstLen, len);
        return dst;
    }
}
