package dev.gazette.comments;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The eight-at-a-time searches give exactly what a byte-by-byte loop gives. */
class ByteSearchTest {

    @Test
    void agreesWithTheNaiveLoopOnRandomBytesAtEveryAlignment() {
        Random rnd = new Random(1);
        byte[] alphabet = {'a', 'Z', ' ', '\n', '"', '\\', 0x1f, 0x00, 0x7f, (byte) 0x80, (byte) 0xe6, (byte) 0xff, 0x21, 0x5b};
        for (int round = 0; round < 20_000; round++) {
            byte[] a = new byte[rnd.nextInt(40)];
            for (int i = 0; i < a.length; i++) {
                // mostly plain bytes, so that matches fall at every position of a long
                a[i] = rnd.nextInt(6) == 0 ? alphabet[rnd.nextInt(alphabet.length)] : (byte) ('a' + rnd.nextInt(26));
            }
            int from = a.length == 0 ? 0 : rnd.nextInt(a.length);
            int to = from + (a.length == from ? 0 : rnd.nextInt(a.length - from + 1));
            assertEquals(naiveNewline(a, from, to), ByteSearch.newline(a, from, to));
            assertEquals(naiveStop(a, from, to), ByteSearch.stringStop(a, from, to));
        }
    }

    private static int naiveNewline(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) if (a[i] == '\n') return i;
        return -1;
    }

    private static int naiveStop(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = a[i] & 0xff;
            if (c == '"' || c == '\\' || c < 0x20) return i;
        }
        return to;
    }
}
