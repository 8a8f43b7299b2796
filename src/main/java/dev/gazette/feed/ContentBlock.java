package dev.gazette.feed;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * The bodies of a run of consecutive articles, packed into one byte block that is
 * compressed (LZ4) as a whole once it is full. Compressing ~64 KB at a time instead of each
 * 2 KB body on its own packs better (bodies of one feed share their markup) at the same
 * speed, and opening an article then unpacks one block, well under a millisecond. LZ4
 * rather than the JDK's Deflater: at its fastest level Deflater took 1.15 s for 200 MB of
 * HTML on the core it shares with the parser, LZ4 0.25 s, for a quarter more bytes (72
 * against 55 MB); see README, Performance.
 *
 * <p>Packed form of one body: for html, text and summary in turn, a varint (0 for null,
 * else UTF-8 length + 1) followed by the UTF-8 bytes. Unpaired surrogates cannot be UTF-8
 * and become '?'.
 *
 * <p>Thread-safe: the loader appends and a background thread compresses while the UI may
 * already be reading bodies of articles it was shown early.
 */
final class ContentBlock {
    private byte[] raw;        // while filling, or when compressing did not make it smaller
    private int size;
    private byte[] packed;     // once compressed; raw is then null

    private final LastUnpacked lastUnpacked;

    ContentBlock(int capacity) {
        this(capacity, new LastUnpacked());
    }

    /** @param lastUnpacked shared by the blocks of one store */
    ContentBlock(int capacity, LastUnpacked lastUnpacked) {
        raw = new byte[capacity];
        this.lastUnpacked = lastUnpacked;
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

    /** Compresses the block, which gets no more appends; keeps it raw when that saves nothing. */
    void compress() {
        byte[] data;
        int length;
        synchronized (this) {
            data = raw;
            length = size;
        }
        byte[] compressed = Lz4.compress(data, length);
        synchronized (this) {
            if (compressed != null) {
                packed = compressed;
                raw = null;
            } else if (raw.length != size) {
                raw = Arrays.copyOf(raw, size);
            }
        }
    }

    /** Bytes held, for measurements and tests. */
    synchronized int storedBytes() {
        return packed != null ? packed.length : raw.length;
    }

    private synchronized byte[] data() {
        if (raw != null) return raw;
        byte[] data = lastUnpacked.get(this);
        if (data == null) {
            data = Lz4.decompress(packed, size);
            lastUnpacked.put(this, data);
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

    /**
     * The codec, made on first use: LZ4's fastest form is native code that lz4-java unpacks
     * from its jar (a temporary file, deleted on exit), with a pure Java fallback where that
     * cannot load. Only blocks past the first megabytes are compressed, so a small feed never
     * pays for this, and a big one pays on the compressing thread.
     */
    private static final class Lz4 {
        private static final LZ4Factory FACTORY = LZ4Factory.fastestInstance();
        private static final LZ4Compressor COMPRESSOR = FACTORY.fastCompressor();
        private static final LZ4SafeDecompressor DECOMPRESSOR = FACTORY.safeDecompressor();

        private Lz4() { }

        /** The compressed form of data[0, length), or null when it is not smaller. */
        static byte[] compress(byte[] data, int length) {
            byte[] out = new byte[COMPRESSOR.maxCompressedLength(length)];
            int n = COMPRESSOR.compress(data, 0, length, out, 0, out.length);
            return n < length ? Arrays.copyOf(out, n) : null;
        }

        static byte[] decompress(byte[] packed, int length) {
            byte[] out = new byte[length];
            try {
                int n = DECOMPRESSOR.decompress(packed, 0, packed.length, out, 0, length);
                if (n != length) throw new IllegalStateException("stored article bodies are damaged");
            } catch (LZ4Exception e) {
                throw new IllegalStateException("stored article bodies are damaged", e);
            }
            return out;
        }
    }
}
