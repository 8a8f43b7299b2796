package dev.gazette.feed;

import java.io.InterruptedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the article bodies of one load in memory compactly (bodies are most of a feed's
 * size, and only the opened one is ever needed): packed into {@link ContentBlock}s that
 * are compressed as they fill. When the machine has a core to spare that runs on background
 * threads, with at most a few full blocks waiting so memory stays bounded; with one core it
 * runs inline. The first {@link #COMPRESS_AFTER_BYTES} stay raw: a feed of a few thousand
 * items costs more start-up time to compress (on a JVM that is still compiling) than its
 * bodies cost memory.
 */
public final class ContentStore implements AutoCloseable {
    /** Big enough to compress well, small enough to unpack in well under a millisecond. */
    static final int BLOCK_BYTES = 64 * 1024;

    /** Bodies up to this many bytes in all are kept raw; only the blocks after them are compressed. */
    static final long COMPRESS_AFTER_BYTES = 16L * 1024 * 1024;

    private static final ContentSource NONE = ContentSource.of(ArticleContent.EMPTY);

    private final ExecutorService workers; // null: compress inline
    private final Semaphore waiting;
    private final LastUnpacked lastUnpacked = new LastUnpacked();
    private ContentBlock current = new ContentBlock(BLOCK_BYTES + 1024, lastUnpacked);
    private final long compressAfter;
    private long sealedBytes;
    private boolean backgroundUsed;

    /** A store that compresses on background threads when there are spare cores. */
    ContentStore() {
        this(Runtime.getRuntime().availableProcessors() - 1, COMPRESS_AFTER_BYTES);
    }

    /** @param backgroundThreads 0 to compress on the caller's thread */
    ContentStore(int backgroundThreads) {
        this(backgroundThreads, 0);
    }

    /**
     * @param backgroundThreads 0 to compress on the caller's thread
     * @param compressAfter     bytes of bodies kept raw before blocks start being compressed
     */
    ContentStore(int backgroundThreads, long compressAfter) {
        this.compressAfter = compressAfter;
        if (backgroundThreads <= 0) {
            workers = null;
            waiting = null;
        } else {
            workers = Executors.newFixedThreadPool(backgroundThreads, r -> {
                Thread t = new Thread(r, "gazette-compress");
                t.setDaemon(true); // never keep the JVM alive
                return t;
            });
            waiting = new Semaphore(2 * backgroundThreads + 2);
        }
    }

    /** Stores one body; the source reads it back at any time, from any thread. */
    public ContentSource add(String html, String text, String summary) throws InterruptedIOException {
        if (html == null && text == null && summary == null) return NONE;
        ContentBlock block = current;
        int offset = block.append(html, text, summary);
        if (block.size() >= BLOCK_BYTES) seal();
        return () -> block.read(offset);
    }

    /**
     * Stores one body given as UTF-8 bytes (any may be null): for a reader that encodes its
     * text as it parses, which saves building each body as a String only to encode it here.
     */
    public ContentSource addUtf8(byte[] html, byte[] text, byte[] summary) throws InterruptedIOException {
        if (html == null && text == null && summary == null) return NONE;
        ContentBlock block = current;
        int offset = block.appendUtf8(html, text, summary);
        if (block.size() >= BLOCK_BYTES) seal();
        return () -> block.read(offset);
    }

    /**
     * Compresses what is left and waits for the background work, so that the bodies are
     * compact when the load returns. The store takes no more bodies after this.
     */
    public void finish() throws InterruptedIOException {
        if (!backgroundUsed) {
            // A small feed fits in one block: compressing it here saves starting a thread.
            if (current.size() > 0 && sealedBytes + current.size() > compressAfter) current.compress();
            return;
        }
        if (current.size() > 0) seal();
        workers.shutdown();
        try {
            while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: every task ends
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    private void seal() throws InterruptedIOException {
        ContentBlock full = current;
        current = new ContentBlock(BLOCK_BYTES + 1024, lastUnpacked);
        sealedBytes += full.size();
        if (sealedBytes <= compressAfter) return;
        if (workers == null) {
            full.compress();
            return;
        }
        backgroundUsed = true;
        if (Thread.currentThread().isInterrupted()) throw new InterruptedIOException("interrupted");
        if (!waiting.tryAcquire()) {
            // The workers are behind (a fast parser, or a busy machine): compress this block
            // here rather than wait, so both cores stay busy and memory stays bounded.
            full.compress();
            return;
        }
        workers.execute(() -> {
            try {
                full.compress();
            } finally {
                waiting.release();
            }
        });
    }

    /** Stops the background threads (after a failed load; {@link #finish()} already did after a good one). */
    @Override
    public void close() {
        if (workers != null) workers.shutdownNow();
    }
}
