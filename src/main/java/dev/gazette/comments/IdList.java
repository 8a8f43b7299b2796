package dev.gazette.comments;

import java.util.Arrays;

/**
 * A growable list of id strings in little memory: a canonical lowercase UUID (what Gazette
 * writes) is kept as two longs, anything else ("line@120", a hand-written "c1") as its String.
 * At a million comments: 20 bytes an id instead of about 80. Not thread-safe while it grows;
 * a list that is no longer added to may be read from any thread.
 */
final class IdList {

    private long[] hi;
    private long[] lo;
    private String[] other; // null where the id is a UUID held in hi/lo
    private int size;

    IdList(int capacity) {
        int cap = Math.max(capacity, 4);
        hi = new long[cap];
        lo = new long[cap];
        other = new String[cap];
    }

    int size() {
        return size;
    }

    int add(String id) {
        int n = grow();
        if (isUuid(id)) {
            hi[n] = high(id);
            lo[n] = low(id);
        } else {
            other[n] = id;
        }
        return n;
    }

    /** Appends entry {@code i} of {@code from} without building its String. */
    int addFrom(IdList from, int i) {
        int n = grow();
        hi[n] = from.hi[i];
        lo[n] = from.lo[i];
        other[n] = from.other[i];
        return n;
    }

    String get(int n) {
        if (other[n] != null) return other[n];
        char[] c = new char[36];
        hex(c, 0, hi[n] >>> 32, 8);
        c[8] = '-';
        hex(c, 9, hi[n] >>> 16, 4);
        c[13] = '-';
        hex(c, 14, hi[n], 4);
        c[18] = '-';
        hex(c, 19, lo[n] >>> 48, 4);
        c[23] = '-';
        hex(c, 24, lo[n], 12);
        return new String(c);
    }

    /** True when entry {@code n} is {@code id}; {@code key} is {@link #key(String)} of it. */
    boolean matches(int n, String id, long[] key) {
        return key == null ? id.equals(other[n]) : other[n] == null && hi[n] == key[0] && lo[n] == key[1];
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
        return other[n] == null ? mix(hi[n] * 0x9E3779B97F4A7C15L ^ lo[n]) : mix(other[n].hashCode());
    }

    static int hash(String id, long[] key) {
        return key == null ? mix(id.hashCode()) : mix(key[0] * 0x9E3779B97F4A7C15L ^ key[1]);
    }

    /** {hi, lo} for a canonical UUID, else null. */
    static long[] key(String id) {
        return isUuid(id) ? new long[] {high(id), low(id)} : null;
    }

    void clear() {
        Arrays.fill(other, 0, size, null);
        size = 0;
    }

    private int grow() {
        if (size == hi.length) {
            int cap = size * 2;
            hi = Arrays.copyOf(hi, cap);
            lo = Arrays.copyOf(lo, cap);
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

    /** Exactly the form {@code UUID.toString()} gives: 8-4-4-4-12 lowercase hex digits. */
    static boolean isUuid(String s) {
        if (s.length() != 36) return false;
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') return false;
            } else if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static long high(String id) {
        return hexLong(id, 0, 8) << 32 | hexLong(id, 9, 4) << 16 | hexLong(id, 14, 4);
    }

    private static long low(String id) {
        return hexLong(id, 19, 4) << 48 | hexLong(id, 24, 12);
    }

    private static long hexLong(String s, int from, int len) {
        long v = 0;
        for (int i = from; i < from + len; i++) v = v << 4 | Character.digit(s.charAt(i), 16);
        return v;
    }

    private static void hex(char[] out, int at, long v, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            out[at + i] = Character.forDigit((int) (v & 0xF), 16);
            v >>>= 4;
        }
    }
}
