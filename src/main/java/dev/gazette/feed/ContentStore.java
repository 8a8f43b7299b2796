package dev.gazette.feed;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the article bodies of one load in memory compactly (bodies are most of a feed's
 * size, and only the opened one is ever needed): gathered into {@link ContentBlock}s that
 * are encoded to UTF-8 and compressed as they fill. When the machine has a core to spare
 * that work runs on a background thread, with at most a few full blocks waiting so memory
 * stays bounded; with one core, or when the background is behind, it runs on the parser's
 * thread. The first {@link #COMPRESS_AFTER_CHARS} stay uncompressed: a feed of a few
 * thousand items costs more start-up time to compress (on a JVM that is still compiling)
 * than its bodies cost memory.
 */
public final class ContentStore implements AutoCloseable {
    /** Big enough to compress well, small enough to unpack in well under a millisecond. */
    static final int BLOCK_CHARS = 64 * 1024;

    /** Bodies up to this many characters in all are not compressed; the blocks after them are. */
    static final long COMPRESS_AFTER_CHARS = 16L * 1024 * 1024;

    private static final ContentSource NONE = ContentSource.of(ArticleContent.EMPTY);

    private final ExecutorService workers; // null: all on the caller's thread
    private final Semaphore waiting;
    private final LastUnpacked lastUnpacked = new LastUnpacked();
    private final List<Controls> controls = Collections.synchronizedList(new ArrayList<>());
    private ContentBlock current;
    private final long compressAfter;
    private long sealedChars;
    private boolean backgroundUsed;

    /** A store that works on a background thread when there are spare cores. */
    ContentStore() {
        this(Math.min(1, Runtime.getRuntime().availableProcessors() - 1), COMPRESS_AFTER_CHARS);
    }

    /** @param backgroundThreads 0 to do all on the caller's thread */
    ContentStore(int backgroundThreads) {
        this(backgroundThreads, 0);
    }

    /**
     * @param backgroundThreads 0 to do all on the caller's thread
     * @param compressAfter     characters of bodies left uncompressed before blocks start being compressed
     */
    ContentStore(int backgroundThreads, long compressAfter) {
        this.compressAfter = compressAfter;
        current = new ContentBlock(lastUnpacked);
        if (backgroundThreads <= 0) {
            workers = null;
            waiting = null;
        } else {
            workers = Executors.newFixedThreadPool(backgroundThreads, r -> {
                Thread t = new Thread(r, "gazette-bodies");
                t.setDaemon(true); // never keep the JVM alive
                return t;
            });
            waiting = new Semaphore(2 * backgroundThreads + 2);
        }
    }

    /** Stores one body (any part may be null); the source reads it back at any time, from any thread. */
    public ContentSource add(CharSequence html, CharSequence text, CharSequence summary) throws InterruptedIOException {
        return add(html, text, summary, ContentBlock.NOT_CHECKED, ContentBlock.Origins.NONE);
    }

    /**
     * Stores one body and looks for control characters in it on the way; bodies that have
     * some are listed by {@link #finish()} with where they came from.
     *
     * @param item    the body's item, 1 or more
     * @param origins where each part was written in the file (a position may be unknown)
     */
    ContentSource addChecked(CharSequence html, CharSequence text, CharSequence summary, int item,
                             ContentBlock.Origins origins) throws InterruptedIOException {
        if (item < 1) throw new IllegalArgumentException("item " + item);
        return add(html, text, summary, item, origins);
    }

    private ContentSource add(CharSequence html, CharSequence text, CharSequence summary, int item,
                              ContentBlock.Origins origins) throws InterruptedIOException {
        if (html == null && text == null && summary == null) return NONE;
        ContentBlock block = current;
        int index = block.add(html, text, summary, item, origins);
        if (block.pendingChars() >= BLOCK_CHARS) seal();
        return () -> block.read(index);
    }

    /**
     * Encodes and compresses what is left and waits for the background work, so that the
     * bodies are compact when the load returns. The store takes no more bodies after this.
     *
     * @return the checked bodies that had control characters, in item order
     */
    public List<Controls> finish() throws InterruptedIOException {
        if (!current.isEmpty()) {
            if (backgroundUsed) {
                seal();
            } else {
                // A small feed fits in a block or two: doing them here saves starting a thread.
                boolean compress = sealedChars + current.pendingChars() > compressAfter;
                pack(current, compress);
            }
        }
        if (backgroundUsed) {
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
        List<Controls> found;
        synchronized (controls) {
            found = new ArrayList<>(controls);
        }
        found.sort(Comparator.comparingInt(Controls::item));
        return found;
    }

    private void seal() throws InterruptedIOException {
        ContentBlock full = current;
        current = new ContentBlock(lastUnpacked);
        sealedChars += full.pendingChars();
        boolean compress = sealedChars > compressAfter;
        if (workers == null) {
            pack(full, compress);
            return;
        }
        if (Thread.currentThread().isInterrupted()) throw new InterruptedIOException("interrupted");
        if (!waiting.tryAcquire()) {
            // The background is behind (a fast parser, or a busy machine): do this block
            // here rather than wait, so both cores stay busy and memory stays bounded.
            pack(full, compress);
            return;
        }
        backgroundUsed = true;
        workers.execute(() -> {
            try {
                pack(full, compress);
            } finally {
                waiting.release();
            }
        });
    }

    private void pack(ContentBlock block, boolean compress) {
        controls.addAll(block.encode());
        if (compress) block.compress();
        else block.trim();
    }

    /** Stops the background threads (after a failed load; {@link #finish()} already did after a good one). */
    @Override
    public void close() {
        if (workers != null) workers.shutdownNow();
    }

    /**
     * A body given to {@link #addChecked} that had control characters: its item, and for each
     * part that had them, where it was written (null for a part that had none).
     */
    record Controls(int item, JsonPositions.Position html, JsonPositions.Position text,
                    JsonPositions.Position summary) {}
}
