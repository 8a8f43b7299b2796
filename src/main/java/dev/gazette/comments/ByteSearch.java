package dev.gazette.comments;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finding bytes eight at a time ("SIMD within a register"): the journal's texts are most of
 * its bytes, and indexing a million comments looks at every one of them twice (for the end
 * of the line, and for the end of the text string). Eight bytes are read as one long and tested
 * with the classic "has a zero byte" trick, whose lowest flagged byte is always exact.
 */
final class ByteSearch {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long SPACES = ONES * 0x20;

    private ByteSearch() {}

    /** Index of the first '\n' in a[from, to), or -1. */
    static int newline(byte[] a, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long v = (long) LONGS.get(a, i) ^ NEWLINES;
            long t = (v - ONES) & ~v & HIGHS;
            if (t != 0) return i + (Long.numberOfTrailingZeros(t) >>> 3);
        }
        for (; i < to; i++) {
            if (a[i] == '\n') return i;
        }
        return -1;
    }

    /**
     * Index of the first byte in a[from, to) that ends a plain run inside a JSON string: a quote,
     * a backslash or a control character (below 0x20); {@code to} if there is none.
     */
    static int stringStop(byte[] a, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long v = (long) LONGS.get(a, i);
            long q = v ^ QUOTES;
            long b = v ^ BACKSLASHES;
            long t = ((q - ONES) & ~q | (b - ONES) & ~b | (v - SPACES) & ~v) & HIGHS;
            if (t != 0) return i + (Long.numberOfTrailingZeros(t) >>> 3);
        }
        for (; i < to; i++) {
            byte c = a[i];
            if (c == '"' || c == '\\' || (c >= 0 && c < 0x20)) return i;
        }
        return to;
    }
}
