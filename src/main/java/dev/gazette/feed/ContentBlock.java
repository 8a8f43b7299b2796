package dev.gazette.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * The bodies of a run of consecutive articles. The parser hands them over as it read them
 * (Strings, or the characters of an XML text); once the block is full they are encoded to
 * UTF-8 in one go, usually on the store's background thread, and the block is then
 * compressed (LZ4) as a whole. Encoding off the parser's thread was a fifth of a 200 MB
 * JSON Feed's load; compressing ~64 KB at a time instead of each 2 KB body on its own
 * packs better (bodies of one feed share their markup) at the same speed, and opening an
 * article then unpacks one block, well under a millisecond. LZ4 rather than the JDK's
 * Deflater: at its fastest level Deflater took 1.15 s for 200 MB of HTML on the core it
 * shares with the parser, LZ4 0.25 s, for a quarter more bytes (72 against 55 MB).
 *
 * <p>Packed form of one body: for html, text and summary in turn, a varint (0 for null,
 * else UTF-8 length + 1) followed by the UTF-8 bytes ({@link Utf8Buffer}). Unpaired
 * surrogates cannot be UTF-8 and become '?'.
 *
 * <p>Thread-safe: the loader appends, a background thread encodes and compresses, and the
 * UI may already read bodies of articles it was shown early, from whichever form is there.
 */
final class ContentBlock {
    /** A body waiting to be encoded, with its origin for a report; item is {@link #NOT_CHECKED} for none. */
    private record Pending(CharSequence html, CharSequence text, CharSequence summary, int item, Origins origins) {}

    /**
     * Where each part of a checked body was written, for the report: a part's own place when
     * the reader knew it, else its item's start.
     */
    record Origins(JsonPositions.Position html, JsonPositions.Position text, JsonPositions.Position summary) {
        static final Origins NONE = new Origins(null, null, null);
    }

    static final int NOT_CHECKED = -1;

    private List<Pending> pending = new ArrayList<>();
    private int pendingChars;
    private int[] starts;      // once encoded: where each body starts in the unpacked bytes
    private byte[] raw;        // once encoded, until compressed (or when that saves nothing)
    private int size;
    private byte[] packed;     // once compressed; raw is then null

    private final LastUnpacked lastUnpacked;

    ContentBlock() {
        this(new LastUnpacked());
    }

    /** @param lastUnpacked shared by the blocks of one store */
    ContentBlock(LastUnpacked lastUnpacked) {
        this.lastUnpacked = lastUnpacked;
    }

    /**
     * Takes one body (any part may be null) and returns its index in the block.
     *
     * @param item    the body's item, returned by {@link #encode} with where its parts were
     *                written when a part has control characters; {@link #NOT_CHECKED} not to look
     * @param origins where each part was written
     */
    synchronized int add(CharSequence html, CharSequence text, CharSequence summary, int item, Origins origins) {
        if (starts != null) throw new IllegalStateException("the block is sealed");
        pending.add(new Pending(html, text, summary, item, origins));
        pendingChars += length(html) + length(text) + length(summary);
        return pending.size() - 1;
    }

    /** Characters waiting to be encoded: how full the block is. */
    synchronized int pendingChars() {
        return pendingChars;
    }

    synchronized boolean isEmpty() {
        return starts == null && pending.isEmpty();
    }

    /** The body at index (as returned by {@link #add}). */
    ArticleContent read(int index) {
        byte[] data;
        int start;
        synchronized (this) {
            if (starts == null) {
                // Not encoded yet: encode this one alone, so it reads the same as it will later.
                Pending p = pending.get(index);
                Utf8Buffer one = new Utf8Buffer(length(p.html) + length(p.text) + length(p.summary) + 16);
                one.putField(p.html, false);
                one.putField(p.text, false);
                one.putField(p.summary, false);
                data = one.bytes();
                start = 0;
            } else {
                data = data();
                start = starts[index];
            }
        }
        int[] pos = {start};
        String html = Utf8Buffer.readField(data, pos);
        String text = Utf8Buffer.readField(data, pos);
        String summary = Utf8Buffer.readField(data, pos);
        return new ArticleContent(html, text, summary);
    }

    /**
     * Encodes the bodies to UTF-8; the block takes no more after this. Returns the checked
     * bodies that had control characters (C0 other than tab and line breaks, DEL, C1).
     */
    List<ContentStore.Controls> encode() {
        List<Pending> bodies;
        int chars;
        synchronized (this) {
            if (starts != null) return List.of();
            bodies = List.copyOf(pending);
            chars = pendingChars;
        }
        Utf8Buffer out = new Utf8Buffer(chars + 16 * bodies.size());
        int[] at = new int[bodies.size()];
        List<ContentStore.Controls> found = List.of();
        for (int i = 0; i < bodies.size(); i++) {
            Pending p = bodies.get(i);
            at[i] = out.size();
            boolean check = p.item != NOT_CHECKED;
            boolean html = out.putField(p.html, check);
            boolean text = out.putField(p.text, check);
            boolean summary = out.putField(p.summary, check);
            if (html || text || summary) {
                if (found.isEmpty()) found = new ArrayList<>();
                found.add(new ContentStore.Controls(p.item, html ? p.origins.html() : null,
                        text ? p.origins.text() : null, summary ? p.origins.summary() : null));
            }
        }
        synchronized (this) {
            raw = out.bytes();
            size = out.size();
            starts = at;
            pending = null; // the bodies are bytes now
            pendingChars = 0;
        }
        return found;
    }

    /** Compresses the encoded block; keeps it raw (trimmed) when that saves nothing. */
    void compress() {
        byte[] data;
        int length;
        synchronized (this) {
            if (raw == null) return;
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

    /**
     * Lets go of the room the encoding set aside and did not use (it plans for three bytes a
     * character): for a block that stays uncompressed.
     */
    void trim() {
        synchronized (this) {
            if (raw != null && raw.length != size) raw = Arrays.copyOf(raw, size);
        }
    }

    /** Bytes held once encoded, for measurements and tests. */
    synchronized int storedBytes() {
        return packed != null ? packed.length : raw.length;
    }

    /** The encoded bytes; the caller holds the lock. */
    private byte[] data() {
        if (raw != null) return raw;
        byte[] data = lastUnpacked.get(this);
        if (data == null) {
            data = Lz4.decompress(packed, size);
            lastUnpacked.put(this, data);
        }
        return data;
    }

    private static int length(CharSequence s) {
        return s == null ? 0 : s.length();
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
