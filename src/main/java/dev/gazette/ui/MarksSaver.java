package dev.gazette.ui;

import dev.gazette.marks.ReadMarks;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads and saves one feed's read marks on the marks worker. Saves are batched: a save waits
 * a moment ({@link #BATCH_MS}) so that the marks of several articles opened in a row are
 * written once, newer marks replace older ones meanwhile, and only the newest is written.
 * Only this process's changes since the last read or save are written, so another Gazette's
 * marks in the same file stay.
 */
final class MarksSaver {
    /** How long a save waits for more marks; a quit still writes them ({@link #flush}). */
    static final long BATCH_MS = 1000;

    private final int source;
    private final ReadMarks marks;
    private final Executor worker;
    private final Workers.Delayed later;
    private final AtomicReference<ReadSet> unsaved = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    /** The marks as last read or written by this process (worker thread only). */
    private Set<String> onDisk = Set.of();

    MarksSaver(int source, ReadMarks marks, Executor worker, Workers.Delayed later) {
        this.source = source;
        this.marks = marks;
        this.worker = worker;
        this.later = later;
    }

    void load(Consumer<Event> post) {
        worker.execute(() -> {
            if (marks == null) {
                post.accept(new Event.MarksLoaded(source, ReadSet.EMPTY, null));
                return;
            }
            ReadMarks.Loaded loaded = marks.load();
            onDisk = Set.copyOf(loaded.read());
            post.accept(new Event.MarksLoaded(source, ReadSet.of(loaded.read()), loaded.warning()));
        });
    }

    void save(ReadSet latest, Consumer<Event> post) {
        unsaved.set(latest);
        if (queued.compareAndSet(false, true)) later.run(() -> write(post), BATCH_MS);
    }

    private void write(Consumer<Event> post) {
        queued.set(false);
        ReadSet latest = unsaved.getAndSet(null);
        if (latest == null || marks == null) return;
        Set<String> now = latest.toSet();
        Set<String> added = new HashSet<>(now);
        added.removeAll(onDisk);
        Set<String> removed = new HashSet<>(onDisk);
        removed.removeAll(now);
        if (added.isEmpty() && removed.isEmpty()) return;
        try {
            marks.save(added, removed);
            onDisk = now;
        } catch (IOException | RuntimeException e) {
            // Kept for the next save, or the flush at quit, unless newer marks came meanwhile.
            unsaved.compareAndSet(null, latest);
            post.accept(new Event.Status("Read marks not saved to " + marks.file() + ": " + e.getMessage()));
        }
    }

    /** Writes the marks not yet written (a batch still waiting, or a save that failed) now. */
    void flush(Consumer<Event> post) {
        try {
            worker.execute(() -> write(post));
        } catch (RejectedExecutionException e) {
            // the workers are finished: an earlier flush wrote everything it could
        }
    }
}
