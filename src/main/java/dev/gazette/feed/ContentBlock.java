package dev.gazette.feed;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The bodies of a run of consecutive articles, packed into one byte block that is deflated
 * as a whole once it is full. Deflating ~64 KB at a time instead of each 2 KB body on its
 * own compresses better (bodies of one feed share their markup) at the same speed, and
 * opening an article then inflates one block, well under a millisecond.
 *
 * <p>Packed form of one body: for html, text and summary in turn, a varint (0 for null,
 * else UTF-8 length + 1) followed by the UTF-8 bytes. Unpaired surrogates cannot be UTF-8
 * and become '?'.
 *
 * <p>Thread-safe: the loader appends and a background thread compresses while the UI may
 * already be reading bodies of articles it was shown early.
 */
final class ContentBlock {
    private byte[] raw;        // while filling, or when deflating did not make it smaller
    private int size;
    private byte[] deflated;   // once compressed; raw is then null

    private final LastInflated lastInflated;

    ContentBlock(int capacity) {
        this(capacity, new LastInflated());
    }

    /** @param lastInflated shared by the blocks of one store */
    ContentBlock(int capacity, LastInflated lastInflated) {
        raw = new byte[capacity];
        this.lastInflated = lastInflated;
    }

    /** Appends one body and returns its offset in the block. */
    synchronized int append(String html, String text, String summary) {
        int offset = size;
        putField(html);
        putField(text);
        putField(summary);
        return offset;
    }

    /** Appends one body given as UTF-8 bytes and returns its offset in the block. */
    synchronized int appendUtf8(byte[] html, byte[] text, byte[] summary) {
        int offset = size;
        putUtf8(html);
        putUtf8(text);
        putUtf8(summary);
        return offset;
    }

    synchronized int size() {
        return size;
    }

    /** The body at offset (as returned by {@link #append}). */
    ArticleContent read(int offset) {
        byte[] data = data();
        int[] pos = {offset};
        String html = readField(data, pos);
        String text = readField(data, pos);
        String summary = readField(data, pos);
        return new ArticleContent(html, text, summary);
    }

    /** Deflates the block, which gets no more appends; keeps it raw when that saves nothing. */
    void compress(Deflater deflater) {
        byte[] data;
        int length;
        synchronized (this) {
            data = raw;
            length = size;
        }
        byte[] packed = deflate(deflater, data, length);
        synchronized (this) {
            if (packed != null) {
                deflated = packed;
                raw = null;
            } else if (raw.length != size) {
                raw = Arrays.copyOf(raw, size);
            }
        }
    }

    /** Bytes held, for measurements and tests. */
    synchronized int storedBytes() {
        return deflated != null ? deflated.length : raw.length;
    }

    private synchronized byte[] data() {
        if (raw != null) return raw;
        byte[] data = lastInflated.get(this);
        if (data == null) {
            data = inflate(deflated, size);
            lastInflated.put(this, data);
        }
        return data;
    }

    private void putField(String s) {
        if (s == null) {
            ensure(1);
            size = putVarint(raw, size, 0);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        ensure(5 + utf8.length);
        size = putVarint(raw, size, utf8.length + 1);
        System.arraycopy(utf8, 0, raw, size, utf8.length);
        size += utf8.length;
    }

    private void putUtf8(byte[] utf8) {
        if (utf8 == null) {
            ensure(1);
            size = putVarint(raw, size, 0);
            return;
        }
        ensure(5 + utf8.length);
        size = putVarint(raw, size, utf8.length + 1);
        System.arraycopy(utf8, 0, raw, size, utf8.length);
        size += utf8.length;
    }

    private void ensure(int more) {
        if (size + more > raw.length) raw = Arrays.copyOf(raw, Math.max(raw.length * 2, size + more));
    }

    /** The zlib stream of data[0, length), or null when it is not smaller. */
    private static byte[] deflate(Deflater deflater, byte[] data, int length) {
        deflater.setInput(data, 0, length);
        deflater.finish();
        byte[] out = new byte[Math.max(64, length / 2)];
        int n = 0;
        while (!deflater.finished()) {
            if (n == out.length) {
                if (n >= length) return null;
                out = Arrays.copyOf(out, Math.min(length, out.length * 2));
            }
            n += deflater.deflate(out, n, out.length - n);
        }
        return n < length ? Arrays.copyOf(out, n) : null;
    }

    private static byte[] inflate(byte[] data, int length) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            byte[] out = new byte[length];
            int n = 0;
            while (n < length) {
                int got = inflater.inflate(out, n, length - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) break;
                n += got;
            }
            if (n != length) throw new IllegalStateException("stored article bodies are damaged");
            return out;
        } catch (DataFormatException e) {
            throw new IllegalStateException("stored article bodies are damaged", e);
        } finally {
            inflater.end();
        }
    }

    private static String readField(byte[] data, int[] pos) {
        int lengthPlusOne = readVarint(data, pos);
        if (lengthPlusOne == 0) return null;
        String s = new String(data, pos[0], lengthPlusOne - 1, StandardCharsets.UTF_8);
        pos[0] += lengthPlusOne - 1;
        return s;
    }

    private static int readVarint(byte[] data, int[] pos) {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = data[pos[0]++];
            value |= (b & 0x7f) << shift;
            if (b >= 0) return value;
        }
    }

    private static int putVarint(byte[] out, int at, int value) {
        int v = value;
        while ((v & ~0x7f) != 0) {
            out[at++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out[at++] = (byte) v;
        return at;
    }
}
