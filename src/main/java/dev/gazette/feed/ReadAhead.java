package dev.gazette.feed;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Decodes a big feed's bytes into characters on a thread of its own while the parser reads
 * the characters decoded before. Decoding UTF-8 is a third of the work of reading an RSS
 * file and a sixth of a JSON Feed's; on a machine with a second core this takes it off the
 * parser's thread (README, Performance). A small feed is read directly: a thread would cost
 * more than it saves.
 *
 * <p>At most {@link #CHUNKS_AHEAD} chunks wait, so memory stays bounded however far the
 * decoder gets ahead. The load that made this closes it, which stops the thread wherever it
 * is; errors of the source reach the parser in order, after the characters before them.
 */
public final class ReadAhead implements AutoCloseable {
    /** A feed at least this big is decoded ahead. */
    static final long MIN_BYTES = 4L * 1024 * 1024;

    /** Big chunks: each hand-over between the two threads costs a wake-up. */
    private static final int CHUNK_CHARS = 128 * 1024;
    private static final int CHUNKS_AHEAD = 8;

    private final boolean enabled;
    private Thread thread;
    private ChunkReader chunks;
    private volatile boolean closed;

    private ReadAhead(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * For a feed of size bytes (-1 when unknown: a pipe, which may be big): decoding ahead
     * when the feed is big and there is a second core for it.
     */
    static ReadAhead forSize(long size) {
        boolean big = size < 0 || size >= MIN_BYTES;
        return new ReadAhead(big && Runtime.getRuntime().availableProcessors() > 1);
    }

    /** Always decodes ahead: for tests. */
    static ReadAhead always() {
        return new ReadAhead(true);
    }

    /** Whether {@link #reader} decodes on a thread of its own (else it hands source back). */
    public boolean decodesAhead() {
        return enabled;
    }

    /** The characters of source, decoded ahead when that pays; at most one reader per load. */
    public Reader reader(Reader source) {
        if (!enabled) return source;
        if (thread != null) throw new IllegalStateException("one reader per load");
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        // Arrays the parser is done with, decoded into again: 200 MB of text would
        // otherwise be 400 MB of fresh arrays for the collector.
        BlockingQueue<char[]> free = new ArrayBlockingQueue<>(CHUNKS_AHEAD + 2);
        thread = new Thread(() -> decode(source, queue, free), "gazette-read-ahead");
        thread.setDaemon(true); // never keeps the JVM alive
        thread.start();
        chunks = new ChunkReader(queue, free);
        return chunks;
    }

    /** Characters the {@link #reader} has handed out so far: the parser's place in the text. Parser's thread only. */
    long charsRead() {
        return chunks == null ? 0 : chunks.given;
    }

    /** The decoding thread, null before {@link #reader} or when reading directly. */
    Thread thread() {
        return thread;
    }

    /** Stops the decoding thread (it may be blocked on a full queue after a failed load). */
    @Override
    public void close() {
        closed = true;
        if (thread != null) thread.interrupt();
    }

    private void decode(Reader source, BlockingQueue<Chunk> queue, BlockingQueue<char[]> free) {
        try {
            while (!closed) {
                char[] chars = free.poll();
                if (chars == null) chars = new char[CHUNK_CHARS];
                int n = source.read(chars, 0, chars.length);
                if (n < 0) {
                    hand(queue, Chunk.END);
                    return;
                }
                if (n > 0) hand(queue, new Chunk(chars, n, null));
            }
        } catch (IOException | RuntimeException e) {
            try {
                hand(queue, new Chunk(null, 0, e));
            } catch (InterruptedException stopped) {
                // closed: nobody is reading any more
            }
        } catch (InterruptedException stopped) {
            // closed
        }
    }

    private void hand(BlockingQueue<Chunk> queue, Chunk chunk) throws InterruptedException {
        while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
            if (closed) throw new InterruptedException();
        }
    }

    /** Decoded characters, the end (chars null, error null) or what went wrong. */
    private record Chunk(char[] chars, int length, Exception error) {
        static final Chunk END = new Chunk(null, 0, null);
    }

    /** The parser's side: hands out the chunks in order. Used by one thread. */
    private static final class ChunkReader extends Reader {
        private final BlockingQueue<Chunk> queue;
        private final BlockingQueue<char[]> free;
        private Chunk current;
        private int position;
        private long given;

        ChunkReader(BlockingQueue<Chunk> queue, BlockingQueue<char[]> free) {
            this.queue = queue;
            this.free = free;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) return 0;
            if (current == null || (current.chars != null && position == current.length)) {
                if (current != null) free.offer(current.chars);
                current = next();
                position = 0;
            }
            if (current.error != null) {
                if (current.error instanceof IOException io) throw io;
                throw (RuntimeException) current.error;
            }
            if (current.chars == null) return -1;
            int n = Math.min(length, current.length - position);
            System.arraycopy(current.chars, position, buffer, offset, n);
            position += n;
            given += n;
            return n;
        }

        private Chunk next() throws InterruptedIOException {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            }
        }

        @Override
        public void close() {
            // The load's ReadAhead stops the thread; the source is the load's to close.
        }
    }
}
