package dev.gazette.comments;

import java.util.Arrays;

/**
 * A growable list of id strings in little memory: a canonical lowercase UUID (what Gazette
 * writes) is kept as two longs side by side, anything else ("line@120", a hand-written "c1")
 * as its String. At a million comments: about 20 bytes an id instead of about 80. Not
 * thread-safe while it grows; a list that is no longer added to may be read from any thread.
 */
final class IdList {

    private long[] uuid;    // entry n at [2n] (high bits) and [2n + 1] (low bits)
    private String[] other; // null where the id is a UUID held in uuid
    private int size;

    IdList(int capacity) {
        int cap = Math.max(capacity, 4);
        uuid = new long[2 * cap];
        other = new String[cap];
    }

    int size() {
        return size;
    }

    int add(String id) {
        return add(id, key(id));
    }

    /** {@code key} is {@link #key(String)} of {@code id}, already worked out by the caller. */
    int add(String id, long[] key) {
        int n = grow();
        if (key != null) {
            uuid[2 * n] = key[0];
            uuid[2 * n + 1] = key[1];
        } else {
            other[n] = id;
        }
        return n;
    }

    /** Appends entry {@code i} of {@code from} without building its String. */
    int addFrom(IdList from, int i) {
        int n = grow();
        uuid[2 * n] = from.uuid[2 * i];
        uuid[2 * n + 1] = from.uuid[2 * i + 1];
        other[n] = from.other[i];
        return n;
    }

    String get(int n) {
        if (other[n] != null) return other[n];
        long hi = uuid[2 * n], lo = uuid[2 * n + 1];
        char[] c = new char[36];
        hex(c, 0, hi >>> 32, 8);
        c[8] = '-';
        hex(c, 9, hi >>> 16, 4);
        c[13] = '-';
        hex(c, 14, hi, 4);
        c[18] = '-';
        hex(c, 19, lo >>> 48, 4);
        c[23] = '-';
        hex(c, 24, lo, 12);
        return new String(c);
    }

    /** True when entry {@code n} is {@code id}; {@code key} is {@link #key(String)} of it. */
    boolean matches(int n, String id, long[] key) {
        if (key == null) return id.equals(other[n]);
        return uuid[2 * n] == key[0] && uuid[2 * n + 1] == key[1] && other[n] == null;
    }

    /** The first index holding {@code id}, or -1; a linear scan. */
    int indexOf(String id) {
        long[] key = key(id);
        for (int n = 0; n < size; n++) {
            if (matches(n, id, key)) return n;
        }
        return -1;
    }

    int hash(int n) {
        return other[n] == null ? mix(uuid[2 * n] * 0x9E3779B97F4A7C15L ^ uuid[2 * n + 1]) : mix(other[n].hashCode());
    }

    static int hash(String id, long[] key) {
        return key == null ? mix(id.hashCode()) : mix(key[0] * 0x9E3779B97F4A7C15L ^ key[1]);
    }

    /** {hi, lo} for a canonical UUID, else null; one pass over the id (this runs for every line). */
    static long[] key(String id) {
        if (id.length() != 36) return null;
        long hi = 0, lo = 0;
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') return null;
                continue;
            }
            int v = c < HEX.length ? HEX[c] : -1;
            if (v < 0) return null;
            if (i < 18) hi = hi << 4 | v;
            else lo = lo << 4 | v;
        }
        return new long[] {hi, lo};
    }

    /** Lowercase hex digits only: an uppercase UUID is kept as a String, so it reads back as written. */
    private static final byte[] HEX = new byte[128];

    static {
        Arrays.fill(HEX, (byte) -1);
        for (int d = 0; d < 10; d++) HEX['0' + d] = (byte) d;
        for (int d = 0; d < 6; d++) HEX['a' + d] = (byte) (10 + d);
    }

    void clear() {
        Arrays.fill(other, 0, size, null);
        size = 0;
    }

    private int grow() {
        if (size == other.length) {
            int cap = size * 2;
            uuid = Arrays.copyOf(uuid, 2 * cap);
            other = Arrays.copyOf(other, cap);
        }
        return size++;
    }

    private static int mix(long x) {
        x *= 0x9E3779B97F4A7C15L;
        x ^= x >>> 29;
        x *= 0xBF58476D1CE4E5B9L;
        return (int) (x ^ x >>> 32);
    }

    private static void hex(char[] out, int at, long v, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            out[at + i] = Character.forDigit((int) (v & 0xF), 16);
            v >>>= 4;
        }
    }
}
